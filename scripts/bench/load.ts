/** Load with autocannon, percentiles, and the results file: what every benchmark script reports with. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { root } from './server.ts'

// autocannon publishes no types (and @types/autocannon is not installed): these are the parts used here.
type AutocannonResult = {
	requests: { average: number }
	errors: number
	timeouts: number
	non2xx: number
	statusCodeStats: Record<string, { count: number }>
}
type AutocannonRun = Promise<AutocannonResult> & {
	on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void
}
type Autocannon = (options: {
	url: string
	connections: number
	pipelining: number
	duration: number
	headers: Record<string, string>
	warmup: { connections: number; duration: number }
}) => AutocannonRun
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

export type Load = {
	perSecond: number
	p50: number
	p95: number
	p99: number
	errors: number
	statuses: Record<string, number>
}

/** The value below which that share of the sorted values lie (nearest rank). */
export function percentile(sorted: number[], share: number) {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]! : Number.NaN
}

/**
 * autocannon's own percentiles skip p95, so every response time is kept and read here. A second of load comes first,
 * not counted: Node optimises each route's code over its first requests, and a cold start is not what we measure.
 */
export async function load(
	url: string,
	headers: Record<string, string>,
	duration: number,
	connections: number,
): Promise<Load> {
	const times: number[] = []
	const warmup = { connections, duration: 1 }
	const running = autocannon({ url, connections, pipelining: 1, duration, headers, warmup })
	running.on('response', (_client, _status, _bytes, ms) => times.push(ms))
	const result = await running
	times.sort((a, b) => a - b)
	const at = (share: number) => Math.round(percentile(times, share) * 100) / 100
	return {
		perSecond: result.requests.average,
		p50: at(0.5),
		p95: at(0.95),
		p99: at(0.99),
		errors: result.non2xx + result.errors + result.timeouts,
		statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count])),
	}
}

export function commitMeasured() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
	} catch {
		return null
	}
}

/** Saves the figures as bench/results/<name>-<date and time>.json (a folder git ignores) and answers its path. */
export function saveResults(name: string, report: object) {
	const folder = path.join(root, 'bench/results')
	fs.mkdirSync(folder, { recursive: true })
	// Colons are not allowed in file names everywhere.
	const stamp = new Date()
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replaceAll(':', '-')
	const file = path.join(folder, `${name}-${stamp}.json`)
	fs.writeFileSync(file, `${JSON.stringify(report, null, '\t')}\n`)
	return file
}
