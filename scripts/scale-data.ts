// The whole-site scale dataset of issue 22, for benchmarking Atlas as a region's agencies would use it.
// Usage: npm run scale-data [-- --size full|quick --data-dir DIR --seed 22 --now 2026-12-07T12:00:00Z]
// Generates, into a fresh data folder (default: <system temporary folder>/atlas-scale; never the demo's, and never
// a folder holding a database this script did not make), at the full size: 100,000 users in 2,000 organisations
// across 60 countries, 500 courses of about 5,000 lessons in four languages with their quizzes, a million lessons
// done, about 200,000 quiz attempts and 150,000 certificates, 100,000 library documents, 5,000 events with about
// 200,000 registrations, 50,000 forum threads with about 500,000 posts, 3,000 programmes, the laws of the 60
// countries, the search index over all of it and the indicators' full recount (scripts/scale/). --size quick is a
// tenth. The same --seed and --now make the same rows (dates are counted back from --now, by default the time of
// the run). Progress goes to stderr; the Markdown report of each part's time and the rows made to stdout; the sizes,
// seed, commit, timings and the landmarks a benchmark needs (pages, a certificate, accounts) to scale-manifest.json
// in the folder. Atlas then starts on it with DATA_DIR=<folder> NODE_ENV=production npm start.
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { commitMeasured } from './bench/load.ts'
import { progress, root, runBenchmark } from './bench/server.ts'
import { madeBy, manifestOf, prepareDataFolder, writeManifest } from './scale/folder.ts'
import { isScaleSize, scaleSizes } from './scale/sizes.ts'

function readOptions() {
	const { values } = parseArgs({
		options: {
			size: { type: 'string', default: 'full' },
			'data-dir': { type: 'string' },
			seed: { type: 'string', default: '22' },
			now: { type: 'string' },
		},
	})
	if (!isScaleSize(values.size)) throw new Error('--size takes full or quick.')
	const seed = Number(values.seed)
	if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number.')
	const now = values.now ? new Date(values.now) : new Date()
	if (Number.isNaN(now.getTime())) throw new Error('--now takes an ISO date and time.')
	const dataDir = path.resolve(values['data-dir'] ?? path.join(os.tmpdir(), 'atlas-scale'))
	return { size: values.size, seed, now, dataDir }
}

async function main() {
	const options = readOptions()
	const started = performance.now()
	const sizes = scaleSizes[options.size]
	const done = prepareDataFolder(options.dataDir, path.join(root, 'data'))
	progress(`${done === 'replaced' ? 'Replacing the scale dataset in' : 'Generating into'} ${options.dataDir}`)
	const facts = {
		size: options.size,
		sizes,
		seed: options.seed,
		now: options.now.toISOString(),
		commit: commitMeasured(),
	}
	writeManifest(options.dataDir, { complete: false, ...facts, startedAt: new Date().toISOString() })

	process.env.DATA_DIR = options.dataDir
	process.env.NODE_ENV = 'production'
	// The built-in engine is what the dataset is indexed for, whatever the environment names.
	delete process.env.MEILISEARCH_URL
	const { closeDb, migrateDb } = await import('#app/db/client.server.ts')
	const { generateScaleData } = await import('./scale/generate.ts')
	const report = await import('./scale/report.ts')
	migrateDb()
	const data = await generateScaleData({ sizes, seed: options.seed, now: options.now }, progress)
	closeDb()
	const totalSeconds = (performance.now() - started) / 1000
	writeManifest(options.dataDir, {
		complete: true,
		...facts,
		node: process.version,
		cores: os.availableParallelism(),
		totalSeconds,
		...data,
	})

	console.log(`## Scale dataset: ${options.size} size, seed ${options.seed}, dated ${facts.now}\n`)
	console.log(report.partsTable(data.seconds, totalSeconds))
	console.log(`\n${report.rowsTable(data.rows, options.size)}\n`)
	console.log(`Database: ${(data.databaseBytes / 1024 ** 3).toFixed(2)} GiB in ${options.dataDir}.\n`)
	console.log(report.landmarkLines(data.landmarks))
	console.log(`\nStart Atlas on it: DATA_DIR=${options.dataDir} NODE_ENV=production npm start`)
	progress(`The manifest (${madeBy}) is ${manifestOf(options.dataDir)}.`)
}

await runBenchmark(main, [], 'Interrupted: the folder is left as it is; the next run replaces it.')
// The MDX compiler process may still be winding down; nothing else is left to do.
process.exit(process.exitCode ?? 0)
