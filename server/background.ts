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
 * reader's search: at 100,000 items that takes about 2 s.
 */
export function warmSearch() {
	const timer = setTimeout(() => {
		try {
			warmSearchCatalogue()
		} catch (error) {
			console.error('The search catalogue could not be read ahead; the first search reads it.', error)
		}
	}, 100)
	timer.unref()
}

/** Chores that run in one process only (see `server/cluster.ts` for which). */
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
