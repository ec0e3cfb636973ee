import { Worker } from 'node:worker_threads'
import { type Env } from '#app/platform/env.server.ts'
import { onJobDueNow } from '#app/platform/jobs.server.ts'
import { warmSearchCatalogue } from '#app/modules/search/fts.server.ts'
import { deliverSearchOutbox } from '#app/modules/search/outbox.server.ts'
import { runChores, runJobs } from './chores.ts'
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
 * The housekeeping of one serving process (see `server/cluster.ts` for which), run in a worker thread of it
 * (`server/housekeeping-thread.ts`): at 100,000 officers the indicators' roll-up takes about a minute, which on the
 * serving thread would hold up that process's requests for as long. The thread starts half a minute after the
 * process, so that a start loads its code and reads what its first requests need before the chores compete for
 * the cores; one that fails is started again after a minute. `stop()` waits for a chore in progress, as the
 * serving process's own background work does.
 */
export function startHousekeepingThread() {
	// A thread has none of the process's module hooks: it registers tsx itself before loading the TypeScript.
	const script = new URL('./housekeeping-thread.ts', import.meta.url).href
	const tsx = import.meta.resolve('tsx/esm/api')
	const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}) })`
	let thread: Worker | null = null
	let stopping = false
	const start = () => {
		const current = new Worker(boot, { eval: true })
		thread = current
		current.on('error', (error) => console.error('The housekeeping failed; it starts again in a minute.', error))
		current.on('exit', () => {
			if (thread !== current || stopping) return
			thread = null
			setTimeout(() => stopping || start(), 60_000).unref()
		})
	}
	const first = setTimeout(start, 30_000)
	first.unref()
	return {
		async stop() {
			stopping = true
			clearTimeout(first)
			const current = thread
			if (!current) return
			const stopped = new Promise<void>((resolve) => {
				current.on('message', (message) => message === 'stopped' && resolve())
				current.on('exit', () => resolve())
			})
			current.postMessage('stop')
			await stopped
			await current.terminate()
		},
	}
}

/** The hourly chores and, with Meilisearch, the search outbox's delivery; in the housekeeping thread. */
export function startHousekeeping(env: Env) {
	// The hourly chores (server/chores.ts), the first run at start. Each is idempotent and fails on its own.
	const housekeeping = recurring(60 * 60 * 1000, async () => {
		for (const line of await runChores()) console.log(line)
	})
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
