// Measures the indicators on a large database, as issue 21 asks: the dashboard answers from the roll-ups the job
// runner keeps, so it must stay quick with 100,000 officers and a million lessons done.
// Usage: npm run bench:indicators [-- --users 100000 --quick --seed 21 --repeat 20 --limit 60 --data-dir DIR --keep]
// Generates the dataset (scripts/bench/indicators-data.ts, in a child process so its memory is not counted here) in
// a fresh folder under the system's temporary one, or in --data-dir (kept, and used again by a later run with the
// same --users and --seed). --quick is 10,000 officers. Then times a full recount (a first start, or
// `npm run indicators:recount`) and the hourly roll-up after it, and each view as its route's loader calls it:
// the dashboard for a visitor (all countries, the busiest country, its region, last quarter), an organisation admin
// (the largest organisation beside the whole) and a coordinator; the enrolments and certificates-issued pages for
// each reader; the review; the dashboard's CSV. Each view runs in a worker thread of its own, whose kept tables are
// empty as after a roll-up: a warm-up call on another year, the first call (which solves the tables), then --repeat
// calls; a view still running after --limit seconds is abandoned and reported so. Progress goes to stderr, the
// Markdown report to stdout, and the figures to bench/results/indicators-<date>.json.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { commitMeasured, saveResults } from './bench/load.ts'
import { dataFileOf, type IndicatorsData } from './bench/indicators-data.ts'
import { progress, root, runBenchmark } from './bench/server.ts'

function readOptions() {
	const { values } = parseArgs({
		options: {
			users: { type: 'string' },
			quick: { type: 'boolean', default: false },
			seed: { type: 'string', default: '21' },
			repeat: { type: 'string', default: '20' },
			limit: { type: 'string', default: '60' },
			'data-dir': { type: 'string' },
			keep: { type: 'boolean', default: false },
		},
	})
	const users = Number(values.users ?? (values.quick ? 10_000 : 100_000))
	const seed = Number(values.seed)
	const repeat = Number(values.repeat)
	if (!Number.isInteger(users) || users < 100) throw new Error('--users takes a whole number of officers (>= 100).')
	if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number.')
	const limit = Number(values.limit)
	if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat takes a whole number (>= 1).')
	if (!(limit > 0)) throw new Error('--limit takes seconds (> 0).')
	return { users, seed, repeat, limit, dataDir: values['data-dir'], keep: values.keep }
}

const cleanups: (() => Promise<void> | void)[] = []

/** The dataset already in --data-dir, if an earlier run made it with the same size and seed. */
function earlierDataset(dataDir: string, users: number, seed: number): IndicatorsData | null {
	if (!fs.existsSync(dataFileOf(dataDir))) {
		if (fs.existsSync(path.join(dataDir, 'atlas.db')))
			throw new Error(`${dataDir} holds a database this benchmark did not make: choose another folder.`)
		return null
	}
	const data = JSON.parse(fs.readFileSync(dataFileOf(dataDir), 'utf8')) as IndicatorsData
	if (data.options.users !== users || data.options.seed !== seed)
		throw new Error(
			`${dataDir} holds ${data.options.users} officers with seed ${data.options.seed}: choose another folder.`,
		)
	return data
}

async function generate(dataDir: string, options: { users: number; seed: number }) {
	const child = spawn(
		process.execPath,
		[
			...['--import', 'tsx', 'scripts/bench/indicators-data.ts', '--data-dir', dataDir],
			...['--users', String(options.users), '--seed', String(options.seed), '--now', new Date().toISOString()],
		],
		{ cwd: root, stdio: ['ignore', process.stderr, 'inherit'] },
	)
	cleanups.push(() => void child.kill())
	const [code] = (await once(child, 'exit')) as [number | null]
	if (code !== 0) throw new Error(`Generating the dataset failed (exit ${code}).`)
	return JSON.parse(fs.readFileSync(dataFileOf(dataDir), 'utf8')) as IndicatorsData
}

async function main() {
	const options = readOptions()
	const started = performance.now()
	const dataDir = options.dataDir
		? path.resolve(options.dataDir)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-indicators-'))
	fs.mkdirSync(dataDir, { recursive: true })
	if (options.keep || options.dataDir) progress(`The data folder is kept: ${dataDir}`)
	else cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))

	let data = earlierDataset(dataDir, options.users, options.seed)
	let generateSeconds: number | null = null
	if (data) progress(`Using the dataset already in ${dataDir} (made ${data.options.now}).`)
	else {
		const generating = performance.now()
		data = await generate(dataDir, options)
		generateSeconds = (performance.now() - generating) / 1000
	}
	// The dataset's own clock: its dates were counted back from it, so every run on it reads the same months.
	const now = new Date(data.options.now)

	process.env.DATA_DIR = dataDir
	process.env.NODE_ENV = 'test'
	// Loaded once DATA_DIR is set: the app reads its settings when first used.
	const measure = await import('./bench/indicators-measure.ts')
	const report = await import('./bench/indicators-report.ts')
	const { closeDb, migrateDb } = await import('#app/db/client.server.ts')
	migrateDb()
	cleanups.push(() => closeDb())

	progress('Recounting every indicator (a first start, or npm run indicators:recount)…')
	// The process's peak RSS only rises: noted after each stage, it shows which stage raised it.
	const peaks: { stage: string; bytes: number }[] = []
	const notePeak = (stage: string) => peaks.push({ stage, bytes: process.resourceUsage().maxRSS * 1024 })
	notePeak('opening the database')
	const recount = await measure.measureRecount(now)
	notePeak('the recount')
	progress(`  ${recount.months} series-months in ${recount.seconds.toFixed(1)} s`)
	const counts = measure.countRows()
	progress(`  indicator_counts: ${counts.total.toLocaleString('en')} rows`)
	progress('Rolling up as the hourly chore does…')
	const rollUp = await measure.measureRollUp(now)
	notePeak('the hourly roll-up')
	progress(`  ${rollUp.months} series-months in ${rollUp.seconds.toFixed(1)} s`)

	const cases = measure.viewCases(data.landmarks, now)
	const results = []
	for (const [index, one] of cases.entries()) {
		progress(`Measuring ${one.view}, ${one.reader}${one.query ? ` ${one.query}` : ''}…`)
		const input = { index, now: now.toISOString(), repeat: options.repeat, landmarks: data.landmarks }
		const result = await measure.measureInWorker(input, options.limit)
		if (result.status === 'failed') {
			progress(`  failed: ${result.error}`)
			process.exitCode = 1
		}
		if (result.status === 'over-limit') progress(`  abandoned after ${options.limit} s`)
		results.push(result)
		notePeak(`${one.view}, ${one.reader}${one.query ? ` ${one.query}` : ''}`)
	}
	const peakRssBytes = peaks.at(-1)!.bytes
	const peakStage = peaks.find((peak) => peak.bytes === peakRssBytes)!.stage
	const runSeconds = (performance.now() - started) / 1000

	const { landmarks } = data
	console.log(`## Indicators on ${data.options.users.toLocaleString('en')} officers\n`)
	console.log(report.dataTable(data, generateSeconds))
	console.log(`\n${report.rollUpTable(recount, rollUp, counts)}\n`)
	console.log(
		`Views, each in a worker thread of its own (${landmarks.busiestCountry} is the busiest country; the organisation admin's is ` +
			`${landmarks.largestOrganisation.name}, ${landmarks.largestOrganisation.officers.toLocaleString('en')} officers):\n`,
	)
	console.log(report.casesTable(results, options.repeat, options.limit))
	console.log(
		`\nPeak RSS of the measuring process: ${(peakRssBytes / 1024 / 1024).toFixed(0)} MB, reached during ${peakStage}. ` +
			`The run took ${runSeconds.toFixed(0)} s.`,
	)
	const file = saveResults('indicators', {
		measuredAt: new Date().toISOString(),
		commit: commitMeasured(),
		node: process.version,
		cores: os.availableParallelism(),
		data: { ...data, generateSeconds },
		repeat: options.repeat,
		limitSeconds: options.limit,
		recount,
		rollUp,
		indicatorCounts: counts,
		views: results,
		peakRssBytes,
		peakRssByStage: peaks,
		runSeconds,
	})
	progress(`Results saved in ${path.relative(root, file)}.`)
}

await runBenchmark(main, cleanups, 'Interrupted: cleaning up…')
