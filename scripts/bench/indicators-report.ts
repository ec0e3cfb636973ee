/** bench:indicators' report: Markdown tables for stdout. */
import { type IndicatorsData } from './indicators-data.ts'
import { type CaseResult, type countRows, type Timed } from './indicators-measure.ts'

const count = (value: number) => Math.round(value).toLocaleString('en')
const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`)
const seconds = (value: number) => `${value.toFixed(1)} s`
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export function dataTable(data: IndicatorsData, generateSeconds: number | null) {
	const rows = Object.entries(data.rows).map(([table, rows]) => `| ${table} | ${count(rows)} |`)
	const parts = Object.entries(data.seconds).map(([part, time]) => `${part} ${seconds(time)}`)
	const made = generateSeconds === null ? 'made by an earlier run (--data-dir)' : `made in ${seconds(generateSeconds)}`
	return [
		`Dataset (seed ${data.options.seed}, dates counted back from ${data.options.now}), ${made}: ${parts.join('; ')}.`,
		`The database is ${megabytes(data.databaseBytes)}; the generator's peak RSS was ${megabytes(data.peakRssBytes)}.`,
		'',
		'| table | rows |',
		'|---|--:|',
		...rows,
	].join('\n')
}

export function rollUpTable(recount: Timed, rollUp: Timed, counts: ReturnType<typeof countRows>) {
	const kinds = counts.byKind
		.map((row) => `${row.kind}${row.breakdown ? ' by breakdown' : ''} ${count(row.rows)}`)
		.join(', ')
	const top = counts.bySeries
		.slice(0, 6)
		.map((row) => `${row.series} ${count(row.rows)}`)
		.join(', ')
	return [
		'| roll-up | time | series-months |',
		'|---|--:|--:|',
		`| full recount (a first start, \`npm run indicators:recount\`) | ${seconds(recount.seconds)} | ${count(recount.months)} |`,
		`| the hourly chore after it (\`rollUpIndicators\`) | ${seconds(rollUp.seconds)} | ${count(rollUp.months)} |`,
		'',
		`indicator_counts: ${count(counts.total)} rows (${kinds}). Most rows: ${top}.`,
	].join('\n')
}

const timing = (value: number | null) => (value === null ? '–' : ms(value))

export function casesTable(results: CaseResult[], repeat: number, limit: number) {
	const rows = results.map((result) => {
		const query = result.query ? `\`${result.query}\`` : 'default'
		const hidden = result.hidden ? ` (${count(result.hidden)} hidden)` : ''
		const size = result.bytes ? `, ${count(result.bytes / 1024)} KB` : ''
		const figures = result.figures === null ? '–' : `${count(result.figures)}${hidden}${size}`
		const first =
			result.status === 'measured' || result.firstMs !== null
				? timing(result.firstMs)
				: result.status === 'over-limit'
					? `over ${limit} s`
					: 'failed'
		const warm =
			result.status === 'measured'
				? [timing(result.medianMs), timing(result.p95Ms)]
				: [result.status === 'over-limit' ? `over ${limit} s in all` : 'failed', '–']
		return `| ${result.view} | ${result.reader} | ${query} | ${first} | ${warm.join(' | ')} | ${figures} |`
	})
	return [
		`| view | reader | query | first call, tables solved | median of ${repeat} | p95 of ${repeat} | figures |`,
		'|---|---|---|--:|--:|--:|--:|',
		...rows,
	].join('\n')
}
