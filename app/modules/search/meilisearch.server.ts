import { eq } from 'drizzle-orm'
import { Meilisearch } from 'meilisearch'
import { type Db, getDb } from '#app/db/client.server.ts'
import { searchEntries } from '#app/db/schema/index.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { type FacetCount, type SearchEngine, type SearchRequest, type SearchResults } from './contract.ts'
import { searchText } from './normalise.ts'
import { type FacetName } from './vocabulary.ts'

/**
 * The Meilisearch engine, kept thin: the same entries as FTS5, the same normalised text
 * to search on, tiers and filters in the engine's own filter expression. Written from the
 * client's documentation; the contract suite runs against it when MEILISEARCH_URL is set.
 */
export const meiliIndexName = 'atlas'
/** A query that takes longer than this falls back to FTS5. */
const queryTimeoutMs = 1500

/** Pushing a batch of long documents takes longer than a query may. */
const writeTimeoutMs = 60_000

const clients = new Map<string, Meilisearch>()

/**
 * The client for queries (short timeout, so FTS5 can answer instead) or for index writes;
 * one of each per address and key, kept for the life of the process. Null without MEILISEARCH_URL.
 */
export function meiliClient(purpose: 'query' | 'write' = 'query') {
	const { MEILISEARCH_URL, MEILISEARCH_API_KEY } = getEnv()
	if (!MEILISEARCH_URL) return null
	const key = JSON.stringify([purpose, MEILISEARCH_URL, MEILISEARCH_API_KEY])
	let client = clients.get(key)
	if (!client) {
		client = new Meilisearch({
			host: MEILISEARCH_URL,
			apiKey: MEILISEARCH_API_KEY,
			timeout: purpose === 'query' ? queryTimeoutMs : writeTimeoutMs,
		})
		clients.set(key, client)
	}
	return client
}

export const meiliSettings = {
	searchableAttributes: ['searchTitle', 'searchSummary', 'searchBody'],
	filterableAttributes: ['itemKey', 'kind', 'type', 'topics', 'countries', 'language', 'tier'],
	sortableAttributes: ['publishedOn'],
	displayedAttributes: ['*'],
	distinctAttribute: 'itemKey',
	typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
	// Totals and paging past the default 1000 hits, and every country in the facet.
	pagination: { maxTotalHits: 100_000 },
	faceting: { maxValuesPerFacet: 300 },
}

type EntryRow = typeof searchEntries.$inferSelect

/** One entry as a Meilisearch document: ids may only hold letters, digits, - and _. */
export function meiliDocument(entry: EntryRow) {
	const { id: _rowid, ...fields } = entry
	return {
		...fields,
		id: entry.key.replace(/[^a-zA-Z0-9_-]/g, '_'),
		searchTitle: searchText(entry.title),
		searchSummary: searchText(entry.summary),
		searchBody: searchText(entry.body),
	}
}

export function entriesOfItem(itemKey: string, db: Db = getDb()) {
	return db.select().from(searchEntries).where(eq(searchEntries.itemKey, itemKey)).all()
}

const quoted = (value: string) => JSON.stringify(value)

function meiliFilter(request: SearchRequest) {
	const { kind, type, topic, country, language, tier } = request.filters
	return [
		`tier IN [${request.tiers.map(quoted).join(', ')}]`,
		kind && `kind = ${quoted(kind)}`,
		type && `type = ${quoted(type)}`,
		topic && `topics = ${quoted(topic)}`,
		country && `countries = ${quoted(country)}`,
		language && `language = ${quoted(language)}`,
		tier && `tier = ${quoted(tier)}`,
	].filter((condition): condition is string => Boolean(condition))
}

const facetAttributes: Record<FacetName, string> = {
	type: 'type',
	topic: 'topics',
	country: 'countries',
	language: 'language',
	tier: 'tier',
}

function facetCounts(
	distribution: Record<string, Record<string, number>> | undefined,
	attribute: string,
): FacetCount[] {
	return Object.entries(distribution?.[attribute] ?? {})
		.map(([value, count]) => ({ value, count }))
		.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

export function meiliEngine(client: Meilisearch): SearchEngine {
	return {
		name: 'meilisearch',
		async search(request): Promise<SearchResults> {
			const response = await client.index<EntryRow>(meiliIndexName).search(request.terms.join(' '), {
				filter: meiliFilter(request),
				facets: Object.values(facetAttributes),
				sort: request.sort === 'date' ? ['publishedOn:desc'] : undefined,
				matchingStrategy: 'all',
				hitsPerPage: request.pageSize,
				page: request.page,
			})
			return {
				hits: response.hits.map((hit) => ({
					itemKey: hit.itemKey,
					kind: hit.kind,
					path: hit.path,
					language: hit.language,
					title: hit.title,
					summary: hit.summary,
					body: hit.body,
					type: hit.type,
					topics: hit.topics,
					countries: hit.countries,
					tier: hit.tier,
					publishedOn: hit.publishedOn,
				})),
				total: response.totalHits,
				facets: Object.fromEntries(
					Object.entries(facetAttributes).map(([name, attribute]) => [
						name,
						facetCounts(response.facetDistribution, attribute),
					]),
				) as Record<FacetName, FacetCount[]>,
			}
		},
	}
}
