import { and, count, eq, inArray, ne, type SQL } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { eventRegistrations, events, users } from '#app/db/schema/index.ts'
import { type Fact } from '../facts.ts'
import { type CountedMonth, type Counter } from './counter.ts'
import { happenedBy, learnerFact, within } from './learners.server.ts'

type EventSeries = 'events-held' | 'event-participants' | 'event-attendance'

/**
 * Held in the month: ended in it (`events.ends_at`), and by `asOf` while the month runs, so an event still ahead or
 * under way is not yet held; not cancelled (`events.status`). A course cohort's live sessions are events too and
 * count alike. The events table is small beside the training tables, so no index on `ends_at` is needed.
 */
const heldIn = (month: CountedMonth) =>
	and(within(events.endsAt, month.start, happenedBy(month)), ne(events.status, 'cancelled'))!

/**
 * Events held in the month, by kind; placed in the event's country (`events.country`). An online event may have
 * none: it then counts in the world only.
 */
function eventsHeld(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ kind: events.kind, country: events.country, count: count() })
		.from(events)
		.where(heldIn(month))
		.groupBy(events.kind, events.country)
		.all()
		.map((row) => ({
			series: 'events-held',
			month: month.month,
			countries: row.country ? [row.country] : [],
			by: { 'event-kind': row.kind },
			amount: row.count,
		}))
}

/**
 * People with a confirmed place (`event_registrations.status` 'registered'; not the waiting list, not cancelled)
 * at events held in the month, by the event's kind; placed in the participant's country (`users.country`) and
 * organisation, wherever the event was.
 */
function participants(
	db: Db,
	month: CountedMonth,
	series: 'event-participants' | 'event-attendance',
	condition?: SQL,
): Fact[] {
	return db
		.select({ country: users.country, organisationId: users.organisationId, kind: events.kind, count: count() })
		.from(eventRegistrations)
		.innerJoin(events, eq(events.id, eventRegistrations.eventId))
		.innerJoin(users, eq(users.id, eventRegistrations.userId))
		.where(
			and(
				// The month's few events first, then their places through the registrations' event index.
				inArray(eventRegistrations.eventId, db.select({ id: events.id }).from(events).where(heldIn(month))),
				eq(eventRegistrations.status, 'registered'),
				condition,
			),
		)
		.groupBy(users.country, users.organisationId, events.kind)
		.all()
		.map((row) => learnerFact(series, month, row, { 'event-kind': row.kind }))
}

export const eventCounters: Record<EventSeries, Counter> = {
	'events-held': eventsHeld,
	'event-participants': (db, month) => participants(db, month, 'event-participants'),
	/** Of those, the ones an organiser marked as attended (`event_registrations.attended`). */
	'event-attendance': (db, month) => participants(db, month, 'event-attendance', eq(eventRegistrations.attended, true)),
}
