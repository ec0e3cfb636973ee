import { type Db, getDb } from '#app/db/client.server.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { type Language } from '#app/platform/i18n.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import {
	directoryChoices,
	focalPointsFor,
	focalPointsOfOrganisation,
	listFocalPoints,
	listProfiles,
	profilesFor,
} from './directory.server.ts'
import { type DirectoryFilter } from './filters.ts'
import { isStale } from './focal-point.ts'
import { approvedOrganisation, findProfile, profilesOpenTo, shownToPublic } from './store.server.ts'
import { areasOfWork, countryPageLimit, profileKinds } from './vocabulary.ts'

type ProfileListRow = ReturnType<typeof listProfiles>['rows'][number]
type FocalPointListRow = ReturnType<typeof focalPointsFor>[number]

/** A short text in the reader's language, or in another with `fallback` set so the page says so. */
function inReaderLanguage(texts: Partial<Record<string, string>>, language: Language) {
	const picked = pickText(texts, language, 'en')
	return { text: picked?.text ?? '', textLanguage: picked?.language ?? language, fallback: picked?.fallback ?? false }
}

/** What a directory row shows of an organisation. */
export function profileSummary(row: ProfileListRow, language: Language) {
	const description = inReaderLanguage(row.descriptions, language)
	return {
		organisationId: row.organisationId,
		name: row.name,
		country: row.country,
		kind: row.kind,
		countries: row.countries,
		areas: row.areas,
		languages: row.languages,
		description: description.text,
		descriptionLanguage: description.textLanguage,
		fallback: description.fallback,
		isSample: row.isSample,
	}
}

/**
 * What a member sees of focal points: each one's function in their language, the channel, whether it may be out of
 * date, and whether its organisation has a profile to link to (it may have none yet).
 */
export function focalPointSummaries(
	actor: Actor | null,
	rows: FocalPointListRow[],
	language: Language,
	now: Date,
	db: Db = getDb(),
) {
	const openable = profilesOpenTo(
		actor,
		rows.map((row) => row.organisationId),
		db,
	)
	return rows.map((row) => focalPointSummary(row, openable.has(row.organisationId), language, now))
}

function focalPointSummary(row: FocalPointListRow, hasProfile: boolean, language: Language, now: Date) {
	const title = inReaderLanguage(row.titles, language)
	return {
		id: row.id,
		organisationId: row.organisationId,
		organisationName: row.organisationName,
		organisationIsSample: row.organisationIsSample,
		hasProfile,
		title: title.text,
		titleLanguage: title.textLanguage,
		fallback: title.fallback,
		countries: row.countries,
		areas: row.areas,
		languages: row.languages,
		channelKind: row.channelKind,
		channel: row.channel,
		available24h: row.available24h,
		stale: isStale(row.confirmedAt, now),
		confirmedAt: row.confirmedAt.toISOString(),
	}
}

export type ProfileSummary = ReturnType<typeof profileSummary>
export type FocalPointSummary = ReturnType<typeof focalPointSummary>

/** Whether a page shows anything of a sample organisation, so it says the data is fictional. */
function showsSample(profiles: ProfileSummary[], focalPoints: FocalPointSummary[]) {
	return profiles.some((profile) => profile.isSample) || focalPoints.some((point) => point.organisationIsSample)
}

/** The directory: focal points first (members only), then organisations, one page of each. */
export function directoryPage(
	actor: Actor | null,
	filter: DirectoryFilter,
	page: number,
	language: Language,
	now: Date,
	db: Db = getDb(),
) {
	const profiles = listProfiles(actor, filter, page, db)
	const focal = listFocalPoints(actor, filter, page, db)
	const profileSummaries = profiles.rows.map((row) => profileSummary(row, language))
	const focalPoints = focalPointSummaries(actor, focal.rows, language, now, db)
	return {
		profiles: profileSummaries,
		profileTotal: profiles.total,
		focalPoints,
		focalPointTotal: focal.total,
		sample: showsSample(profileSummaries, focalPoints),
		choices: directoryChoices(actor, db),
	}
}

/**
 * A country's page: its organisations (based there or serving it) by kind and, for members, its focal points by
 * area of work. Null for a code that is no country.
 */
export function countryPage(actor: Actor | null, code: string, language: Language, now: Date, db: Db = getDb()) {
	if (!(countryCodes as readonly string[]).includes(code)) return null
	const profiles = profilesFor(actor, { country: code }, countryPageLimit, db).map((row) =>
		profileSummary(row, language),
	)
	const focal = focalPointSummaries(
		actor,
		focalPointsFor(actor, { country: code }, countryPageLimit, db),
		language,
		now,
		db,
	)
	return {
		code,
		byKind: profileKinds
			.map((kind) => ({ kind, profiles: profiles.filter((profile) => profile.kind === kind) }))
			.filter((group) => group.profiles.length),
		byArea: areasOfWork
			.map((area) => ({ area, focalPoints: focal.filter((point) => point.areas.includes(area)) }))
			.filter((group) => group.focalPoints.length),
		// Focal points naming no area still belong on their country's page.
		otherFocalPoints: focal.filter((point) => !point.areas.length),
		sample: showsSample(profiles, focal),
	}
}

/**
 * An organisation's profile page. Null (a 404) when it has no profile, is not approved, or is for members and the
 * reader is signed out: a members-only profile's existence is not revealed.
 */
export function organisationPage(
	actor: Actor | null,
	organisationId: string,
	language: Language,
	now: Date,
	db: Db = getDb(),
) {
	// The same rule as every link to a profile, so no page links to a 404.
	if (!profilesOpenTo(actor, [organisationId], db).has(organisationId)) return null
	const organisation = approvedOrganisation(organisationId, db)
	const profile = findProfile(organisationId, db)
	if (!organisation || !profile) return null
	const description = inReaderLanguage(profile.descriptions, language)
	return {
		organisationId: organisation.id,
		name: organisation.name,
		country: organisation.country,
		isSample: organisation.isSample,
		kind: profile.kind,
		countries: profile.countries,
		regions: profile.regions,
		areas: profile.areas,
		languages: profile.languages,
		description: description.text,
		descriptionLanguage: description.textLanguage,
		fallback: description.fallback,
		website: profile.website,
		shownToPublic: shownToPublic(profile),
		focalPoints: focalPointSummaries(actor, focalPointsOfOrganisation(actor, organisation.id, db), language, now, db),
		mayEdit: can(actor, 'network:edit', { organisationId: organisation.id }),
	}
}
