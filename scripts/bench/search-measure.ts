/**
 * The measurements of bench:search on the search module itself, through its public functions only: the library is
 * indexed with `replaceItemEntries` in write transactions, and every query goes through `searchAtlas`, as pages
 * call it. Import this once DATA_DIR names the benchmark's own folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import { migrateDb, writeTransaction } from '#app/db/client.server.ts'
import { replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { searchPageSize } from '#app/modules/search/vocabulary.ts'
import { generateItem, generateItems, type Library } from './library-generator.ts'
import { percentile } from './load.ts'
import { type QueryWords } from './query-words.ts'
import { randomStream } from './random.ts'
import { type PlannedQuery, readers, type SearchCase } from './search-cases.ts'
import { progress } from './server.ts'
import { type WordCensus } from './word-census.ts'

/** Items a write transaction holds while the library is indexed, as a bulk import would. */
const batchSize = 2_000
/** The highest page number a page address accepts (`pageNumber`). */
const highestPage = 99_999

const officer = readers[2]!.actor

export type Indexing = {
	items: number
	entries: number
	distinctWords: number
	indexSeconds: number
	generateSeconds: number
	itemsPerSecond: number
	databaseBytes: { database: number; wal: number }
}

/** Generates the library batch by batch; only the write transactions are timed. */
export function indexLibrary(library: Library, census: WordCensus, dataDir: string): Indexing {
	migrateDb()
	let indexMs = 0
	let generateMs = 0
	let entries = 0
	let shownTenth = 0
	for (let from = 0; from < library.items; from += batchSize) {
		const generating = performance.now()
		const items = [...generateItems(library, from, Math.min(from + batchSize, library.items))]
		for (const item of items) {
			census.addItem(item.words)
			entries += item.entries.length
		}
		const writing = performance.now()
		writeTransaction((tx) => {
			for (const item of items) replaceItemEntries(tx, item.key, item.entries)
		})
		indexMs += performance.now() - writing
		generateMs += writing - generating
		const done = Math.min(from + batchSize, library.items)
		const tenth = Math.floor((done / library.items) * 10)
		if (tenth > shownTenth || done === library.items) {
			shownTenth = tenth
			const rate = Math.round(done / (indexMs / 1000)).toLocaleString('en')
			progress(`  indexed ${done.toLocaleString('en')} of ${library.items.toLocaleString('en')} items (${rate}/s)`)
		}
	}
	census.finish()
	const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0)
	const database = path.join(dataDir, 'atlas.db')
	return {
		items: library.items,
		entries,
		distinctWords: census.distinctWords,
		indexSeconds: indexMs / 1000,
		generateSeconds: generateMs / 1000,
		itemsPerSecond: library.items / (indexMs / 1000),
		databaseBytes: { database: size(database), wal: size(`${database}-wal`) },
	}
}

export type Timings = { p50: number; p95: number; p99: number; mean: number; max: number }

export function timings(times: number[]): Timings {
	const sorted = [...times].sort((a, b) => a - b)
	return {
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		p99: percentile(sorted, 0.99),
		mean: sorted.reduce((sum, time) => sum + time, 0) / (sorted.length || 1),
		max: sorted.at(-1) ?? Number.NaN,
	}
}

export type CaseResult = Timings & {
	id: string
	label: string
	strict: boolean
	queries: number
	/** Queries that found at least one item. */
	found: number
	examples: { reader: string; language: string; query: string; filters: object; page: number }[]
}

/** The last page of each planned deepest-page query, from the total a first (unmeasured) call answers. */
async function resolveLastPages(planned: PlannedQuery[]) {
	const totals = new Map<string, number>()
	for (const [index, query] of planned.entries()) {
		if (!query.lastPage) continue
		const reader = readers[index % readers.length]!
		const key = JSON.stringify([reader.name, query.input.query, query.input.filters])
		let total = totals.get(key)
		if (total === undefined) {
			total = (await searchAtlas(reader.actor, query.language, { ...query.input, page: 1 })).total
			totals.set(key, total)
		}
		query.input.page = Math.min(highestPage, Math.max(1, Math.ceil(total / searchPageSize)))
	}
}

function plan(searchCase: SearchCase, words: QueryWords, count: number, stream: number) {
	const random = randomStream(stream)
	return Array.from({ length: count }, () => searchCase.plan(random, words))
}

/** Each case's queries in turn, readers taking turns: visitor, member, officer; `record` hears every time. */
export async function measureCases(
	cases: SearchCase[],
	words: QueryWords,
	count: number,
	seed: number,
	record: (ms: number) => void = () => {},
) {
	// A few queries of every case first, not counted: a first query compiles statements and fills caches.
	for (const [index, searchCase] of cases.entries()) {
		const warmUp = plan(searchCase, words, 3, seed * 7919 + index)
		await resolveLastPages(warmUp)
		for (const query of warmUp) await searchAtlas(officer, query.language, query.input)
	}
	const results: CaseResult[] = []
	for (const [index, searchCase] of cases.entries()) {
		const planned = plan(searchCase, words, count, seed * 104_729 + index)
		await resolveLastPages(planned)
		const times: number[] = []
		let found = 0
		for (const [turn, query] of planned.entries()) {
			const reader = readers[turn % readers.length]!
			const started = performance.now()
			const result = await searchAtlas(reader.actor, query.language, query.input)
			times.push(performance.now() - started)
			record(times.at(-1)!)
			if (result.total > 0) found++
		}
		const examples = planned.slice(0, 3).map((query, turn) => ({
			reader: readers[turn % readers.length]!.name,
			language: query.language,
			query: query.input.query,
			filters: query.input.filters,
			page: query.input.page,
		}))
		results.push({
			id: searchCase.id,
			label: searchCase.label,
			strict: searchCase.strict,
			queries: count,
			found,
			examples,
			...timings(times),
		})
		progress(`  ${searchCase.label}: p95 ${results.at(-1)!.p95.toFixed(1)} ms`)
	}
	return results
}

/** A word no generated text holds, the same length each time so none is the start of another. */
const changeMark = (change: number) =>
	`changemark${String.fromCharCode(97 + Math.floor(change / 26))}${String.fromCharCode(97 + (change % 26))}`

/**
 * How long a document's change takes to appear in results: from the start of the write that adds a new word to
 * it until a search for that word finds it.
 */
export async function measureFreshness(library: Library, changes = 20) {
	const times: number[] = []
	for (let change = 0; change < changes; change++) {
		const item = generateItem(library, Math.floor(((change + 0.5) * library.documents) / changes))
		const word = changeMark(change)
		const entries = item.entries.map((entry) => ({ ...entry, body: `${entry.body} ${word}` }))
		const input = { query: word, filters: {}, sort: 'relevance' as const, page: 1 }
		const started = performance.now()
		writeTransaction((tx) => replaceItemEntries(tx, item.key, entries))
		let seen = false
		while (!seen && performance.now() - started < 10_000) {
			seen = (await searchAtlas(officer, entries[0]!.language, input)).total > 0
		}
		times.push(seen ? performance.now() - started : Number.NaN)
	}
	const seen = times.filter(Number.isFinite)
	return { changes, seen: seen.length, ...timings(seen) }
}

export type Freshness = Awaited<ReturnType<typeof measureFreshness>>
