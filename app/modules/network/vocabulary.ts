/** The words of the partner network. Free of drizzle and zod so schema files and pages can share them. */

/** What an organisation is, as its profile says; richer than the account's type, which only vetting uses. */
export const profileKinds = [
	'police',
	'border-guard',
	'prosecution',
	'labour-inspection',
	'ministry',
	'national-rapporteur',
	'ngo',
	'international-organisation',
	'private-company',
	'trade-union',
	'media',
] as const
export type ProfileKind = (typeof profileKinds)[number]

/**
 * Law-enforcement and prosecution bodies: their profiles are for members only, whatever their admins tick.
 * Naming who investigates where is operational information a trafficker could use.
 */
export const membersOnlyKinds = [
	'police',
	'border-guard',
	'prosecution',
	'labour-inspection',
] as const satisfies readonly ProfileKind[]

export function mayBePublic(kind: ProfileKind) {
	return !(membersOnlyKinds as readonly string[]).includes(kind)
}

export const areasOfWork = [
	'investigation',
	'prosecution',
	'victim-identification',
	'referral',
	'shelter',
	'reintegration',
	'prevention',
	'supply-chains',
] as const
export type AreaOfWork = (typeof areasOfWork)[number]

/** How to reach a focal point: always an organisation's channel, never a person's own. */
export const channelKinds = ['service-email', 'switchboard', 'secure-channel'] as const
export type ChannelKind = (typeof channelKinds)[number]

/** A focal point not confirmed for this long is shown as possibly out of date and its admins are reminded. */
export const focalPointStaleDays = 365
/** Admins are reminded again about the same stale focal point after this long. */
export const focalPointReminderDays = 30

export const partnershipStatuses = ['planned', 'active', 'completed', 'ended'] as const
export type PartnershipStatus = (typeof partnershipStatuses)[number]

export const networkPageSize = 20
export const maxPartners = 20
export const maxFocalPointsPerOrganisation = 30

/** Lengths the forms accept: a focal point's title is a function's name, its channel one address or number. */
export const maxTitleLength = 160
export const maxChannelLength = 120
export const maxDescriptionLength = 1200
export const maxRegions = 20
/** A country page lists this many organisations and focal points at most; the directory pages the rest. */
export const countryPageLimit = 200
