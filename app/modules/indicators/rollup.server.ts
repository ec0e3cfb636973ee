import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { indicatorCounts, indicatorRollups } from '#app/db/schema/index.ts'
import { regionOf } from '#app/platform/regions.ts'
import { counters } from './counters/index.server.ts'
import { countFacts } from './facts.ts'
import { type Series, seriesList } from './framework.ts'
import { addMonths, monthBounds, monthOf, monthsFrom } from './months.ts'

/** How far back a first roll-up counts: three years of trends. */
export const historyMonths = 36

/** Thrown by a roll-up told to stop part-way (tests use it to stand for a crash or a restart). */
export class RollupStopped extends Error {}

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

/** The months a run counts for a series: from the last month counted (counted again, late changes land there) to now. */
function monthsToCount(db: Db, series: Series, current: string) {
	if (series.history === 'snapshot') return [current]
	const state = db.select().from(indicatorRollups).where(eq(indicatorRollups.series, series.id)).get()
	const earliest = addMonths(current, -(historyMonths - 1))
	// A mark past the current month (a rehearsal run with a later clock, `npm run jobs -- --as-of`) counts from now.
	const from =
		series.backdated || !state || state.doneThrough < earliest
			? earliest
			: state.doneThrough > current
				? current
				: state.doneThrough
	return monthsFrom(from, current)
}

/** Replaces one series' counts for one month, and moves its mark on, in one transaction. */
function countMonth(db: Db, series: Series, month: string, now: Date) {
	const bounds = monthBounds(month)
	const current = monthOf(now)
	const facts = counters[series.id](db, { month, ...bounds, asOf: month === current ? now : bounds.end })
	const counts = countFacts(facts, regionOf)
	writeTransaction((tx) => {
		tx.delete(indicatorCounts)
			.where(and(eq(indicatorCounts.series, series.id), eq(indicatorCounts.month, month)))
			.run()
		for (let index = 0; index < counts.length; index += 500)
			tx.insert(indicatorCounts)
				.values(counts.slice(index, index + 500))
				.run()
		const written = {
			doneThrough: month < current ? month : addMonths(current, -1),
			countedThrough: month,
			updatedAt: now,
			countsToken: randomUUID(),
		}
		tx.insert(indicatorRollups)
			.values({ series: series.id, ...written })
			.onConflictDoUpdate({ target: indicatorRollups.series, set: written })
			.run()
	})
}

/**
 * Brings every series up to date: each month since the last run (and that month again), one transaction each, so a
 * run cut off part-way resumes where it stopped and counts nothing twice. The server's housekeeping runs it hourly;
 * the dashboard reads only its counts. Between months it lets the server answer requests.
 */
export async function rollUpIndicators(options: { now?: Date; db?: Db; stopAfter?: number } = {}) {
	const now = options.now ?? new Date()
	const db = options.db ?? getDb()
	const current = monthOf(now)
	let months = 0
	for (const series of seriesList)
		for (const month of monthsToCount(db, series, current)) {
			if (options.stopAfter !== undefined && months >= options.stopAfter) throw new RollupStopped()
			countMonth(db, series, month, now)
			months += 1
			await yieldToEventLoop()
		}
	return { months }
}

/** Forgets every count and counts again from the start (after a correction to past data, say). */
export async function recountIndicators(options: { now?: Date; db?: Db } = {}) {
	const db = options.db ?? getDb()
	writeTransaction((tx) => {
		tx.delete(indicatorCounts).run()
		tx.delete(indicatorRollups).run()
	})
	return rollUpIndicators({ ...options, db })
}

/** The month the counts are complete to, for the dashboard's "counted up to" line. */
export function lastRolledUp(db: Db = getDb()) {
	return db
		.select({ at: sql<number | null>`max(${indicatorRollups.updatedAt})` })
		.from(indicatorRollups)
		.get()?.at
}
