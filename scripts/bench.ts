// The whole-site benchmark of issue 22: Atlas on the scale dataset (`npm run scale-data` first), over HTTP.
// Usage: npm run bench [-- --quick --data-dir DIR --no-build --seed 22]
// Builds Atlas for production (unless --no-build), times `content/`'s import into an empty database (and again,
// when it changes nothing), starts Atlas on the dataset in DIR (default: <system temporary folder>/atlas-scale) and
// times its first answers, measures a page while the hourly roll-up runs and waits for it to end, then loads each
// page of scripts/bench/site-pages.ts with autocannon (no pipelining) at 1, 16 and 64 connections, signed out and
// signed in, each beside nginx serving the same bytes from a file, sampling the server's memory meanwhile; weighs
// the JavaScript each page makes a phone fetch; stops Atlas and runs 1,000 varied searches in four languages
// straight through the search module. --quick measures for shorter times and runs a third of the searches.
// Progress goes to stderr; the Markdown summary to stdout and bench/results/<date>.md, the figures to
// bench/results/<date>.json (a second run the same day replaces them). Missed budgets still exit 0 (this is a
// measurement); a page that does not load exits 1. Needs nginx (Debian: apt-get install -y nginx-light).
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { commitMeasured, load } from './bench/load.ts'
import { markdownTable } from './bench/markdown.ts'
import { nginxBinary, startNginx } from './bench/nginx.ts'
import { pageWeight } from './bench/page-weight.ts'
import { sampleMemory } from './bench/rss.ts'
import { type SiteFigures, judge, type PageResult, pagesTable, verdictLines, weightTable } from './bench/site-report.ts'
import { type SitePage, sitePages, survivorPagesToWeigh } from './bench/site-pages.ts'
import {
	buildAtlas,
	freePort,
	processesNamedIn,
	progress,
	request,
	root,
	runBenchmark,
	temporaryFolder,
	sleep,
	startAtlas,
	stop,
	tail,
	userAgent,
} from './bench/server.ts'
import { readManifest } from './scale/folder.ts'

const connections = [1, 16, 64]
const cleanups: (() => Promise<void> | void)[] = []
const rollUpDone = /Indicators: \d+ series-months counted/

function readOptions() {
	const { values } = parseArgs({
		options: {
			quick: { type: 'boolean', default: false },
			'data-dir': { type: 'string' },
			'no-build': { type: 'boolean', default: false },
			seed: { type: 'string', default: '22' },
		},
	})
	const seed = Number(values.seed)
	if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number.')
	const quick = values.quick
	return {
		quick,
		build: !values['no-build'],
		seed,
		dataDir: path.resolve(values['data-dir'] ?? path.join(os.tmpdir(), 'atlas-scale')),
		atlasSeconds: quick ? 2 : 4,
		nginxSeconds: quick ? 1 : 2,
		searches: quick ? 330 : 1_000,
	}
}

function completeManifest(dataDir: string) {
	const manifest = readManifest(dataDir)
	if (!manifest) throw new Error(`No scale dataset in ${dataDir}: run npm run scale-data first.`)
	if (!manifest.complete) throw new Error(`The scale dataset in ${dataDir} is not complete: run npm run scale-data.`)
	return manifest
}

/** `npm run import-content`'s work into an empty database, then again when it has nothing to change. */
async function timeContentImport() {
	const dataDir = temporaryFolder('bench-content', cleanups)
	const once_ = async () => {
		const started = performance.now()
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-content.ts'], {
			cwd: root,
			env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir },
			stdio: ['ignore', 'pipe', 'inherit'],
		})
		let output = ''
		child.stdout.on('data', (chunk: Buffer) => (output += chunk))
		const [code] = (await once(child, 'exit')) as [number | null]
		if (code !== 0) throw new Error(`Importing content/ exited ${code}:\n${output}`)
		return { seconds: (performance.now() - started) / 1000, said: output.trim().split('\n') }
	}
	const first = await once_()
	const again = await once_()
	return { firstSeconds: first.seconds, againSeconds: again.seconds, said: first.said }
}

/** From the spawn to the first /healthz answered, then the home page. */
async function timeFirstAnswers(base: string, atlas: ReturnType<typeof startAtlas>, logFile: string, started: number) {
	for (;;) {
		if (atlas.exitCode !== null) throw new Error(`Atlas exited (${atlas.exitCode}) before answering:\n${tail(logFile)}`)
		if ((await request(`${base}/healthz`).catch(() => null))?.status === 200) break
		if (performance.now() - started > 5 * 60_000)
			throw new Error(`Atlas did not answer in 5 minutes:\n${tail(logFile)}`)
		await sleep(20)
	}
	const healthzMs = performance.now() - started
	const home = await request(`${base}/en`)
	if (home.status !== 200) throw new Error(`/en answered ${home.status}.`)
	return { healthzMs, firstPageMs: performance.now() - started }
}

/**
 * The housekeeping's first run (the indicators' roll-up, a minute at full size) starts half a minute after start:
 * one page is measured while it runs, then the benchmark waits for it to end, so the rest is measured at rest.
 */
async function throughTheRollUp(base: string, page: SitePage, logFile: string, started: number, seconds: number) {
	const rolledUp = () => rollUpDone.test(fs.readFileSync(logFile, 'utf8'))
	await sleep(Math.max(0, 40_000 - (performance.now() - started)))
	const running = !rolledUp()
	const during = await load(`${base}${page.path}`, headersOf(page), seconds, 16)
	const overlapped = running && !rolledUp()
	progress(`  during the roll-up: p95 ${during.p95} ms, ${Math.round(during.perSecond)} req/s`)
	while (!rolledUp()) {
		if (performance.now() - started > 15 * 60_000) throw new Error('The roll-up did not end within 15 minutes.')
		await sleep(1_000)
	}
	return {
		endedAfterSeconds: (performance.now() - started) / 1000,
		page: `${page.label} (${page.reader})`,
		during: overlapped ? during : null,
	}
}

const headersOf = (page: SitePage): Record<string, string> => ({
	'user-agent': userAgent,
	...(page.cookie ? { cookie: page.cookie } : {}),
})

async function capture(base: string, page: SitePage, file: string) {
	const answer = await request(`${base}${page.path}`, { headers: headersOf(page) })
	if (answer.status !== 200) throw new Error(`${page.path} (${page.reader}) answered ${answer.status}, not 200.`)
	fs.writeFileSync(file, answer.body)
	const weight = await pageWeight(base, answer.body.toString('utf8'))
	return { contentType: answer.headers['content-type'] ?? 'text/html', file, weight }
}

const withoutCookie = <Page extends SitePage>({ cookie: _cookie, ...page }: Page) => page

async function main() {
	const options = readOptions()
	const begun = performance.now()
	if (!fs.existsSync(nginxBinary)) throw new Error('nginx is not installed: apt-get install -y nginx-light')
	const manifest = completeManifest(options.dataDir)
	if (options.build) await buildAtlas()
	progress('Importing content/ into an empty database, twice…')
	const contentImport = await timeContentImport()

	const work = temporaryFolder('bench-work', cleanups)
	const port = await freePort()
	const base = `http://127.0.0.1:${port}`
	const logFile = path.join(work, 'atlas.log')
	progress(`Starting Atlas on ${base} with the ${manifest.size} scale dataset in ${options.dataDir}…`)
	const started = performance.now()
	const atlas = startAtlas(port, options.dataDir, logFile)
	cleanups.push(() => stop(atlas, 'SIGTERM'))
	const start = await timeFirstAnswers(base, atlas, logFile, started)
	progress(`  /healthz after ${Math.round(start.healthzMs)} ms, /en after ${Math.round(start.firstPageMs)} ms`)
	const pages = await sitePages(base, options.dataDir, manifest.landmarks)
	progress('Measuring a page during the hourly roll-up, then waiting for it to end…')
	const duringPage = pages.find((page) => page.label === 'a course' && page.cookie)!
	const rollUp = await throughTheRollUp(base, duringPage, logFile, started, options.atlasSeconds)

	const captured = []
	for (const [index, page] of pages.entries())
		captured.push(await capture(base, page, path.join(work, `${index}.body`)))
	const programmes = pages.find((page) => page.survivor)!
	const weighedOnly = []
	for (const page of await survivorPagesToWeigh(base, programmes.path)) {
		const { weight } = await capture(base, page, path.join(work, 'weighed.body'))
		weighedOnly.push({ ...page, weight })
	}
	const nginx = await startNginx(work, captured, cleanups)

	const memory = sampleMemory(atlas.pid!)
	const measured: PageResult[] = []
	for (const [index, page] of pages.entries()) {
		const runs = []
		for (const count of connections) {
			progress(`Measuring ${page.label} (${page.reader}) at ${count} connections…`)
			const atlasLoad = await load(`${base}${page.path}`, headersOf(page), options.atlasSeconds, count)
			if (atlas.exitCode !== null || atlas.signalCode !== null) {
				throw new Error(`Atlas stopped while ${page.label} was measured:\n${tail(logFile)}`)
			}
			const nginxLoad = await load(`${nginx}/${index}`, headersOf(page), options.nginxSeconds, count)
			progress(
				`  Atlas ${Math.round(atlasLoad.perSecond)} req/s, p95 ${atlasLoad.p95} ms, ${atlasLoad.errors} errors; nginx ${Math.round(nginxLoad.perSecond)} req/s`,
			)
			runs.push({ connections: count, atlas: atlasLoad, nginx: nginxLoad })
		}
		measured.push({ ...withoutCookie(page), weight: captured[index]!.weight, runs })
	}
	const memoryPeak = memory.stop()
	const processes = processesNamedIn(logFile)
	await stop(atlas, 'SIGTERM')

	progress(`Running ${options.searches} searches through the search module…`)
	process.env.DATA_DIR = options.dataDir
	process.env.NODE_ENV = 'production'
	delete process.env.MEILISEARCH_URL
	const { measureSearchModule } = await import('./bench/site-search.ts')
	const search = await measureSearchModule(options.searches, options.seed)

	const figures: SiteFigures = {
		start,
		pages: measured,
		weighedOnly: weighedOnly.map(withoutCookie),
		memory: memoryPeak,
	}
	const verdicts = judge(figures)
	const totalSeconds = (performance.now() - begun) / 1000
	const results = {
		measuredAt: new Date().toISOString(),
		commit: commitMeasured(),
		node: process.version,
		cores: os.availableParallelism(),
		processes: processes ? Number(processes) : null,
		quick: options.quick,
		dataset: { size: manifest.size, seed: manifest.seed, now: manifest.now, rows: manifest.rows },
		seconds: { atlasPerRun: options.atlasSeconds, nginxPerRun: options.nginxSeconds, total: totalSeconds },
		contentImport,
		rollUp,
		...figures,
		search,
		budgets: verdicts,
	}
	const summary = report(results)
	console.log(summary)
	const folder = path.join(root, 'bench/results')
	fs.mkdirSync(folder, { recursive: true })
	const day = results.measuredAt.slice(0, 10)
	fs.writeFileSync(path.join(folder, `${day}.json`), `${JSON.stringify(results, null, '\t')}\n`)
	fs.writeFileSync(path.join(folder, `${day}.md`), `${summary}\n`)
	progress(`Results saved in bench/results/${day}.json and .md (${Math.round(totalSeconds)} s in all).`)
}

type Results = Parameters<typeof judge>[0] & {
	measuredAt: string
	commit: string | null
	cores: number
	processes: number | null
	quick: boolean
	dataset: { size: string; seed: number; rows: Record<string, number> }
	seconds: { atlasPerRun: number; nginxPerRun: number; total: number }
	contentImport: Awaited<ReturnType<typeof timeContentImport>>
	rollUp: Awaited<ReturnType<typeof throughTheRollUp>>
	search: Awaited<ReturnType<typeof import('./bench/site-search.ts').measureSearchModule>>
	budgets: ReturnType<typeof judge>
}

function report(results: Results) {
	const rows = results.dataset.rows
	const count = (value: number | undefined) => (value ?? 0).toLocaleString('en')
	const during = results.rollUp.during
	return [
		`# Atlas at scale: ${results.measuredAt.slice(0, 10)}${results.quick ? ' (quick)' : ''}`,
		'',
		`Commit ${results.commit}, ${results.cores} cores, ${results.processes ?? '?'} serving processes, Node ${process.version}. ` +
			`Dataset: ${results.dataset.size} size, seed ${results.dataset.seed}: ${count(rows.users)} users, ` +
			`${count(rows.enrolments)} enrolments, ${count(rows.lesson_completions)} lessons done, ` +
			`${count(rows.library_documents)} library documents, ${count(rows.events)} events, ` +
			`${count(rows.forum_posts)} forum posts, ${count(rows.programmes)} programmes, ${count(rows.search_entries)} search entries. ` +
			`Each load: ${results.seconds.atlasPerRun} s on Atlas and ${results.seconds.nginxPerRun} s on nginx after 1 s of warm-up, ` +
			`no pipelining. Whole run ${(results.seconds.total / 60).toFixed(1)} min.`,
		'',
		'## Budgets',
		'',
		verdictLines(results.budgets),
		'',
		'Lighthouse (performance, accessibility, best practices on phones) is measured by `npm run audit:lighthouse`.',
		'',
		'## Pages',
		'',
		pagesTable(results.pages),
		'',
		'## Start, roll-up, memory, import',
		'',
		`- First answers after start: /healthz ${(results.start.healthzMs / 1000).toFixed(2)} s, the home page ${(results.start.firstPageMs / 1000).toFixed(2)} s.`,
		`- The hourly roll-up ended ${Math.round(results.rollUp.endedAfterSeconds)} s after start; ${
			during
				? `during it, ${results.rollUp.page} at 16 connections: ${Math.round(during.perSecond)} req/s, p95 ${during.p95.toFixed(1)} ms, ${during.errors} errors.`
				: 'it ended before a page could be measured during it.'
		}`,
		`- Memory under load (RSS, ${results.memory.samples} samples): largest process ${(results.memory.largestProcessBytes / 1024 ** 2).toFixed(0)} MB, all processes ${(results.memory.allProcessesBytes / 1024 ** 2).toFixed(0)} MB.`,
		`- Importing content/ into an empty database: ${results.contentImport.firstSeconds.toFixed(1)} s; again, changing nothing: ${results.contentImport.againSeconds.toFixed(1)} s.`,
		'',
		'## Search module',
		'',
		`${results.search.queries} queries in four languages straight through searchAtlas: p50 ${results.search.p50.toFixed(1)} ms, ` +
			`p95 ${results.search.p95.toFixed(1)} ms, p99 ${results.search.p99.toFixed(1)} ms.`,
		'',
		markdownTable(
			['case', 'p50 ms', 'p95 ms', 'found something'],
			results.search.cases.map((one) => [
				one.label,
				one.p50.toFixed(1),
				one.p95.toFixed(1),
				`${one.found}/${one.queries}`,
			]),
		),
		'',
		'## JavaScript on first load',
		'',
		weightTable([...results.pages, ...results.weighedOnly]),
	].join('\n')
}

await runBenchmark(main, cleanups, 'Interrupted: stopping Atlas and nginx…')
