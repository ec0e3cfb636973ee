/**
 * bench:indicators' measurements against the database DATA_DIR names: the full recount and the hourly roll-up in
 * this process, and each indicator view called as its route's loader calls it (the reader and the filters read from
 * the address, then the module's view) in a worker thread of its own: its first call, which solves its tables as the
 * first call after a roll-up does, then again and again.
 */
import { Worker } from 'node:worker_threads'
import { sql } from 'drizzle-orm'
import { getDb } from '#app/db/client.server.ts'
import { indicatorCounts } from '#app/db/schema/index.ts'
import { dashboardView, type ViewRequest } from '#app/modules/indicators/dashboard.server.ts'
import { exportView } from '#app/modules/indicators/exports.server.ts'
import { indicatorFilterFrom, viewerOf } from '#app/modules/indicators/filters.ts'
import { indicatorPageView } from '#app/modules/indicators/indicator-page.server.ts'
import { currentYear, type Period } from '#app/modules/indicators/months.ts'
import { reviewPeriodByDefault, reviewView } from '#app/modules/indicators/review.server.ts'
import { recountIndicators, rollUpIndicators } from '#app/modules/indicators/rollup.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type Outcome } from '#app/platform/outcome.ts'
import { percentile } from './load.ts'
import { type IndicatorsData } from './indicators-data.ts'

export type Reader = 'visitor' | 'organisation admin' | 'coordinator'

export type Timed = { seconds: number; months: number }

export type CaseResult = {
	view: string
	reader: Reader
	/** The address's query, as a reader would have asked. */
	query: string
	/** 'over-limit': abandoned once it had run `limitSeconds`; 'failed': it threw. */
	status: 'measured' | 'over-limit' | 'failed'
	error?: string
	/** The warm-up call, on another year's tables. */
	warmUpMs: number | null
	firstMs: number | null
	medianMs: number | null
	p95Ms: number | null
	calls: number
	/** Figures the answer holds, and how many of them are hidden from this reader. */
	figures: number | null
	hidden: number | null
	/** The CSV's size, for an export. */
	bytes?: number
}

async function timedAsync(work: () => Promise<{ months: number }>): Promise<Timed> {
	const started = performance.now()
	const { months } = await work()
	return { seconds: (performance.now() - started) / 1000, months }
}

/** `npm run indicators:recount`, or a first start: every series counted over its 36 months. */
export const measureRecount = (now: Date) => timedAsync(() => recountIndicators({ now }))

/** The hourly chore: each series' last month and the current one counted again. */
export const measureRollUp = (now: Date) => timedAsync(() => rollUpIndicators({ now }))

/** What the roll-up keeps: rows in all, per series, and by what a row is counted for. */
export function countRows() {
	const db = getDb()
	const bySeries = db
		.select({ series: indicatorCounts.series, rows: sql<number>`count(*)` })
		.from(indicatorCounts)
		.groupBy(indicatorCounts.series)
		.orderBy(sql`count(*) desc`)
		.all()
	const byKind = db
		.select({
			kind: sql<string>`case when ${indicatorCounts.organisationId} != '' then 'organisation' when ${indicatorCounts.place} = '' then 'world' when ${indicatorCounts.place} like 'region:%' then 'region' else 'country' end`,
			breakdown: sql<number>`${indicatorCounts.breakdown} != ''`,
			rows: sql<number>`count(*)`,
		})
		.from(indicatorCounts)
		.groupBy(sql`1, 2`)
		.all()
	return { total: bySeries.reduce((sum, row) => sum + row.rows, 0), bySeries, byKind }
}

export type ViewCase = {
	view: string
	reader: Reader
	query: string
	defaultPeriod: (now: Date) => Period
	run: (request: ViewRequest) => Outcome<string, { view: object }> | { ok: true; view: object; csv: string }
}

/** The reader as the session would give them: none, an admin of the largest organisation, a coordinator. */
function actorOf(reader: Reader, organisationId: string): Actor | null {
	if (reader === 'visitor') return null
	return { id: 'bench-reader', roles: [reader === 'coordinator' ? 'platform_admin' : 'org_admin'], organisationId }
}

/** As `viewInput` reads a request: the reader, then the period and place from the address. */
function requestOf(one: ViewCase, organisationId: string, now: Date): ViewRequest {
	const query = new URLSearchParams(one.query)
	const viewer = viewerOf(actorOf(one.reader, organisationId), query.get('organisation'))
	if (!viewer.ok) throw new Error(`${one.view} ${one.query}: the reader was refused (${viewer.reason}).`)
	const filter = indicatorFilterFrom(query, one.defaultPeriod(now))
	if (!filter.ok) throw new Error(`${one.view} ${one.query}: the filter was refused (${filter.reason}).`)
	return { filter: filter.filter, viewer: viewer.viewer, now, language: 'en' }
}

const readers: Reader[] = ['visitor', 'organisation admin', 'coordinator']

/** The views the issue asks about, for the dataset's busiest country and region and its largest organisation. */
export function viewCases(landmarks: IndicatorsData['landmarks'], now: Date): ViewCase[] {
	const lastQuarter = reviewPeriodByDefault(now).id
	const dashboard = (reader: Reader, query: string): ViewCase => ({
		view: 'dashboard',
		reader,
		query,
		defaultPeriod: currentYear,
		run: (request) => dashboardView(request, { view: 'dashboard' }),
	})
	const page = (id: string, reader: Reader): ViewCase => ({
		view: `indicator: ${id}`,
		reader,
		query: '',
		defaultPeriod: currentYear,
		run: (request) => indicatorPageView(request, id),
	})
	return [
		dashboard('visitor', ''),
		dashboard('visitor', `?place=${landmarks.busiestCountry}`),
		dashboard('visitor', `?place=${landmarks.busiestRegion}`),
		dashboard('visitor', `?period=${lastQuarter}`),
		dashboard('organisation admin', ''),
		dashboard('coordinator', ''),
		...readers.map((reader) => page('enrolments', reader)),
		...readers.map((reader) => page('certificates-issued', reader)),
		...(['visitor', 'coordinator'] as const).map((reader): ViewCase => ({
			view: 'review',
			reader,
			query: '',
			defaultPeriod: reviewPeriodByDefault,
			run: (request) => reviewView(request),
		})),
		{
			view: 'dashboard as CSV',
			reader: 'visitor',
			query: '',
			defaultPeriod: currentYear,
			run: (request) => {
				const outcome = dashboardView(request, { view: 'dashboard' })
				if (!outcome.ok) return outcome
				return { ok: true, view: outcome.view, csv: exportView(outcome.view, 'csv', 'en').body }
			},
		},
	]
}

/** Every reading in an answer (`{ value }`, hidden ones `withheld`), walked after the timing. */
function readingsIn(value: unknown, found = { figures: 0, hidden: 0 }) {
	if (Array.isArray(value)) for (const item of value) readingsIn(item, found)
	else if (value && typeof value === 'object') {
		if ('value' in value && (typeof value.value === 'number' || value.value === null)) {
			found.figures++
			// `fewerThan` is how a hidden reading was written before it was `withheld`.
			if ('withheld' in value || 'fewerThan' in value) found.hidden++
		} else for (const item of Object.values(value)) readingsIn(item, found)
	}
	return found
}

/** The same view for the year two before the period's, when Atlas had hardly begun: a short call on other tables. */
function warmUpOf(one: ViewCase, now: Date): ViewCase {
	const query = new URLSearchParams(one.query)
	query.set('period', String(one.defaultPeriod(now).year - 2))
	return { ...one, query: `?${query}` }
}

/**
 * One view, in a worker of its own whose kept tables are empty, as they are after each roll-up (a roll-up leaves a
 * new token on every series it writes). A warm-up on another year runs the same code first, so the first call pays
 * for solving its tables rather than for compiling the code; then `repeat` calls as requests come in.
 */
export function measureCase(
	one: ViewCase,
	options: { now: Date; repeat: number; organisationId: string },
	note: (stage: 'warmed' | 'first', ms: number) => void,
): CaseResult {
	const call = (view: ViewCase) => {
		const request = requestOf(view, options.organisationId, options.now)
		const outcome = view.run(request)
		if (!outcome.ok) throw new Error(`${view.view} ${view.query} (${view.reader}) refused: ${outcome.reason}`)
		return outcome
	}
	let started = performance.now()
	call(warmUpOf(one, options.now))
	const warmUpMs = performance.now() - started
	note('warmed', warmUpMs)
	started = performance.now()
	const answer = call(one)
	const firstMs = performance.now() - started
	note('first', firstMs)
	const times: number[] = []
	for (let index = 0; index < options.repeat; index++) {
		started = performance.now()
		call(one)
		times.push(performance.now() - started)
	}
	times.sort((a, b) => a - b)
	const result: CaseResult = {
		view: one.view,
		reader: one.reader,
		query: one.query,
		status: 'measured',
		warmUpMs,
		firstMs,
		medianMs: percentile(times, 0.5),
		p95Ms: percentile(times, 0.95),
		calls: options.repeat,
		...readingsIn(answer.view),
	}
	if ('csv' in answer) result.bytes = Buffer.byteLength(answer.csv)
	return result
}

/** What a worker is told: which view, and all it needs to make the same cases again. */
export type WorkerInput = {
	index: number
	now: string
	repeat: number
	landmarks: IndicatorsData['landmarks']
}

export type WorkerMessage = { stage: 'warmed' | 'first'; ms: number } | { stage: 'done'; result: CaseResult }

/**
 * Measures view `index` in a worker thread, abandoned after `limitSeconds` (a view that takes minutes is reported
 * as such, and the run goes on). Workers share this process, so its peak RSS counts theirs.
 */
export function measureInWorker(input: WorkerInput, limitSeconds: number): Promise<CaseResult> {
	const one = viewCases(input.landmarks, new Date(input.now))[input.index]!
	const partial: CaseResult = {
		view: one.view,
		reader: one.reader,
		query: one.query,
		status: 'failed',
		warmUpMs: null,
		firstMs: null,
		medianMs: null,
		p95Ms: null,
		calls: 0,
		figures: null,
		hidden: null,
	}
	// A worker has none of this process's module hooks: it registers tsx itself before loading the TypeScript.
	const script = new URL('./indicators-worker.ts', import.meta.url).href
	const tsx = import.meta.resolve('tsx/esm/api')
	const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}) })`
	return new Promise((resolve) => {
		const worker = new Worker(boot, { eval: true, workerData: input })
		const finish = (result: CaseResult) => {
			clearTimeout(timer)
			resolve(result)
			void worker.terminate()
		}
		const timer = setTimeout(() => finish({ ...partial, status: 'over-limit' }), limitSeconds * 1000)
		worker.on('message', (message: WorkerMessage) => {
			if (message.stage === 'done') finish(message.result)
			else if (message.stage === 'warmed') partial.warmUpMs = message.ms
			else partial.firstMs = message.ms
		})
		worker.on('error', (error) => finish({ ...partial, error: error.message }))
		// Its last message is delivered first; a worker that stopped without one failed.
		worker.on('exit', (code) =>
			setImmediate(() => finish({ ...partial, error: `the worker exited (${code}) without an answer` })),
		)
	})
}
