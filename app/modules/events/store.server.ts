import { and, asc, desc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { enrolments, eventOrganisers, eventRegistrations, events, organisations } from '#app/db/schema/index.ts'
import { enrolledInCohort } from '#app/modules/courses/cohorts.server.ts'
import { readableTiers } from '#app/modules/library/access.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type EventFilters } from './filters.ts'
import { eventsPageSize } from './vocabulary.ts'

export type EventRow = typeof events.$inferSelect

export function findEvent(slug: string, db: Db = getDb()): EventRow | undefined {
	return db.select().from(events).where(eq(events.slug, slug)).get()
}

export function findEventById(id: string, db: Db = getDb()): EventRow | undefined {
	return db.select().from(events).where(eq(events.id, id)).get()
}

/** The organising organisations, by name: their country is the event's "from where". */
export function organisersOf(eventId: string, db: Db = getDb()) {
	return db
		.select({ id: organisations.id, name: organisations.name, country: organisations.country })
		.from(eventOrganisers)
		.innerJoin(organisations, eq(organisations.id, eventOrganisers.organisationId))
		.where(eq(eventOrganisers.eventId, eventId))
		.orderBy(asc(organisations.name))
		.all()
}

export function organisationIdsOf(eventId: string, db: Db = getDb()) {
	return organisersOf(eventId, db).map((organiser) => organiser.id)
}

/**
 * Whether a reader may see an event at all. The audience works like the library's tiers; a cohort's session
 * is for that cohort's participants, and for whoever may organise it.
 */
export function mayView(actor: Actor | null, event: EventRow, mayOrganise: boolean, db: Db = getDb()) {
	if (mayOrganise) return true
	if (!readableTiers(actor).includes(event.audience)) return false
	if (!event.cohortId) return true
	return Boolean(actor && enrolledInCohort(actor.id, event.cohortId, db))
}

export type EventFilter = EventFilters & { when: 'upcoming' | 'past' }

function nextMonth(month: string) {
	const [year, number] = month.split('-').map(Number) as [number, number]
	return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
}

/** The conditions every list, calendar and feed shares: what this reader may see, then the filters. */
export function visibleEvents(actor: Actor | null, filter: EventFilters) {
	const tiers = readableTiers(actor)
	const conditions: (SQL | undefined)[] = [
		inArray(events.audience, filter.audience ? tiers.filter((tier) => tier === filter.audience) : tiers),
		// A cohort's sessions show only to its participants; everyone else sees open events.
		actor
			? or(
					isNull(events.cohortId),
					sql`${events.cohortId} in (select ${enrolments.cohortId} from ${enrolments} where ${enrolments.userId} = ${actor.id})`,
				)
			: isNull(events.cohortId),
		filter.kind ? eq(events.kind, filter.kind) : undefined,
		filter.country ? eq(events.country, filter.country) : undefined,
		filter.language
			? sql`(exists (select 1 from json_each(${events.workingLanguages}) where value = ${filter.language}) or exists (select 1 from json_each(${events.interpretation}) where value = ${filter.language}))`
			: undefined,
		filter.month
			? and(gte(events.startsOn, `${filter.month}-01`), lt(events.startsOn, `${nextMonth(filter.month)}-01`))
			: undefined,
	]
	return and(...conditions)
}

/** One page of upcoming events (soonest first) or past ones (latest first). */
export function listEvents(actor: Actor | null, filter: EventFilter, page: number, now: Date, db: Db = getDb()) {
	const upcoming = filter.when === 'upcoming'
	const listing = db
		.select()
		.from(events)
		.where(and(visibleEvents(actor, filter), upcoming ? gte(events.endsAt, now) : lt(events.endsAt, now)))
		.$dynamic()
	return readPage(db, listing, {
		orderBy: upcoming ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), asc(events.id)],
		page,
		pageSize: eventsPageSize,
	})
}

/** Every visible event starting in one month, for the month calendar and feeds. */
export function eventsOfMonth(actor: Actor | null, filter: EventFilters & { month: string }, db = getDb()) {
	return db.select().from(events).where(visibleEvents(actor, filter)).orderBy(asc(events.startsAt)).limit(500).all()
}

/** How many seats are taken, and how long the waiting list is. */
export function seatsOf(eventId: string, db: Db = getDb()) {
	const rows = db
		.select({ status: eventRegistrations.status, n: sql<number>`count(*)` })
		.from(eventRegistrations)
		.where(eq(eventRegistrations.eventId, eventId))
		.groupBy(eventRegistrations.status)
		.all()
	const countOf = (status: string) => rows.find((row) => row.status === status)?.n ?? 0
	return { registered: countOf('registered'), waitlisted: countOf('waitlisted') }
}

export function registrationOf(eventId: string, userId: string, db: Db = getDb()) {
	return db
		.select()
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)))
		.get()
}

/** The countries events are held in and the languages they are held in, for the list's filter choices. */
export function eventChoices(db: Db = getDb()) {
	const countries = db
		.selectDistinct({ country: events.country })
		.from(events)
		.all()
		.flatMap((row) => (row.country ? [row.country] : []))
	const languages = db
		.all<{ value: string }>(
			sql`select distinct value from (select value from ${events}, json_each(${events.workingLanguages}) union select value from ${events}, json_each(${events.interpretation})) order by value`,
		)
		.map((row) => row.value)
	return { countries, languages }
}
