/** bench:search's report: Markdown tables for stdout and the budgets of issue 17, each met or missed. */
import { type Library } from './library-generator.ts'
import { type CaseResult, type Freshness, type Indexing } from './search-measure.ts'
import { type PageResult } from './search-pages.ts'

/** At 100,000 documents on the 2-core machine. */
export const budgets = {
	everyCaseP95Ms: 50,
	selectiveAndBrowsingP95Ms: 15,
	indexingSecondsAt100k: 120,
	libraryPageP95Ms: 60,
}
export const budgetDocuments = 100_000

const count = (value: number) => Math.round(value).toLocaleString('en')
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–')
const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const budgetOf = (result: CaseResult) => (result.strict ? budgets.selectiveAndBrowsingP95Ms : budgets.everyCaseP95Ms)

export function casesTable(results: CaseResult[]) {
	const rows = results.map((result) => {
		const budget = budgetOf(result)
		const verdict = result.p95 < budget ? 'met' : 'missed'
		const found = `${count(result.found)} (${share(result.found, result.queries)})`
		return `| ${result.label} | ${count(result.queries)} | ${found} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | < ${budget} ms: ${verdict} |`
	})
	return [
		'| case | queries | found something | p50 | p95 | p99 | p95 budget |',
		'|---|--:|--:|--:|--:|--:|---|',
		...rows,
	].join('\n')
}

export function libraryTable(library: Library, indexing: Indexing, freshness: Freshness) {
	const { database, wal } = indexing.databaseBytes
	const rows = [
		[
			'items indexed',
			`${count(indexing.items)} (${count(library.documents)} documents, ${count(library.courses)} courses, ${count(library.programmes)} programmes) in ${count(indexing.entries)} language entries`,
		],
		['distinct words', count(indexing.distinctWords)],
		[
			'time to index',
			`${indexing.indexSeconds.toFixed(1)} s (${count(indexing.itemsPerSecond)} items/s; generating the text took ${indexing.generateSeconds.toFixed(1)} s more, not counted)`,
		],
		['database size', `${megabytes(database + wal)} (atlas.db ${megabytes(database)} + WAL ${megabytes(wal)})`],
		[
			'a change visible in results',
			`median ${ms(freshness.p50)}, max ${ms(freshness.max)} (${freshness.seen} of ${freshness.changes} changes seen)`,
		],
	]
	return ['| measure | value |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n')
}

export function pagesTable(pages: PageResult[]) {
	const rows = pages.map(
		({ label, path, reader, load }) =>
			`| ${label} \`${path}\` | ${reader} | ${count(load.perSecond)} | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${load.errors} |`,
	)
	return ['| page | reader | req/s | p50 | p95 | p99 | errors |', '|---|---|--:|--:|--:|--:|--:|', ...rows].join('\n')
}

export type Verdict = { budget: string; met: boolean | null; detail: string }

export function judge(
	library: Library,
	results: CaseResult[],
	indexing: Indexing,
	pages: PageResult[] | null,
): Verdict[] {
	const missedBy = (misses: CaseResult[]) => misses.map((result) => `${result.label} (${ms(result.p95)})`).join(', ')
	const slow = results.filter((result) => !(result.p95 < budgets.everyCaseP95Ms))
	const slowStrict = results.filter((result) => result.strict && !(result.p95 < budgets.selectiveAndBrowsingP95Ms))
	const projected = indexing.indexSeconds * (budgetDocuments / library.documents)
	const libraryPages = pages?.filter((page) => page.path === '/en/library') ?? []
	const slowPages = libraryPages.filter((page) => !(page.load.p95 < budgets.libraryPageP95Ms) || page.load.errors > 0)
	return [
		{
			budget: `every case p95 < ${budgets.everyCaseP95Ms} ms`,
			met: slow.length === 0,
			detail: slow.length ? `missed by ${missedBy(slow)}` : 'met',
		},
		{
			budget: `selective queries and browsing p95 < ${budgets.selectiveAndBrowsingP95Ms} ms`,
			met: slowStrict.length === 0,
			detail: slowStrict.length ? `missed by ${missedBy(slowStrict)}` : 'met',
		},
		{
			budget: `indexing ${count(budgetDocuments)} documents < ${budgets.indexingSecondsAt100k / 60} min`,
			met: projected < budgets.indexingSecondsAt100k,
			detail: `${projected < budgets.indexingSecondsAt100k ? 'met' : 'missed'}: ${count(budgetDocuments)} documents at this run's rate take ${projected.toFixed(0)} s`,
		},
		{
			budget: `the library page over HTTP at 16 connections p95 < ${budgets.libraryPageP95Ms} ms`,
			met: pages ? slowPages.length === 0 : null,
			detail: !pages
				? 'not measured (add --pages)'
				: slowPages.length
					? `missed: ${slowPages.map((page) => `${page.reader} ${ms(page.load.p95)}, ${page.load.errors} errors`).join('; ')}`
					: 'met',
		},
	]
}

export function budgetLines(library: Library, verdicts: Verdict[]) {
	const lines = verdicts.map(({ budget, detail }) => `- ${budget}: ${detail}`)
	if (library.documents !== budgetDocuments) {
		lines.push(
			`\nThe budgets hold at ${count(budgetDocuments)} documents; this run has ${count(library.documents)}, so its verdicts only point the way.`,
		)
	}
	return lines.join('\n')
}
