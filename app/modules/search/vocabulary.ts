/** What the search covers; areas join as they land. Free of drizzle and zod for pages. */
export const searchKinds = [
	'document',
	'course',
	'programme',
	'law',
	'agreement',
	'event',
	'thread',
	'organisation',
	'focal-point',
	'partnership',
	'campaign',
	'story',
	'indicator',
] as const
export type SearchKind = (typeof searchKinds)[number]

export const searchSorts = ['relevance', 'date'] as const
export type SearchSort = (typeof searchSorts)[number]

export const facetNames = ['type', 'topic', 'country', 'language', 'tier'] as const
export type FacetName = (typeof facetNames)[number]

export const searchPageSize = 10
/** Longer queries are cut: nobody types more, and every term costs the engine. */
export const maxQueryLength = 200
export const maxQueryTerms = 12
