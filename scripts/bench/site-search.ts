/**
 * Search straight through the search module, as the pages call it, on the scale dataset: the search benchmark's
 * cases (scripts/bench/search-cases.ts: browsing with facets, selective and broad queries, prefixes, Arabic with
 * diacritics, other languages, deep pages, typos) in all four languages, for a visitor, a member and an officer.
 * Which words are broad or selective is read from the index's own word counts. Runs in this process: the caller
 * has pointed DATA_DIR at the dataset before importing anything of Atlas.
 */
import { getDb } from '#app/db/client.server.ts'
import { QueryWords } from './query-words.ts'
import { searchCases } from './search-cases.ts'
import { type CaseResult, measureCases, timings, type Timings } from './search-measure.ts'
import { WordCensus } from './word-census.ts'

export type SearchFigures = Timings & { queries: number; censusSeconds: number; cases: CaseResult[] }

function censusOfIndex() {
	const client = getDb().$client
	client.exec('create virtual table if not exists temp.search_words_counted using fts5vocab(main, search_fts, row)')
	const entries = client.prepare('select count(*) from search_entries').pluck().get() as number
	const counts = client.prepare('select term, doc from temp.search_words_counted').raw().all() as [string, number][]
	return WordCensus.fromCounts(entries, counts)
}

export async function measureSearchModule(queries: number, seed: number): Promise<SearchFigures> {
	const started = performance.now()
	const words = new QueryWords(censusOfIndex())
	const censusSeconds = (performance.now() - started) / 1000
	const perCase = Math.ceil(queries / searchCases.length)
	const times: number[] = []
	const cases = await measureCases(searchCases, words, perCase, seed, (ms) => times.push(ms))
	return { queries: times.length, censusSeconds, cases, ...timings(times) }
}
