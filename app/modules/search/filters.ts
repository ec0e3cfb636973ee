import { countryCodes } from '#app/platform/countries.ts'
import { accessTiers, documentTypes, topics } from '#app/modules/library/vocabulary.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { languages } from '#app/platform/i18n.ts'
import { type SearchFilters } from './contract.ts'
import { type FacetName, maxQueryLength, searchKinds, searchSorts, type SearchSort } from './vocabulary.ts'

/** Everything the type facet can hold: library document types and the other kinds of item. */
export const searchTypes = [...documentTypes, ...searchKinds.filter((kind) => kind !== 'document')] as const

/** The query-string name of each facet. */
export const facetParameters: Record<FacetName, keyof SearchFilters> = {
	type: 'type',
	topic: 'topic',
	country: 'country',
	language: 'language',
	tier: 'tier',
}

/**
 * Reads the search page's GET parameters. Unknown filter values are dropped (never
 * echoed into a query); with no words, the newest come first.
 */
export function parseSearchParams(params: URLSearchParams) {
	const query = (params.get('q') ?? '').slice(0, maxQueryLength)
	const filters: SearchFilters = {
		kind: oneOf(searchKinds, params.get('kind')),
		type: oneOf(searchTypes, params.get('type')),
		topic: oneOf(topics, params.get('topic')),
		country: oneOf(countryCodes, params.get('country')),
		language: oneOf(languages, params.get('language')),
		tier: oneOf(accessTiers, params.get('tier')),
	}
	const sort: SearchSort = oneOf(searchSorts, params.get('sort')) ?? (query.trim() ? 'relevance' : 'date')
	return { query, filters, sort, page: pageNumber(params.get('page')) }
}
