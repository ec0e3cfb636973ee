import { type FocalPointInput, saveFocalPoint } from '#app/modules/network/focal-points.server.ts'
import { type ProfileInput, saveProfile } from '#app/modules/network/profiles.server.ts'
import { findFocalPoint } from '#app/modules/network/store.server.ts'
import { type Actor } from '#app/platform/permissions.ts'

export function profileInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
	return {
		kind: 'ngo',
		countries: [],
		regions: [],
		areas: ['referral'],
		languages: ['en'],
		descriptions: { en: 'A test organisation in the partner network.' },
		website: null,
		isPublic: true,
		...overrides,
	}
}

/** A profile for the admin's own organisation (or `organisationId`, for a platform admin). */
export function createProfile(
	admin: Actor,
	overrides: Partial<ProfileInput> = {},
	organisationId: string | null = null,
) {
	const saved = saveProfile(admin, organisationId, profileInput(overrides), new Date())
	if (!saved.ok) throw new Error(`The profile was refused: ${saved.reason}`)
	return saved.organisationId
}

export function focalPointInput(overrides: Partial<FocalPointInput> = {}): FocalPointInput {
	return {
		titles: { en: 'National referral mechanism contact' },
		countries: [],
		areas: ['referral'],
		languages: ['en', 'fr'],
		channelKind: 'service-email',
		channel: 'referral-desk@organisation.example',
		available24h: false,
		...overrides,
	}
}

export function createFocalPoint(
	admin: Actor,
	overrides: Partial<FocalPointInput> = {},
	now = new Date(),
	organisationId: string | null = null,
) {
	const saved = saveFocalPoint(admin, { organisationId }, focalPointInput(overrides), now)
	if (!saved.ok) throw new Error(`The focal point was refused: ${saved.reason}`)
	return findFocalPoint(saved.id)!
}
