import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type FacetName, type SearchKind, type SearchSort } from './vocabulary.ts'

/**
 * The one interface both engines answer. Access tiers are part of the request, and an
 * engine applies them inside its query, before counting, faceting and paging.
 */
export type SearchRequest = {
	/** Normalised terms from `searchTerms`; none means "browse". */
	terms: string[]
	/** The reader's language: items with text in it come first. */
	language: Language
	tiers: readonly AccessTier[]
	filters: SearchFilters
	sort: SearchSort
	page: number
	pageSize: number
}

export type SearchFilters = {
	kind?: SearchKind
	type?: string
	topic?: string
	country?: string
	language?: Language
	tier?: AccessTier
}

/** One item, in the language of its best entry. */
export type SearchHit = {
	itemKey: string
	kind: SearchKind
	path: string
	language: Language
	title: string
	summary: string
	body: string
	type: string
	topics: string[]
	countries: string[]
	tier: AccessTier
	publishedOn: string
}

export type FacetCount = { value: string; count: number }

export type SearchResults = {
	hits: SearchHit[]
	/** Items, not entries: a document in three languages counts once. */
	total: number
	facets: Record<FacetName, FacetCount[]>
	/** Words the engine matched as well, forgiving typos in the reader's (marked in hits like the reader's own). */
	corrections?: string[]
}

export type SearchEngine = {
	name: 'sqlite' | 'meilisearch'
	search(request: SearchRequest): Promise<SearchResults>
}
