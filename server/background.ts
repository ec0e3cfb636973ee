import { Worker } from 'node:worker_threads'
import { type Env } from '#app/platform/env.server.ts'
import { onJobDueNow } from '#app/platform/jobs.server.ts'
import { warmSearchCatalogue } from '#app/modules/search/fts.server.ts'
import { deliverSearchOutbox } from '#app/modules/search/outbox.server.ts'
import { runJobs } from './chores.ts'
import { recurring } from './recurring.ts'

/**
 * Scheduled work (certificate expiry reminders, account emails, library publication notices, event notices and reminders) lives in the jobs
 * table, run every five minutes, and at once when a job is due now (a reset link someone waits for). Every
 * serving process runs it: the job's claim keeps each job to one of them, and the process that scheduled a job
 * due now is the one woken for it.
 */
export function startJobRunner() {
	const jobs = recurring(5 * 60 * 1000, async () => {
		try {
			const done = await runJobs()
			if (done) console.log(`Jobs: ${done} done.`)
		} catch (error) {
			console.error('The job runner failed; it runs again in five minutes.', error)
		}
	})
	onJobDueNow(() => jobs.runSoon())
	return jobs
}

/**
 * The search catalogue (every item's facts, decision 021) is read once the server listens, not by the first
 * reader's search: at 150,000 items that takes about 3 s, in slices with requests answered between them.
 */
export function warmSearch() {
	const timer = setTimeout(() => {
		warmSearchCatalogue().catch((error: unknown) =>
			console.error('The search catalogue could not be read ahead; the first search reads it.', error),
		)
	}, 100)
	timer.unref()
}

/**
 * Runs the hourly chores once in a worker thread (`server/housekeeping-thread.ts`) and answers the lines they
 * logged: at 100,000 officers the indicators' roll-up takes about a minute, which on the serving thread would hold
 * up that process's requests for as long. A thread per run gives its memory back when the run ends.
 */
function runChoresInThread() {
	// A thread has none of the process's module hooks: it registers tsx itself before loading the TypeScript.
	const script = new URL('./housekeeping-thread.ts', import.meta.url).href
	const tsx = import.meta.resolve('tsx/esm/api')
	const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}) })`
	return new Promise<string[]>((resolve, reject) => {
		let lines: string[] = []
		const thread = new Worker(boot, { eval: true })
		thread.on('message', (said: string[]) => (lines = said))
		thread.on('error', reject)
		thread.on('exit', () => resolve(lines))
	})
}

/** Chores that run in one process only (see `server/cluster.ts` for which). */
export function startHousekeeping(env: Env) {
	// The hourly chores (server/chores.ts), each idempotent and failing on its own. The first run is half a minute
	// after start, so that a start loads its code and answers its first requests before the chores compete for the
	// cores.
	const housekeeping = recurring(
		60 * 60 * 1000,
		async () => {
			try {
				for (const line of await runChoresInThread()) console.log(line)
			} catch (error) {
				console.error('The hourly chores failed; they run again within the hour.', error)
			}
		},
		{ firstAfterMs: 30_000 },
	)
	if (!env.MEILISEARCH_URL) return [housekeeping]
	// With Meilisearch, index changes wait in the search outbox until Meilisearch confirms them;
	// a down Meilisearch only delays them.
	const searchDelivery = recurring(2_000, async () => {
		try {
			const { failed } = await deliverSearchOutbox()
			if (failed) console.warn(`Search outbox: ${failed} updates wait for Meilisearch.`)
		} catch (error) {
			console.error('Search outbox delivery failed; it is tried again.', error)
		}
	})
	return [housekeeping, searchDelivery]
}
