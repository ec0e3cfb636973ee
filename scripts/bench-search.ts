// Measures the built-in search engine (SQLite FTS5) on a library that looks like the real one, as issue 17 asks.
// Usage: npm run bench:search [-- --size 100000 --queries 500 --pages --no-build --duration 6 --keep]
//   (a bare number is the size too: `npm run bench:search 5000`)
// Generates --size documents (default 100,000) in English, Spanish, French and Arabic, a third of them translated,
// with courses and programmes beside them (scripts/bench/library-generator.ts), and indexes them in a fresh data
// folder, 2,000 items a transaction. Then runs --queries varied queries (default 500) for each case through
// searchAtlas, as pages do, for a visitor, a member and an officer in turn: browsing newest first with no, one and
// two facets, a selective and a broad query, a prefix as typed, Arabic with diacritics, words in one language for a
// reader of another, the deepest page a reader can reach, and one typo. It prints p50/p95/p99 per case, how many
// queries found something, the time to index and the database size, how long a change takes to appear in results,
// and the budgets of issue 17, met or missed (missed budgets still exit 0: this is a measurement).
// --pages then starts a production Atlas on the same library (built first unless --no-build) and loads the library,
// search and course pages with autocannon at 16 connections for --duration seconds each, signed out and as the demo
// officer; signed-out pages may be served from the page cache (PAGE_CACHE_SECONDS=0 renders each afresh).
// --keep leaves the data folder in place (its path is printed) to profile queries against it.
// Progress goes to stderr, the Markdown report to stdout, and the figures to bench/results/search-<date>.json.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { commitMeasured, saveResults } from './bench/load.ts'
import { type PageResult } from './bench/search-pages.ts'
import { buildAtlas, progress, root, runBenchmark } from './bench/server.ts'

function readOptions() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			size: { type: 'string' },
			queries: { type: 'string', default: '500' },
			pages: { type: 'boolean', default: false },
			'no-build': { type: 'boolean', default: false },
			duration: { type: 'string', default: '6' },
			keep: { type: 'boolean', default: false },
		},
	})
	const size = Number(values.size ?? positionals[0] ?? 100_000)
	const queries = Number(values.queries)
	const duration = Number(values.duration)
	if (!Number.isInteger(size) || size < 100) throw new Error('--size takes a whole number of documents (>= 100).')
	if (!Number.isInteger(queries) || queries < 1) throw new Error('--queries takes a whole number (>= 1).')
	if (!(duration > 0)) throw new Error('--duration takes seconds (> 0).')
	return { size, queries, pages: values.pages, build: !values['no-build'], duration, keep: values.keep }
}

const seed = 17
const cleanups: (() => Promise<void> | void)[] = []

async function main() {
	const options = readOptions()
	const started = performance.now()
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-search-'))
	if (options.keep) progress(`The data folder is kept (--keep): ${dataDir}`)
	else cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
	process.env.DATA_DIR = dataDir
	process.env.NODE_ENV = 'test'
	// The built-in engine is what is measured, whatever the environment names.
	delete process.env.MEILISEARCH_URL
	if (options.pages && options.build) await buildAtlas()
	if (options.pages && !fs.existsSync(path.join(root, 'build/index.js'))) {
		throw new Error('--pages --no-build needs a build: run `npm run build` first, or leave out --no-build.')
	}

	// Loaded once DATA_DIR is set: the app reads its settings when first used.
	const { describeLibrary, libraryFacets } = await import('./bench/library-generator.ts')
	const { WordCensus } = await import('./bench/word-census.ts')
	const { QueryWords } = await import('./bench/query-words.ts')
	const { searchCases } = await import('./bench/search-cases.ts')
	const { indexLibrary, measureCases, measureFreshness } = await import('./bench/search-measure.ts')
	const { measurePages, pageConnections } = await import('./bench/search-pages.ts')
	const report = await import('./bench/search-report.ts')
	const { closeDb } = await import('#app/db/client.server.ts')

	const library = describeLibrary({ documents: options.size, seed })
	const census = new WordCensus()
	progress(`Generating and indexing ${options.size.toLocaleString('en')} documents, with courses and programmes…`)
	const indexing = indexLibrary(library, census, dataDir)
	const words = new QueryWords(census)
	progress(`Running ${options.queries} queries for each of ${searchCases.length} cases…`)
	const cases = await measureCases(searchCases, words, options.queries, seed)
	progress('Changing documents and searching for the change…')
	const freshness = await measureFreshness(library)
	closeDb()

	const mostChosen = <T>(entries: readonly (readonly [T, number])[]) =>
		entries.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
	let pages: PageResult[] | null = null
	if (options.pages) {
		try {
			pages = await measurePages({
				dataDir,
				duration: options.duration,
				broadWord: words.broad[0]!,
				facets: { type: mostChosen(libraryFacets.types.entries), country: mostChosen(libraryFacets.countries.entries) },
				onCleanup: (cleanup) => cleanups.push(cleanup),
			})
		} catch (error) {
			// The search module's figures are still worth printing.
			console.error(`The pages could not be measured: ${error instanceof Error ? error.message : error}`)
			process.exitCode = 1
		}
	}

	const verdicts = report.judge(library, cases, indexing, pages)
	const sizes = `${library.documents.toLocaleString('en')} documents, ${options.queries} queries a case`
	console.log(`## Search on the built-in engine: ${sizes}\n`)
	console.log(report.casesTable(cases))
	console.log(`\n${report.libraryTable(library, indexing, freshness)}`)
	if (pages) {
		console.log(`\nPages over HTTP, ${pageConnections} connections, ${options.duration} s each:\n`)
		console.log(report.pagesTable(pages))
		const cache = process.env.PAGE_CACHE_SECONDS ?? '10, the default in production'
		console.log(`\nSigned out, a page is served again while nothing is written (PAGE_CACHE_SECONDS=${cache}).`)
	}
	console.log(`\nBudgets (issue 17):\n${report.budgetLines(library, verdicts)}`)
	const file = saveResults('search', {
		measuredAt: new Date().toISOString(),
		commit: commitMeasured(),
		node: process.version,
		cores: os.availableParallelism(),
		seed,
		library: { documents: library.documents, courses: library.courses, programmes: library.programmes },
		queriesPerCase: options.queries,
		cases,
		indexing,
		freshness,
		pages: pages && { connections: pageConnections, durationSeconds: options.duration, results: pages },
		budgets: verdicts,
		runSeconds: (performance.now() - started) / 1000,
	})
	progress(
		`Results saved in ${path.relative(root, file)}; the run took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
	)
}

await runBenchmark(main, cleanups, 'Interrupted: cleaning up…')
