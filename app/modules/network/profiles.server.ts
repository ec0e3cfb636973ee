import { writeTransaction } from '#app/db/client.server.ts'
import { organisationProfiles, type TextsByLanguage } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { countriesServed } from './filters.ts'
import { indexOrganisationProfile } from './search-entries.server.ts'
import { editableOrganisation, type ProfileRow } from './store.server.ts'
import { type AreaOfWork, mayBePublic, type ProfileKind } from './vocabulary.ts'

export type ProfileInput = {
	kind: ProfileKind
	countries: string[]
	regions: string[]
	areas: AreaOfWork[]
	languages: string[]
	descriptions: TextsByLanguage
	website: string | null
	isPublic: boolean
}

export type ProfileRefusal = 'forbidden' | 'not-found' | 'kind-members-only' | 'description-required'

/**
 * Saves an organisation's profile (creating it the first time) and re-indexes it, in one transaction. A
 * law-enforcement or prosecution body cannot be shown to the public, whatever is ticked.
 */
export function saveProfile(
	actor: Actor,
	organisationId: string | null,
	input: ProfileInput,
	now: Date,
): Outcome<ProfileRefusal, { organisationId: string }> {
	if (input.isPublic && !mayBePublic(input.kind)) return refuse('kind-members-only', { field: 'isPublic' })
	if (!Object.values(input.descriptions).some(Boolean))
		return refuse('description-required', { field: 'description.en' })
	return writeTransaction((tx) => {
		const editable = editableOrganisation(actor, organisationId, tx)
		if (!editable.ok) return editable
		const { organisation } = editable
		const values = {
			...input,
			countries: countriesServed(organisation.country, input.countries),
			updatedAt: now,
			updatedBy: actor.id,
		}
		tx.insert(organisationProfiles)
			.values({ organisationId: organisation.id, ...values })
			.onConflictDoUpdate({ target: organisationProfiles.organisationId, set: values })
			.run()
		indexOrganisationProfile(tx, organisation.id)
		recordAudit({ event: 'network-profile-saved', actorUserId: actor.id, organisationId: organisation.id }, tx)
		return done({ organisationId: organisation.id })
	})
}

/** A saved profile as its form shows it; a new one starts from the organisation's own country. */
export function profileFormValues(profile: ProfileRow | undefined, ownCountry: string) {
	const values: Record<string, string | string[]> = profile
		? {
				kind: profile.kind,
				countries: profile.countries,
				regions: profile.regions.join('; '),
				areas: profile.areas,
				languages: profile.languages.join(', '),
				website: profile.website ?? '',
				...(profile.isPublic ? { isPublic: 'on' } : {}),
			}
		: { kind: 'ngo', countries: [ownCountry] }
	for (const [language, text] of Object.entries(profile?.descriptions ?? {})) values[`description.${language}`] = text
	return values
}
