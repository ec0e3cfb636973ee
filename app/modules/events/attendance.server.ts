import { and, asc, eq, inArray, ne } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { eventRegistrations, organisations, users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { toCsv } from '#app/platform/csv.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type EventQuestion } from './event.ts'
import { organisedEvent } from './organising.server.ts'
import { type EventRow } from './store.server.ts'
import { registrantsPageSize } from './vocabulary.ts'

function registrantsQuery(event: EventRow, db: Db) {
	return db
		.select({
			id: eventRegistrations.id,
			name: users.name,
			email: users.email,
			country: users.country,
			organisation: organisations.name,
			status: eventRegistrations.status,
			answers: eventRegistrations.answers,
			attended: eventRegistrations.attended,
			queuedAt: eventRegistrations.queuedAt,
		})
		.from(eventRegistrations)
		.innerJoin(users, eq(users.id, eventRegistrations.userId))
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(and(eq(eventRegistrations.eventId, event.id), ne(eventRegistrations.status, 'cancelled')))
		.$dynamic()
}

/** The people registered and waiting, seats first then the waiting list in its order, for the event's organisers. */
export function registrantsOf(actor: Actor, slug: string, page: number, db: Db = getDb()) {
	const organised = organisedEvent(actor, slug, db)
	if (!organised.ok) return organised
	const { event } = organised
	const { rows, total } = readPage(db, registrantsQuery(event, db), {
		orderBy: [asc(eventRegistrations.status), asc(eventRegistrations.queuedAt), asc(eventRegistrations.id)],
		page,
		pageSize: registrantsPageSize,
	})
	return done({ event, registrants: rows, total })
}

/** How the CSV reads in the organiser's language. */
export type RegistrantsWording = {
	headings: { name: string; email: string; organisation: string; country: string; status: string; attended: string }
	questionLabel: (question: EventQuestion) => string
	statusLabel: (status: string) => string
	attendedLabel: (attended: boolean | null) => string
}

/** Every registrant as CSV, seats first then the waiting list, with one column per question. */
export function registrantsCsv(actor: Actor, slug: string, wording: RegistrantsWording, db: Db = getDb()) {
	const organised = organisedEvent(actor, slug, db)
	if (!organised.ok) return organised
	const { event } = organised
	const rows = registrantsQuery(event, db)
		.orderBy(asc(eventRegistrations.status), asc(eventRegistrations.queuedAt), asc(eventRegistrations.id))
		.all()
	const { headings } = wording
	const header = [
		headings.name,
		headings.email,
		headings.organisation,
		headings.country,
		headings.status,
		headings.attended,
		...event.questions.map(wording.questionLabel),
	]
	const lines = rows.map((row) => [
		row.name,
		row.email,
		row.organisation,
		row.country,
		wording.statusLabel(row.status),
		wording.attendedLabel(row.attended),
		...event.questions.map((question) => row.answers[question.id] ?? ''),
	])
	return done({ csv: toCsv([header, ...lines]), slug: event.slug })
}

/**
 * Records who came, for the registrants on the page the organiser saw (`shown`): ticked ones attended,
 * the others did not. Only once the event has begun, and only for people who held a seat.
 */
export function markAttendance(
	actor: Actor,
	slug: string,
	marks: { shown: string[]; present: string[] },
	now: Date,
): Outcome<'forbidden' | 'not-found' | 'not-started', { marked: number }> {
	return writeTransaction((tx) => {
		const organised = organisedEvent(actor, slug, tx)
		if (!organised.ok) return organised
		const { event } = organised
		if (now < event.startsAt) return refuse('not-started')
		const present = new Set(marks.present)
		const seated = tx
			.select({ id: eventRegistrations.id })
			.from(eventRegistrations)
			.where(
				and(
					eq(eventRegistrations.eventId, event.id),
					eq(eventRegistrations.status, 'registered'),
					inArray(eventRegistrations.id, marks.shown.slice(0, registrantsPageSize)),
				),
			)
			.all()
		for (const { id } of seated)
			tx.update(eventRegistrations)
				.set({ attended: present.has(id), updatedAt: now })
				.where(eq(eventRegistrations.id, id))
				.run()
		recordAudit(
			{ event: 'attendance-marked', actorUserId: actor.id, details: { event: slug, marked: seated.length } },
			tx,
		)
		return done({ marked: seated.length })
	})
}
