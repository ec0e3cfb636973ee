import { and, asc, eq, lt, lte } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { jobs } from '#app/db/schema/index.ts'

export type JobPayload = Record<string, string | number>
export type JobHandler = (payload: JobPayload, now: Date) => Promise<void>

// On globalThis: the server and the app's build each load their own copy of this module.
const wakeHolder = globalThis as { __atlasWakeJobRunner?: () => void }

/**
 * The runner polls every few minutes; a job due now (an email someone is waiting for) wakes it at once.
 * The server registers how to wake it; tests, which run jobs themselves, register nothing.
 */
export function onJobDueNow(wake: () => void) {
	wakeHolder.__atlasWakeJobRunner = wake
}

/** Schedules a job unless one with the same key exists; pass the transaction that makes the reason for it. */
export function scheduleJob(tx: Db, job: { kind: string; key: string; payload: JobPayload; runAt: Date }) {
	tx.insert(jobs).values(job).onConflictDoNothing({ target: jobs.key }).run()
	// Transactions here are synchronous, so by the next turn of the event loop this one has committed (or not).
	if (job.runAt.getTime() <= Date.now()) setImmediate(() => wakeHolder.__atlasWakeJobRunner?.())
}

const maxAttempts = 5
/** A job claimed longer ago than this was cut off by a crash and may be tried again (longer than any mail server timeout). */
const stalledAfterMs = 30 * 60 * 1000

/**
 * Runs every due job once. A job is claimed in its own transaction before it runs, so a
 * second runner (another process, or an overlapping tick) skips it; it is marked done
 * when its handler returns, so running again, or after a restart, repeats nothing.
 * Failures are retried with a growing delay, then kept as failed.
 */
export async function runDueJobs(handlers: Record<string, JobHandler>, now = new Date(), db: Db = getDb()) {
	writeTransaction((tx) =>
		tx
			.update(jobs)
			.set({ status: 'pending' })
			.where(
				and(
					eq(jobs.status, 'running'),
					lt(jobs.claimedAt, new Date(Math.max(now.getTime(), Date.now()) - stalledAfterMs)),
				),
			)
			.run(),
	)
	const due = db
		.select()
		.from(jobs)
		.where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)))
		.orderBy(asc(jobs.runAt))
		.limit(500)
		.all()
	let done = 0
	for (const job of due) {
		const handler = handlers[job.kind]
		if (!handler) continue
		const claimedAt = new Date()
		const claimed = writeTransaction(
			(tx) =>
				tx
					.update(jobs)
					.set({ status: 'running', claimedAt, attempts: job.attempts + 1 })
					.where(and(eq(jobs.id, job.id), eq(jobs.status, 'pending')))
					.run().changes,
		)
		if (!claimed) continue
		// Only the runner that holds the claim may close the job.
		const ours = and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.claimedAt, claimedAt))
		try {
			await handler(job.payload, now)
			writeTransaction((tx) =>
				tx.update(jobs).set({ status: 'done', doneAt: new Date(), lastError: null }).where(ours).run(),
			)
			done += 1
		} catch (error) {
			const attempts = job.attempts + 1
			writeTransaction((tx) =>
				tx
					.update(jobs)
					.set({
						status: attempts >= maxAttempts ? 'failed' : 'pending',
						runAt: new Date(now.getTime() + 2 ** attempts * 60_000),
						lastError: String((error as Error).message ?? error).slice(0, 500),
					})
					.where(ours)
					.run(),
			)
		}
	}
	return { done }
}
