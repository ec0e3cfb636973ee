/**
 * The words of the survivor catalogue, shared by the schema, the rules, the content
 * import and the pages. Free of drizzle and zod so pages can use them as they are.
 */
export const programmeKinds = [
	'vocational_training',
	'education',
	'language_course',
	'job_placement',
	'business_support',
] as const
export type ProgrammeKind = (typeof programmeKinds)[number]

export const sectors = [
	'hospitality',
	'caregiving',
	'tailoring',
	'it',
	'agriculture',
	'language',
	'entrepreneurship',
	'cleaning',
	'retail',
	'beauty',
] as const
export type Sector = (typeof sectors)[number]

export const programmeFormats = ['in_person', 'online', 'hybrid'] as const
export const schedules = ['part_time', 'full_time', 'flexible'] as const
/** The papers a programme asks for; `any` means none are needed. */
export const legalStatuses = ['any', 'work_permit', 'residence_permit'] as const
/** How well a learner must read the language the programme is taught in. */
export const literacyLevels = ['none', 'basic', 'fluent'] as const
export type LiteracyLevel = (typeof literacyLevels)[number]

export const serviceTypes = ['hotline', 'legal_aid', 'medical', 'counselling', 'shelter'] as const
export type ServiceType = (typeof serviceTypes)[number]

/** Languages a programme or service can be offered in (ISO 639-1); names come from Intl.DisplayNames. */
export const offeredLanguages = ['en', 'fr', 'es', 'ar', 'pt', 'ro', 'ti', 'so', 'fa', 'uk', 'ru'] as const
export type OfferedLanguage = (typeof offeredLanguages)[number]

export const currencies = ['EUR', 'GBP', 'USD', 'CAD', 'MAD'] as const

/** Listings not re-verified within this many months leave the public catalogue. */
export const verificationValidityMonths = 12
/** Providers are reminded this many days before a listing's verification runs out. */
export const verificationReminderDays = 30

/** Interest requests are deleted this many days after the provider closes them... */
export const closedRequestRetentionDays = 30
/** ...and this many days after they arrive, whatever their state. */
export const requestRetentionDays = 90

/** How many programmes fit side by side in the comparison table. */
export const maxCompared = 3

/** How a survivor asks a provider to reach them; the page lists these, the form accepts only these. */
export const contactMethods = ['phone', 'text_message', 'email', 'other'] as const
export type ContactMethod = (typeof contactMethods)[number]
