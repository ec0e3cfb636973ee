import { type PartnershipInput } from '#app/modules/network/partnership.ts'
import { savePartnership } from '#app/modules/network/partnership-editing.server.ts'
import { findPartnership } from '#app/modules/network/partnerships.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { createActor, createOrganisation } from '#test/factories.ts'

/** A partnership in English between the creator's organisation and `partnerIds`, active since 2025, unless told otherwise. */
export function partnershipInput(overrides: Partial<PartnershipInput> = {}): PartnershipInput {
	return {
		texts: {
			en: { title: 'Fair recruitment across the Strait', goal: 'No seasonal worker pays a recruitment fee.' },
		},
		sourceLanguage: 'en',
		countries: ['ES', 'MA'],
		startsOn: '2025-03-01',
		endsOn: null,
		status: 'active',
		partnerIds: [],
		confirmRemoval: false,
		...overrides,
	}
}

export function createPartnership(creator: Actor, overrides: Partial<PartnershipInput> = {}, now = new Date()) {
	const saved = savePartnership(creator, partnershipInput(overrides), null, now)
	if (!saved.ok) throw new Error(`The partnership was refused: ${saved.reason}`)
	return findPartnership(saved.slug)!
}

/** An organisation with its own admin, the person who speaks for it in a partnership. */
export async function createPartnerAdmin(country = 'ES') {
	const organisation = createOrganisation({ country })
	const admin = await createActor({ roles: ['org_admin'], organisationId: organisation.id })
	return { organisation, admin }
}
