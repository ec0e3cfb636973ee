/**
 * The words of the library area, shared by the schema, the rules, the content import
 * and the pages. Free of drizzle and zod so pages can use them as they are.
 */
export { topics, type Topic } from '#app/modules/courses/vocabulary.ts'

export const documentTypes = [
	'best-practice',
	'protocol',
	'guideline',
	'case-study',
	'toolkit',
	'training-material',
	'awareness-material',
	'research',
] as const
export type DocumentType = (typeof documentTypes)[number]

/** Who may read a document: anyone, any vetted member, or law enforcement only. */
export const accessTiers = ['public', 'members', 'law-enforcement'] as const
export type AccessTier = (typeof accessTiers)[number]

export const regions = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east', 'global'] as const
export type Region = (typeof regions)[number]

export const audiences = [
	'law-enforcement',
	'border-guards',
	'prosecutors',
	'judges',
	'labour-inspectors',
	'social-workers',
	'ngo-staff',
	'health-workers',
	'policy-makers',
	'trainers',
	'general-public',
] as const
export type Audience = (typeof audiences)[number]

/** Where a standard operating protocol's version stands among the agencies that use it. */
export const protocolStatuses = ['draft', 'under-review', 'adopted'] as const
export type ProtocolStatus = (typeof protocolStatuses)[number]

/** Where a document's working draft stands in review. */
export const reviewStates = ['draft', 'submitted', 'returned', 'published'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewActions = ['submitted', 'returned', 'published'] as const
export type ReviewAction = (typeof reviewActions)[number]

export const libraryPageSize = 10
