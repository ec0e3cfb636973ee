// Audits Atlas's main pages with Lighthouse as a phone on a slow network would see them, against budgets.
// Usage: npm run audit:lighthouse [-- --no-build --data-dir DIR --runs 3 --reports DIR]
// Builds Atlas (unless --no-build), starts it in production on a fresh demo database (or on DIR, e.g. the scale
// dataset of `npm run scale-data`), then runs Lighthouse's default mobile audit (simulated throttling) on each page,
// one at a time, in headless Chromium (/usr/bin/chromium, or CHROME_PATH), and keeps each page's median run.
// Progress goes to stderr; the Markdown table, the budgets and the failing audits go to stdout, and the figures to
// bench/results/lighthouse-<date>.json. --reports DIR also keeps each page's whole Lighthouse report there.
// Exits 1 when a budget is missed or a page does not load.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import { linksMatching, officersLesson } from './bench/html.ts'
import { commitMeasured, saveResults } from './bench/load.ts'
import { markdownTable } from './bench/markdown.ts'
import {
	buildAtlas,
	demoPassword,
	freePort,
	getHtml,
	progress,
	root,
	runBenchmark,
	temporaryFolder,
	signIn,
	startAtlas,
	stop,
	waitForHealth,
} from './bench/server.ts'
import { readManifest, type ScaleManifest } from './scale/folder.ts'

const demoOfficer = 'officer@atlas.example'
const categories = ['performance', 'accessibility', 'best-practices'] as const
type Category = (typeof categories)[number]
// Lighthouse scores out of 100; accessibility has no leeway, since a missed check there is a person locked out.
const budgets: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 95 }
const categoryNames: Record<Category, string> = {
	performance: 'performance',
	accessibility: 'accessibility',
	'best-practices': 'best practices',
}
// Root cannot run Chromium's sandbox; headless needs no GPU.
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu']

type Page = { label: string; path: string; cookie?: string }
type FailingAudit = { id: string; title: string; score: number | null; displayValue?: string }
type Audited = Page & {
	scores: Record<Category, number | null>
	lcpMs: number | null
	tbtMs: number | null
	cls: number | null
	transferredBytes: number | null
	jsTransferredBytes: number | null
	runs?: (number | null)[]
	benchmarkIndex?: number
	missed: { category: Category; score: number | null; budget: number; audits: FailingAudit[] }[]
}
type Failed = Page & { error: string }

/** What a scale dataset's manifest tells us; the demo's folder has none. */
const cleanups: (() => Promise<void> | void)[] = []

function readOptions() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			'data-dir': { type: 'string' },
			reports: { type: 'string' },
			runs: { type: 'string', default: '3' },
		},
	})
	const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : null
	if (dataDir && !fs.existsSync(path.join(dataDir, 'atlas.db'))) {
		throw new Error(`${dataDir} holds no atlas.db: --data-dir takes an existing Atlas data folder.`)
	}
	const reports = values.reports ? path.resolve(values.reports) : null
	const runs = Number(values.runs)
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number (>= 1).')
	return { build: !values['no-build'], dataDir, reports, runs }
}

/** The pages audited, with concrete slugs found on the running Atlas (or named by the scale dataset's manifest). */
async function pagesToAudit(base: string, manifest: ScaleManifest | null): Promise<Page[]> {
	const courses = linksMatching(await getHtml(`${base}/en/courses`), /^\/en\/courses\/[^/?#]+$/)
	if (!courses[0]) throw new Error('No course is listed on /en/courses.')
	const accounts = manifest?.landmarks.accounts
	const officer = accounts?.officer.email ?? demoOfficer
	progress(`Signing in ${officer}…`)
	const cookie = await signIn(base, officer, { password: accounts?.password ?? demoPassword })
	const lesson = manifest?.landmarks.lesson ?? (await officersLesson(base, cookie, courses))
	// The scale dataset has laws for its own 60 countries, and names four of them.
	const compare = manifest?.landmarks.compare ?? '/en/laws/compare?countries=FR,ES,DE,IT'
	return [
		{ label: 'home', path: '/en' },
		{ label: 'catalogue', path: '/en/courses' },
		{ label: 'a course', path: courses[0] },
		{ label: 'a lesson, officer', path: lesson, cookie },
		{ label: 'search', path: '/en/search?q=trafficking' },
		{ label: 'laws compared', path: compare },
		{ label: 'programmes', path: '/en/programmes' },
	]
}

/** What the page's scripts cost over the network: Lighthouse's own list of requests, scripts only. */
function scriptBytes(lhr: Result) {
	const details = lhr.audits['network-requests']?.details
	if (details?.type !== 'table') return null
	return details.items
		.filter((item) => item.resourceType === 'Script')
		.reduce((sum, item) => sum + (typeof item.transferSize === 'number' ? item.transferSize : 0), 0)
}

/**
 * The category's checks that did not pass, so a missed budget says what to fix: a pass/fail check that failed, a
 * scored one below Lighthouse's own "good" line (0.9, below which its report shows it in orange or red).
 */
function failingAudits(lhr: Result, category: Category): FailingAudit[] {
	const failing = (audit: Result['audits'][string]) => {
		if (audit.score === null) return false
		if (audit.scoreDisplayMode === 'binary') return audit.score < 1
		return ['numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score < 0.9
	}
	return lhr.categories[category]!.auditRefs.map((ref) => lhr.audits[ref.id]!)
		.filter(failing)
		.map(({ id, title, score, displayValue }) => ({ id, title, score, displayValue }))
}

function summarise(page: Page, lhr: Result): Audited {
	const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null
	const scores = Object.fromEntries(
		categories.map((category) => {
			const score = lhr.categories[category]?.score
			return [category, typeof score === 'number' ? Math.round(score * 100) : null]
		}),
	) as Record<Category, number | null>
	const missed = categories
		.filter((category) => scores[category] === null || scores[category]! < budgets[category])
		.map((category) => ({
			category,
			score: scores[category],
			budget: budgets[category],
			audits: failingAudits(lhr, category),
		}))
	return {
		...page,
		scores,
		lcpMs: numeric('largest-contentful-paint'),
		tbtMs: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		transferredBytes: numeric('total-byte-weight'),
		jsTransferredBytes: scriptBytes(lhr),
		missed,
	}
}

/** One Lighthouse run on the page, checked: it loaded, and it is the page asked for. */
async function runLighthouse(chrome: LaunchedChrome, base: string, page: Page) {
	const flags: Flags = {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...categories],
		...(page.cookie ? { extraHeaders: { cookie: page.cookie } } : {}),
	}
	const result = await lighthouse(`${base}${page.path}`, flags)
	if (!result) throw new Error('Lighthouse gave no result.')
	const { lhr } = result
	for (const warning of lhr.runWarnings) progress(`  Lighthouse warns: ${warning}`)
	if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
	// A lost session would audit the sign-in page instead, and its scores would look fine.
	const landed = new URL(lhr.finalDisplayedUrl)
	if (`${landed.pathname}${landed.search}` !== page.path) throw new Error(`Lighthouse landed on ${landed.href}.`)
	return { lhr, report: result.report as string }
}

/**
 * The page's median run by performance score. Simulated throttling multiplies the CPU time this machine took by
 * four, so a busy moment on a small machine moves one run's score by ten points or more; the median of a few does not.
 */
async function audit(chrome: LaunchedChrome, base: string, page: Page, runs: number, reports: string | null) {
	// A first render warms the route's code and Atlas's caches: a cold start is not what a visitor sees.
	for (let warm = 0; warm < 3; warm++) await getHtml(`${base}${page.path}`, page.cookie)
	const results = []
	for (let run = 0; run < runs; run++) {
		// Lighthouse 12 now and then fails to find the navigation in a newer Chromium's trace (NO_NAVSTART): once more.
		const result = await runLighthouse(chrome, base, page).catch((error: unknown) => {
			progress(`  run ${run + 1} failed (${error instanceof Error ? error.message : error}), trying again`)
			return runLighthouse(chrome, base, page)
		})
		progress(`  run ${run + 1}: performance ${score(performanceOf(result.lhr))}`)
		results.push(result)
	}
	results.sort((a, b) => (performanceOf(a.lhr) ?? -1) - (performanceOf(b.lhr) ?? -1))
	const { lhr, report } = results[Math.floor(results.length / 2)]!
	if (reports) {
		fs.mkdirSync(reports, { recursive: true })
		// The whole report, to open in https://googlechrome.github.io/lighthouse/viewer/ and see why.
		fs.writeFileSync(path.join(reports, `${page.label.replace(/[^a-z]+/gi, '-')}.json`), report)
	}
	return {
		audited: {
			...summarise(page, lhr),
			runs: results.map((result) => performanceOf(result.lhr)),
			benchmarkIndex: lhr.environment.benchmarkIndex,
		},
		// Lighthouse 12 reads a newer Chromium's trace only in part: some diagnostics fail, the scores do not.
		notRun: Object.values(lhr.audits)
			.filter((one) => one.scoreDisplayMode === 'error')
			.map((one) => one.id),
		lighthouse: lhr.lighthouseVersion,
		browser: lhr.environment.hostUserAgent,
		// Simulated throttling scales the CPU time this machine took: a busy or slow machine scores lower.
		benchmarkIndex: lhr.environment.benchmarkIndex,
	}
}

const performanceOf = (lhr: Result) => {
	const value = lhr.categories.performance?.score
	return typeof value === 'number' ? Math.round(value * 100) : null
}
const score = (value: number | null) => (value === null ? '–' : String(value))
const milliseconds = (value: number | null) => (value === null ? '–' : `${Math.round(value).toLocaleString('en')} ms`)
const kilobytes = (value: number | null) => (value === null ? '–' : `${(value / 1024).toFixed(1)} KiB`)
const nameOf = (page: Page) => `${page.label} (\`${page.path}\`)`

function table(pages: Audited[]) {
	const rows = pages.map((page) => [
		nameOf(page),
		...categories.map((category) => score(page.scores[category])),
		milliseconds(page.lcpMs),
		milliseconds(page.tbtMs),
		page.cls === null ? '–' : page.cls.toFixed(3),
		kilobytes(page.transferredBytes),
		kilobytes(page.jsTransferredBytes),
	])
	return markdownTable(
		['page', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS', 'transferred', 'JS transferred'],
		rows,
	)
}

function report(audited: Audited[], failed: Failed[]) {
	console.log(table(audited))
	const budgetLine = categories
		.map((category) => `${categoryNames[category]} ${budgets[category] === 100 ? '=' : '≥'} ${budgets[category]}`)
		.join(', ')
	console.log(`\nBudgets on every page: ${budgetLine}.`)
	const missed = audited.flatMap((page) => page.missed.map((miss) => ({ page, ...miss })))
	if (!missed.length && !failed.length) console.log('All met.')
	for (const { page, category, score: got, budget, audits } of missed) {
		console.log(`\n${nameOf(page)}: ${categoryNames[category]} ${score(got)}, budget ${budget}. Failing audits:`)
		for (const audit of audits) {
			const value = audit.displayValue ? ` (${audit.displayValue})` : ''
			console.log(`- \`${audit.id}\`: ${audit.title}${value}`)
		}
	}
	for (const page of failed) console.log(`\n${nameOf(page)} did not load: ${page.error}`)
	return missed.length + failed.length
}

async function main() {
	const options = readOptions()
	if (options.build) await buildAtlas()
	const manifest = options.dataDir ? readManifest(options.dataDir) : null

	const work = temporaryFolder('lighthouse-work', cleanups)
	const port = await freePort()
	const base = `http://127.0.0.1:${port}`
	const logFile = path.join(work, 'atlas.log')
	progress(`Starting Atlas on ${base} with ${options.dataDir ?? 'a fresh demo database'}…`)
	const atlas = startAtlas(port, options.dataDir ?? temporaryFolder('lighthouse-data', cleanups), logFile)
	cleanups.push(() => stop(atlas, 'SIGTERM'))
	await waitForHealth(base, atlas, logFile)
	const pages = await pagesToAudit(base, manifest)

	const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'
	progress(`Starting ${chromePath}…`)
	const chrome = await launch({ chromePath, chromeFlags, logLevel: 'silent' })
	cleanups.push(() => chrome.kill())

	const audited: Audited[] = []
	const failed: Failed[] = []
	let measuredWith: { lighthouse: string; browser: string; benchmarkIndex: number } | null = null
	const notRun = new Set<string>()
	for (const page of pages) {
		progress(`Auditing ${nameOf(page)}, ${options.runs} run(s)…`)
		try {
			const {
				audited: result,
				notRun: skipped,
				...tools
			} = await audit(chrome, base, page, options.runs, options.reports)
			audited.push(result)
			for (const id of skipped) notRun.add(id)
			measuredWith = tools
			const scores = categories.map((category) => `${categoryNames[category]} ${score(result.scores[category])}`)
			progress(`  ${scores.join(', ')}`)
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error)
			progress(`  failed: ${message}`)
			failed.push({ ...page, error: message })
		}
	}

	if (notRun.size)
		progress(`Lighthouse could not run these diagnostics (no score depends on them): ${[...notRun].join(', ')}.`)
	const problems = report(audited, failed)
	const file = saveResults('lighthouse', {
		measuredAt: new Date().toISOString(),
		commit: commitMeasured(),
		node: process.version,
		cores: os.availableParallelism(),
		lighthouse: measuredWith?.lighthouse ?? null,
		browser: measuredWith?.browser ?? null,
		benchmarkIndex: measuredWith?.benchmarkIndex ?? null,
		loadAverage: os.loadavg()[0],
		dataDir: options.dataDir,
		runs: options.runs,
		budgets,
		auditsNotRun: [...notRun],
		pages: audited.map(({ cookie: _cookie, ...page }) => page),
		failed: failed.map(({ cookie: _cookie, ...page }) => page),
	})
	progress(`Results saved in ${path.relative(root, file)}.`)
	if (problems) process.exitCode = 1
}

await runBenchmark(main, cleanups, 'Interrupted: stopping Chromium and Atlas…')
