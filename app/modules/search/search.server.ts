import { gte, lt, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { searchMisses } from '#app/db/schema/index.ts'
import { readableTiers } from '#app/modules/library/access.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type SearchEngine, type SearchFilters, type SearchHit, type SearchRequest } from './contract.ts'
import { ftsEngine } from './fts.server.ts'
import { snippet, highlight } from './highlight.ts'
import { meiliClient, meiliEngine } from './meilisearch.server.ts'
import { pendingSearchUpdates } from './outbox.server.ts'
import { searchTerms } from './query.ts'
import { type SearchSort, searchPageSize } from './vocabulary.ts'

let meili: { url: string; engine: SearchEngine } | undefined

/**
 * Meilisearch when MEILISEARCH_URL is set, else the built-in FTS5 engine. While index
 * changes still wait in the outbox, FTS5 answers: Meilisearch may still hold a document
 * at the tier it had before, and FTS5 never disagrees with the content.
 */
export function configuredEngine(): SearchEngine {
	const client = meiliClient()
	if (!client || pendingSearchUpdates() > 0) return ftsEngine
	const url = client.config.host
	if (meili?.url !== url) meili = { url, engine: meiliEngine(client) }
	return meili.engine
}

/** Which engine answered last: Meilisearch, or FTS5 (built in, or standing in while Meilisearch does not answer). */
let lastAnswered: SearchEngine['name'] | undefined
export function engineInUse(): SearchEngine['name'] {
	return lastAnswered ?? configuredEngine().name
}

/** Runs the request on the configured engine; when Meilisearch does not answer, FTS5 does. */
export async function runSearch(request: SearchRequest, engine = configuredEngine()) {
	try {
		const results = await engine.search(request)
		lastAnswered = engine.name
		return { ...results, engine: engine.name }
	} catch (error) {
		if (engine === ftsEngine) throw error
		console.warn(`Search: ${engine.name} did not answer (${(error as Error).message}); FTS5 answers instead`)
		lastAnswered = 'sqlite'
		return { ...(await ftsEngine.search(request)), engine: 'sqlite' as const }
	}
}

function present(hit: SearchHit, terms: string[]) {
	const { body, ...rest } = hit
	const summaryMatches = highlight(hit.summary, terms).some((segment) => segment.match)
	return {
		...rest,
		titleSegments: highlight(hit.title, terms),
		snippet: snippet(summaryMatches || !terms.length ? hit.summary : body, terms),
	}
}

export type SearchInput = { query: string; filters: SearchFilters; sort: SearchSort; page: number }

/**
 * Atlas's one search: the reader's tiers go into the engine's query, results come with
 * marked titles and snippets, and a query that finds nothing is counted (no user kept).
 */
export async function searchAtlas(actor: Actor | null, language: Language, input: SearchInput) {
	const terms = searchTerms(input.query)
	const results = await runSearch({ terms, language, tiers: readableTiers(actor), filters: input.filters, sort: input.sort, page: input.page, pageSize: searchPageSize })
	// Gaps are counted for members' plain searches only: a filter explains an empty page, and visitors could flood the table.
	const plain = Object.values(input.filters).every((value) => value === undefined)
	if (actor && plain && terms.length && results.total === 0 && input.page === 1) countMiss(terms.join(' '), language)
	return { terms, total: results.total, facets: results.facets, engine: results.engine, hits: results.hits.map((hit) => present(hit, terms)) }
}

export type PresentedHit = ReturnType<typeof present>

/** A gap not searched for again within this time is forgotten. */
const missMemoryMs = 90 * 24 * 60 * 60 * 1000

function countMiss(query: string, language: Language, now = new Date()) {
	writeTransaction((tx) => {
		tx.delete(searchMisses).where(lt(searchMisses.lastSeenAt, new Date(now.getTime() - missMemoryMs))).run()
		tx.insert(searchMisses)
			.values({ query: query.slice(0, 100), language, count: 1, lastSeenAt: now })
			.onConflictDoUpdate({ target: [searchMisses.query, searchMisses.language], set: { count: sql`${searchMisses.count} + 1`, lastSeenAt: now } })
			.run()
	})
}

/**
 * The most frequent searches that found nothing: where the library has gaps. Only what
 * several searches asked for is shown, so one person's query (a name, an operation) is not.
 */
export function contentGaps(limit = 20, db: Db = getDb()) {
	return db
		.select()
		.from(searchMisses)
		.where(gte(searchMisses.count, 2))
		.orderBy(sql`${searchMisses.count} desc`, sql`${searchMisses.lastSeenAt} desc`)
		.limit(limit)
		.all()
		.map((row) => ({ query: row.query, language: row.language, count: row.count, lastSeenAt: row.lastSeenAt.toISOString() }))
}
