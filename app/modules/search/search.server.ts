import { and, eq, gte, lt, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { searchMisses, searchMissMonths } from '#app/db/schema/index.ts'
import { readableTiers } from '#app/modules/library/access.ts'
import { type Language } from '#app/platform/i18n.ts'
import { monthOf } from '#app/platform/months.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type SearchEngine, type SearchFilters, type SearchRequest } from './contract.ts'
import { suggestedTerms } from './typos.server.ts'
import { ftsEngine } from './fts.server.ts'
import { searcherHash } from './searcher-salt.server.ts'
import { presentHit } from './highlight.ts'
import { meiliClient, meiliEngine } from './meilisearch.server.ts'
import { pendingSearchUpdates } from './outbox.server.ts'
import { searchTerms } from './query.ts'
import { type SearchSort, searchPageSize } from './vocabulary.ts'

/**
 * Meilisearch when MEILISEARCH_URL is set, else the built-in FTS5 engine. While index
 * changes still wait in the outbox, FTS5 answers: Meilisearch may still hold a document
 * at the tier it had before, and FTS5 never disagrees with the content.
 */
export function configuredEngine(): SearchEngine {
	const client = meiliClient()
	if (!client || pendingSearchUpdates() > 0) return ftsEngine
	return meiliEngine(client)
}

/** Runs the request on the configured engine; when Meilisearch does not answer, FTS5 does. */
export async function runSearch(request: SearchRequest, engine = configuredEngine()) {
	try {
		const results = await engine.search(request)
		// A change committed while Meilisearch answered may not be in its answer yet: FTS5 answers instead.
		if (engine !== ftsEngine && pendingSearchUpdates() > 0)
			return { ...(await ftsEngine.search(request)), engine: 'sqlite' as const }
		return { ...results, engine: engine.name }
	} catch (error) {
		if (engine === ftsEngine) throw error
		console.warn(`Search: ${engine.name} did not answer (${(error as Error).message}); FTS5 answers instead`)
		return { ...(await ftsEngine.search(request)), engine: 'sqlite' as const }
	}
}

export type SearchInput = { query: string; filters: SearchFilters; sort: SearchSort; page: number }

/**
 * Atlas's one search: the reader's tiers go into the engine's query, results come with
 * marked titles and snippets, and a query that finds nothing is counted (no user kept).
 */
export async function searchAtlas(actor: Actor | null, language: Language, input: SearchInput, now = new Date()) {
	const terms = searchTerms(input.query)
	const request: SearchRequest = {
		terms,
		language,
		tiers: readableTiers(actor),
		filters: input.filters,
		sort: input.sort,
		page: input.page,
		pageSize: searchPageSize,
	}
	const results = await runSearch(request)
	// Gaps are counted for members' plain searches only: a filter explains an empty page, visitors could flood the
	// table, and what officers look for (names, operations) is not for other people's screens.
	const plain = Object.values(input.filters).every((value) => value === undefined)
	const counted = actor && !readableTiers(actor).includes('law-enforcement')
	if (counted && plain && terms.length && results.total === 0 && input.page === 1)
		countMiss(terms.join(' '), language, actor.id, now)
	const marked = [...terms, ...(results.corrections ?? [])]
	return {
		terms,
		total: results.total,
		facets: results.facets,
		engine: results.engine,
		hits: results.hits.map((hit) => presentHit(hit, marked)),
		suggestion: results.total === 0 && terms.length ? await suggestion(request) : null,
	}
}

/**
 * The closest query that finds something the reader may see, for a query that found nothing; null when there is
 * none. Suggested words come from the tiers the reader may read, and the suggestion is searched as they would.
 */
async function suggestion(request: SearchRequest, db: Db = getDb()) {
	const terms = suggestedTerms(db.$client, request.terms, request.tiers)
	if (!terms) return null
	const found = await runSearch({ ...request, terms, page: 1 })
	return found.total > 0 ? terms.join(' ') : null
}

/** A gap not searched for again within this time is forgotten. */
const missMemoryMs = 90 * 24 * 60 * 60 * 1000

/**
 * Counts a search that found nothing. Until a second member asks the same within the month, the row keeps one hash
 * of the first, made with the month's salt (`searcher-salt.server.ts`); once two have asked, it keeps none.
 */
function countMiss(query: string, language: Language, userId: string, now: Date) {
	writeTransaction((tx) => {
		tx.delete(searchMisses)
			.where(lt(searchMisses.lastSeenAt, new Date(now.getTime() - missMemoryMs)))
			.run()
		const searcher = searcherHash(userId, now, tx)
		const key = { query: query.slice(0, 100), language }
		const known = tx
			.select()
			.from(searchMisses)
			.where(and(eq(searchMisses.query, key.query), eq(searchMisses.language, language)))
			.get()
		const earlier = known?.searchers ?? []
		const askedBySeveral = Boolean(known?.askedBySeveral) || earlier.some((hash) => hash !== searcher)
		const searchers = askedBySeveral ? [] : [searcher]
		tx.insert(searchMisses)
			.values({ ...key, count: 1, searchers, askedBySeveral, lastSeenAt: now })
			.onConflictDoUpdate({
				target: [searchMisses.query, searchMisses.language],
				set: { count: sql`${searchMisses.count} + 1`, searchers, askedBySeveral, lastSeenAt: now },
			})
			.run()
		tx.insert(searchMissMonths)
			.values({ language, month: monthOf(now), count: 1 })
			.onConflictDoUpdate({
				target: [searchMissMonths.month, searchMissMonths.language],
				set: { count: sql`${searchMissMonths.count} + 1` },
			})
			.run()
	})
}

/**
 * The most frequent searches that found nothing: where the library has gaps. Only what two different members asked
 * for within one month, and was asked in the last 90 days, is shown, so one person's query is not.
 */
export function contentGaps(limit = 20, now = new Date(), db: Db = getDb()) {
	return db
		.select()
		.from(searchMisses)
		.where(
			and(eq(searchMisses.askedBySeveral, true), gte(searchMisses.lastSeenAt, new Date(now.getTime() - missMemoryMs))),
		)
		.orderBy(sql`${searchMisses.count} desc`, sql`${searchMisses.lastSeenAt} desc`)
		.limit(limit)
		.all()
		.map((row) => ({
			query: row.query,
			language: row.language,
			count: row.count,
			lastSeenAt: row.lastSeenAt.toISOString(),
		}))
}
