/** The whole-site benchmark's summary in Markdown, and its budgets (issue 22) judged from the figures. */
import { type Load } from './load.ts'
import { markdownTable } from './markdown.ts'
import { type PageWeight } from './page-weight.ts'
import { type MemoryPeak } from './rss.ts'
import { type SitePage } from './site-pages.ts'

export const budgets = {
	p95Ms: 50,
	atConnections: 16,
	nginxShare: 20,
	rssBytes: 300 * 1024 ** 2,
	firstAnswerMs: 3_000,
	scriptBytes: 150 * 1024,
}

export type PageRun = { connections: number; atlas: Load; nginx: Load }
export type PageResult = Omit<SitePage, 'cookie'> & { weight: PageWeight; runs: PageRun[] }
export type SiteFigures = {
	start: { healthzMs: number; firstPageMs: number }
	pages: PageResult[]
	weighedOnly: (Omit<SitePage, 'cookie'> & { weight: PageWeight })[]
	memory: MemoryPeak
}
export type Verdict = { budget: string; met: boolean; detail: string }

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}` : '–')
const whole = (value: number) => Math.round(value).toLocaleString('en')
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`
const nameOf = (page: { label: string; reader: string }) => `${page.label} (${page.reader})`
const ratio = (run: PageRun) => run.nginx.perSecond / run.atlas.perSecond
const share = (run: PageRun) => (Number.isFinite(ratio(run)) ? `1/${ratio(run).toFixed(ratio(run) < 10 ? 1 : 0)}` : '–')

export function pagesTable(pages: PageResult[]) {
	const rows = pages.flatMap((page) =>
		page.runs.map((run) => [
			run.connections === page.runs[0]!.connections ? nameOf(page) : '',
			run.connections,
			whole(run.atlas.perSecond),
			ms(run.atlas.p50),
			ms(run.atlas.p95),
			ms(run.atlas.p99),
			run.atlas.errors,
			whole(run.nginx.perSecond),
			share(run),
		]),
	)
	return markdownTable(
		['page (reader)', 'connections', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'nginx req/s', 'Atlas / nginx'],
		rows,
	)
}

export function weightTable(pages: { label: string; reader: string; weight: PageWeight; survivor?: boolean }[]) {
	const rows = pages.map((page) => [
		`${nameOf(page)}${page.survivor ? ', survivor page' : ''}`,
		kB(page.weight.htmlBytes),
		page.weight.files.length,
		kB(page.weight.compressedBytes),
		kB(page.weight.uncompressedBytes),
		`${page.weight.inlineScripts} (${kB(page.weight.inlineScriptBytes)})`,
	])
	return markdownTable(['page (reader)', 'HTML', 'JS files', 'JS gzip', 'JS as is', 'inline scripts'], rows)
}

export function judge(figures: SiteFigures): Verdict[] {
	const at = (page: PageResult) => page.runs.find((run) => run.connections === budgets.atConnections)
	const slow = figures.pages.filter((page) => {
		const run = at(page)
		return !run || !(run.atlas.p95 < budgets.p95Ms) || run.atlas.errors > 0
	})
	const behind = figures.pages.filter((page) => {
		const run = at(page)
		return !run || !(ratio(run) <= budgets.nginxShare)
	})
	const weighed = [...figures.pages, ...figures.weighedOnly]
	const heavy = weighed.filter((page) => page.weight.compressedBytes > budgets.scriptBytes)
	const scripted = weighed.filter((page) => page.survivor && (page.weight.files.length || !page.weight.quickExitOnly))
	const list = (pages: { label: string; reader: string }[]) => pages.map(nameOf).join('; ')
	const worst = Math.max(...figures.pages.map((page) => at(page)?.atlas.p95 ?? Number.POSITIVE_INFINITY))
	const heaviest = Math.max(...weighed.map((page) => page.weight.compressedBytes))
	return [
		{
			budget: `every page at ${budgets.atConnections} connections: p95 under ${budgets.p95Ms} ms, no errors`,
			met: slow.length === 0,
			detail: slow.length ? `missed by ${list(slow)}` : `slowest p95 ${ms(worst)} ms`,
		},
		{
			budget: `every page at least 1/${budgets.nginxShare} of nginx serving the same bytes (at ${budgets.atConnections})`,
			met: behind.length === 0,
			detail: behind.length ? `missed by ${list(behind)}` : 'met by every page',
		},
		{
			budget: `server memory (RSS) under ${mb(budgets.rssBytes)} under load`,
			met: figures.memory.largestProcessBytes < budgets.rssBytes,
			detail: `largest process ${mb(figures.memory.largestProcessBytes)}; all of Atlas's processes together ${mb(figures.memory.allProcessesBytes)}`,
		},
		{
			budget: `first request answered under ${budgets.firstAnswerMs / 1000} s after start`,
			met: figures.start.healthzMs < budgets.firstAnswerMs,
			detail: `/healthz after ${(figures.start.healthzMs / 1000).toFixed(2)} s, the home page after ${(figures.start.firstPageMs / 1000).toFixed(2)} s`,
		},
		{
			budget: `JavaScript on first load at most ${kB(budgets.scriptBytes)} compressed on any page`,
			met: heavy.length === 0,
			detail: heavy.length ? `missed by ${list(heavy)}` : `heaviest ${kB(heaviest)}`,
		},
		{
			budget: 'no JavaScript on survivor pages',
			met: scripted.length === 0,
			detail: scripted.length
				? `missed by ${list(scripted)}`
				: 'no script file on any survivor page weighed; the one inline script is the quick exit (docs/survivor-safety.md)',
		},
	]
}

export function verdictLines(verdicts: Verdict[]) {
	return verdicts.map(({ budget, met, detail }) => `- ${met ? 'met' : '**missed**'}: ${budget} (${detail})`).join('\n')
}
