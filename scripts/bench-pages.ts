// Measures how fast each kind of Atlas page answers, beside nginx serving the very same HTML from a file.
// Usage: npm run bench:pages [-- --duration 6 --connections 16 --no-build]
// Builds Atlas (unless --no-build), starts it in production on a fresh demo database, signs in demo accounts, then
// loads each page with autocannon, first from Atlas and then from nginx. Progress goes to stderr; the Markdown
// table and the budgets go to stdout, and the figures to bench/results/pages-<date>.json. Missed budgets still exit
// 0 (this is a measurement); a page that does not load exits 1. Needs nginx (Debian: apt-get install -y nginx-light).
// Settings pass through to Atlas: `PAGE_CACHE_SECONDS=0 npm run bench:pages` measures every page rendered afresh
// (signed-out pages are otherwise served again while nothing is written), `ATLAS_PROCESSES=1` one process.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { linksMatching, officersLesson } from './bench/html.ts'
import { commitMeasured, type Load, load, saveResults } from './bench/load.ts'
import { markdownTable } from './bench/markdown.ts'
import { nginxBinary, startNginx } from './bench/nginx.ts'
import {
	buildAtlas,
	freePort,
	getHtml,
	processesNamedIn,
	progress,
	request,
	root,
	runBenchmark,
	temporaryFolder,
	signIn,
	startAtlas,
	stop,
	tail,
	userAgent,
	waitForHealth,
} from './bench/server.ts'

const officer = 'officer@atlas.example'
// The demo account that edits programmes, whose organisation has a provider inbox.
const programmeEditor = 'ngo@atlas.example'
const budgets = { p95Ms: 50, nginxShare: 20, healthzPerSecond: 5000, publicHtmlBytes: 25_000 }

type Page = { path: string; public: boolean; cookie?: string; label?: string }
type Captured = Page & { bytes: number; contentType: string; file: string }
type Measured = Captured & { atlas: Load; nginx: Load }

const cleanups: (() => Promise<void> | void)[] = []

function readOptions() {
	const { values } = parseArgs({
		options: {
			duration: { type: 'string', default: '6' },
			connections: { type: 'string', default: '16' },
			'no-build': { type: 'boolean', default: false },
		},
	})
	const duration = Number(values.duration)
	const connections = Number(values.connections)
	if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
		throw new Error('--duration takes seconds (> 0) and --connections a whole number (>= 1).')
	}
	return { duration, connections, build: !values['no-build'] }
}

/** The pages measured, with concrete slugs found on the list pages of the running Atlas. */
async function pagesToMeasure(base: string): Promise<Page[]> {
	const courses = linksMatching(await getHtml(`${base}/en/courses`), /^\/en\/courses\/[^/?#]+$/)
	const programmes = linksMatching(await getHtml(`${base}/en/programmes`), /^\/en\/programmes\/[^/?#]+$/).filter(
		(href) => href !== '/en/programmes/compare',
	)
	if (!courses[0]) throw new Error('No course is listed on /en/courses.')
	if (!programmes[0]) throw new Error('No programme is listed on /en/programmes.')
	const events = linksMatching(await getHtml(`${base}/en/events`), /^\/en\/events\/[^/?#]+$/).filter(
		(href) => !['/en/events/calendar', '/en/events/mine', '/en/events/new'].includes(href),
	)
	if (!events[0]) throw new Error('No event is listed on /en/events.')
	progress(`Signing in ${officer} and ${programmeEditor}…`)
	const officerCookie = await signIn(base, officer)
	const editorCookie = await signIn(base, programmeEditor)
	const lesson = await officersLesson(base, officerCookie, courses)
	const publicPage = (pathname: string): Page => ({ path: pathname, public: true })
	return [
		publicPage('/healthz'),
		publicPage('/robots.txt'),
		publicPage('/en'),
		publicPage('/en/courses'),
		{ ...publicPage(courses[0]), label: 'a course' },
		publicPage('/en/library'),
		publicPage('/en/search?q=trafficking'),
		publicPage('/en/programmes'),
		{ ...publicPage(programmes[0]), label: 'a programme' },
		publicPage('/ar/support'),
		publicPage('/en/laws'),
		{ ...publicPage('/fr/laws/compare?countries=FR,ES,DE,IT'), label: 'laws compared, four countries' },
		publicPage('/en/laws/agreements'),
		publicPage('/en/events'),
		publicPage('/en/events/calendar'),
		{ ...publicPage(events[0]), label: 'an event' },
		{ path: '/en/events', public: false, cookie: officerCookie, label: 'events, officer' },
		publicPage('/en/network?country=MA&area=referral'),
		{
			path: '/en/network?country=MA&area=referral',
			public: false,
			cookie: officerCookie,
			label: 'network, focal points, officer',
		},
		publicPage('/en/network/partnerships'),
		publicPage('/en/campaigns'),
		{ ...publicPage('/en/campaigns/sample-know-the-signs-before-you-travel-for-work?country=FR'), label: 'a campaign' },
		publicPage('/en/news'),
		publicPage('/en/news.atom'),
		{ path: '/en/learning', public: false, cookie: officerCookie, label: 'my learning, officer' },
		{ path: lesson, public: false, cookie: officerCookie, label: 'a lesson, officer' },
		{ path: '/en/provider/inbox', public: false, cookie: editorCookie, label: 'provider inbox' },
	]
}

function headersFor(page: Page): Record<string, string> {
	return { 'user-agent': userAgent, ...(page.cookie ? { cookie: page.cookie } : {}) }
}

/** One plain load of the page: its size, its type, and its exact body saved for nginx. Anything but 200 stops the run. */
async function capture(base: string, page: Page, index: number, folder: string): Promise<Captured> {
	const answer = await request(`${base}${page.path}`, { headers: headersFor(page) })
	if (answer.status !== 200) throw new Error(`${page.path} answered ${answer.status}, not 200.`)
	const file = path.join(folder, `${index}.body`)
	fs.writeFileSync(file, answer.body)
	const contentType = answer.headers['content-type'] ?? 'application/octet-stream'
	return { ...page, bytes: answer.body.length, contentType, file }
}

const ratio = (page: Measured) => page.nginx.perSecond / page.atlas.perSecond
// A run in which nothing answered has no times: a dash, not NaN.
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–')
const count = (value: number) => Math.round(value).toLocaleString('en')
const nameOf = (page: Page) => (page.label ? `\`${page.path}\` (${page.label})` : `\`${page.path}\``)

function table(pages: Measured[]) {
	const rows = pages.map((page) => [
		nameOf(page),
		count(page.bytes),
		count(page.atlas.perSecond),
		ms(page.atlas.p50),
		ms(page.atlas.p95),
		ms(page.atlas.p99),
		String(page.atlas.errors),
		count(page.nginx.perSecond),
		Number.isFinite(ratio(page)) ? `1/${ratio(page) < 10 ? ratio(page).toFixed(1) : Math.round(ratio(page))}` : '–',
	])
	return markdownTable(
		['page', 'HTML bytes', 'Atlas req/s', 'p50', 'p95', 'p99', 'errors', 'nginx req/s', 'Atlas / nginx'],
		rows,
	)
}

function judge(pages: Measured[]) {
	const missing = (pick: (page: Measured) => boolean) => pages.filter(pick).map(nameOf)
	const healthz = pages.find((page) => page.path === '/healthz')
	const verdicts = [
		{
			budget: `every page p95 < ${budgets.p95Ms} ms with no errors`,
			missedBy: missing((page) => !(page.atlas.p95 < budgets.p95Ms) || page.atlas.errors > 0),
		},
		{
			budget: `every page at least 1/${budgets.nginxShare} of nginx`,
			missedBy: missing((page) => !(ratio(page) <= budgets.nginxShare)),
		},
		{
			budget: `/healthz at least ${count(budgets.healthzPerSecond)} req/s`,
			missedBy: healthz && healthz.atlas.perSecond >= budgets.healthzPerSecond ? [] : ['`/healthz`'],
		},
		{
			budget: `HTML of every public page under ${count(budgets.publicHtmlBytes)} bytes`,
			missedBy: missing((page) => page.public && page.bytes >= budgets.publicHtmlBytes),
		},
	]
	return verdicts.map((verdict) => ({ ...verdict, met: verdict.missedBy.length === 0 }))
}

async function main() {
	const options = readOptions()
	if (!fs.existsSync(nginxBinary)) throw new Error('nginx is not installed: apt-get install -y nginx-light')
	if (options.build) await buildAtlas()

	const work = temporaryFolder('bench-work', cleanups)
	const port = await freePort()
	const base = `http://127.0.0.1:${port}`
	const logFile = path.join(work, 'atlas.log')
	progress(`Starting Atlas on ${base} with a fresh demo database…`)
	const atlas = startAtlas(port, temporaryFolder('bench-data', cleanups), logFile)
	cleanups.push(() => stop(atlas, 'SIGTERM'))
	await waitForHealth(base, atlas, logFile)
	const processes = processesNamedIn(logFile)
	if (processes) progress(`Atlas says it runs ${processes} processes.`)

	const captured: Captured[] = []
	for (const page of await pagesToMeasure(base)) captured.push(await capture(base, page, captured.length, work))
	const nginx = await startNginx(work, captured, cleanups)

	const measured: Measured[] = []
	for (const [index, page] of captured.entries()) {
		progress(`Measuring ${nameOf(page)} for ${options.duration} s on Atlas, then on nginx…`)
		const headers = headersFor(page)
		const atlasLoad = await load(`${base}${page.path}`, headers, options.duration, options.connections)
		if (atlas.exitCode !== null || atlas.signalCode !== null) {
			throw new Error(`Atlas stopped while ${nameOf(page)} was measured:\n${tail(logFile)}`)
		}
		const nginxLoad = await load(`${nginx}/${index}`, headers, options.duration, options.connections)
		progress(
			`  Atlas ${count(atlasLoad.perSecond)} req/s, p95 ${ms(atlasLoad.p95)}, answers ${JSON.stringify(atlasLoad.statuses)}, ${atlasLoad.errors} errors; nginx ${count(nginxLoad.perSecond)} req/s`,
		)
		measured.push({ ...page, atlas: atlasLoad, nginx: nginxLoad })
	}

	const verdicts = judge(measured)
	console.log(table(measured))
	console.log('\nBudgets:')
	for (const { budget, met, missedBy } of verdicts) {
		console.log(`- ${budget}: ${met ? 'met' : `missed by ${missedBy.join(', ')}`}`)
	}
	const file = saveResults('pages', {
		measuredAt: new Date().toISOString(),
		commit: commitMeasured(),
		node: process.version,
		cores: os.availableParallelism(),
		processes: processes ? Number(processes) : null,
		durationSeconds: options.duration,
		connections: options.connections,
		pages: measured.map(({ cookie: _cookie, file: _file, ...page }) => page),
		budgets: verdicts,
	})
	progress(`Results saved in ${path.relative(root, file)}.`)
}

await runBenchmark(main, cleanups, 'Interrupted: stopping Atlas and nginx…')
