import { and, gte, lt } from 'drizzle-orm'
import { type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { type Fact } from '../facts.ts'
import { type SeriesId } from '../vocabulary.ts'
import { type CountedMonth } from './counter.ts'

/** A date column in [from, to): written as a range on the bare column, so SQLite reads it through its index. */
export const within = (column: SQLiteColumn, from: Date, to: Date) => and(gte(column, from), lt(column, to))!

/**
 * Where the month's flow stops: its end, or the roll-up's own time while it runs, so an event that ends later
 * this month counts once it has ended, not while it is still ahead.
 */
export const happenedBy = ({ end, asOf }: CountedMonth) => (asOf < end ? asOf : end)

/** The columns every grouped learner query returns: the learner's place and organisation, and how many. */
export type LearnerGroup = { country: string; organisationId: string; count: number }

/**
 * One fact standing for `count` learners' identical facts. The counters group in SQL, so a month of a million
 * rows reaches the roll-up as a few thousand groups rather than a million objects; `amount` adds them up as if
 * each had been its own fact.
 */
export const learnerFact = (
	series: SeriesId,
	month: CountedMonth,
	group: LearnerGroup,
	by: Fact['by'] = undefined,
): Fact => ({
	series,
	month: month.month,
	countries: [group.country],
	organisationId: group.organisationId,
	...(by ? { by } : {}),
	amount: group.count,
})
