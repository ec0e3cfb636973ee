import { type Db } from '#app/db/client.server.ts'
import { type Fact } from '../facts.ts'

/**
 * The month a counter counts: flows are what happened from `start` (inclusive) to `end` (exclusive); stocks are
 * what stood at `asOf`, the month's end, or the roll-up's own time while the month is still running.
 */
export type CountedMonth = { month: string; start: Date; end: Date; asOf: Date }

/** Reads one series' facts for one month from its area's own tables. */
export type Counter = (db: Db, month: CountedMonth) => Iterable<Fact>
