import { type Db } from '#app/db/client.server.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { countryName, languageName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { topicsOfAreas } from './filters.ts'
import { approvedOrganisation, findFocalPoint, findProfile, shownToPublic } from './store.server.ts'

const day = (date: Date) => date.toISOString().slice(0, 10)

function wordsIn(language: Language) {
	const t = serverI18n(language).getFixedT(language, 'network')
	return {
		t,
		countries: (codes: readonly string[]) => codes.map((code) => countryName(code, language)),
		areas: (areas: readonly string[]) => areas.map((area) => t(`areas.${area}`)),
		languages: (codes: readonly string[]) => codes.map((code) => languageName(code, language)),
	}
}

/**
 * Puts an organisation's profile in the one search, once per language its description is written in. Public only
 * when the profile is shown to the public: a law-enforcement body's never is, so never in the site map either.
 */
export function indexOrganisationProfile(tx: Db, organisationId: string) {
	const organisation = approvedOrganisation(organisationId, tx)
	const profile = organisation ? findProfile(organisationId, tx) : undefined
	const entries: EntryInput[] =
		organisation && profile
			? (Object.entries(profile.descriptions) as [Language, string][]).map(([language, description]) => {
					const words = wordsIn(language)
					return {
						kind: 'organisation' as const,
						path: `/network/organisations/${organisation.id}`,
						language,
						title: organisation.name,
						summary: [words.t(`kinds.${profile.kind}`), ...words.countries(profile.countries)].join(' · '),
						body: [description, ...words.areas(profile.areas), ...profile.regions].join(' '),
						type: 'organisation',
						topics: topicsOfAreas(profile.areas),
						countries: profile.countries,
						tier: shownToPublic(profile) ? ('public' as const) : ('members' as const),
						publishedOn: day(profile.updatedAt),
					}
				})
			: []
	replaceItemEntries(tx, `organisation:${organisationId}`, entries)
}

/**
 * Puts a focal point in the one search for members only, whatever its organisation's profile says: whom to call
 * across a border is never for a signed-out search, the site map or an export.
 */
export function indexFocalPoint(tx: Db, focalPointId: string) {
	const focalPoint = findFocalPoint(focalPointId, tx)
	const organisation = focalPoint ? approvedOrganisation(focalPoint.organisationId, tx) : undefined
	const entries: EntryInput[] =
		focalPoint && organisation
			? (Object.entries(focalPoint.titles) as [Language, string][]).map(([language, title]) => {
					const words = wordsIn(language)
					const countries = words.countries(focalPoint.countries)
					return {
						kind: 'focal-point' as const,
						path: `/network/organisations/${organisation.id}`,
						language,
						title,
						summary: [organisation.name, ...countries].join(' · '),
						body: [
							organisation.name,
							...countries,
							...words.areas(focalPoint.areas),
							...words.languages(focalPoint.languages),
						].join(' '),
						type: 'focal-point',
						topics: topicsOfAreas(focalPoint.areas),
						countries: focalPoint.countries,
						tier: 'members' as const,
						publishedOn: day(focalPoint.confirmedAt),
					}
				})
			: []
	replaceItemEntries(tx, `focal-point:${focalPointId}`, entries)
}
