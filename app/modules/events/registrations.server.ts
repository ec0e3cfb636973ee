import { and, asc, eq, ne } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { eventRegistrations, events } from '#app/db/schema/index.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { enrolledInCohort } from '#app/modules/courses/cohorts.server.ts'
import { type EventQuestion, placeFor, registrationWindow } from './event.ts'
import { scheduleNotice } from './notices.server.ts'
import { type EventRow, findEvent, mayView, organisationIdsOf, registrationOf, seatsOf } from './store.server.ts'

export type RegistrationRefusal =
	| 'not-found'
	| 'not-yet-open'
	| 'closed'
	| 'cancelled'
	| 'over'
	| 'not-in-cohort'
	| 'already-registered'
	| 'answer-required'
	| 'not-registered'

/** The answers a registration keeps: one per question asked, trimmed; a required question left empty is refused. */
export function answersFor(questions: EventQuestion[], given: Record<string, string>) {
	const answers: Record<string, string> = {}
	for (const question of questions) {
		const answer = (given[question.id] ?? '').trim().slice(0, 1000)
		if (!answer && !question.standard && question.required) return refuse('answer-required', { field: question.id })
		if (answer) answers[question.id] = answer
	}
	return done({ answers })
}

/**
 * Gives seats to the waiting list, first come first served, while any are free. Runs inside the write
 * transaction that freed them, so two cancellations can never hand the same seat out twice.
 */
export function fillFreeSeats(tx: Db, event: EventRow, now: Date) {
	if (registrationWindow(event, now) === 'cancelled' || now >= event.startsAt) return
	let free = event.capacity - seatsOf(event.id, tx).registered
	while (free > 0) {
		const next = tx
			.select({ id: eventRegistrations.id })
			.from(eventRegistrations)
			.where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'waitlisted')))
			.orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id))
			.get()
		if (!next) return
		tx.update(eventRegistrations)
			.set({ status: 'registered', updatedAt: now })
			.where(eq(eventRegistrations.id, next.id))
			.run()
		scheduleNotice(tx, next, 'event-promoted', event, now)
		free -= 1
	}
}

/**
 * Asks for a place: a seat while one is free, else the waiting list. The seat count and the insert happen in
 * one `BEGIN IMMEDIATE` transaction, which SQLite runs one at a time across every process, so simultaneous
 * requests can never oversell the event.
 */
export function register(
	actor: Actor,
	slug: string,
	given: Record<string, string>,
	now: Date,
): Outcome<RegistrationRefusal, { status: 'registered' | 'waitlisted' }> {
	return writeTransaction((tx) => {
		const event = findEvent(slug, tx)
		if (!event) return refuse('not-found')
		const organiser = can(actor, 'events:organise', { organisationIds: organisationIdsOf(event.id, tx) })
		if (!mayView(actor, event, organiser, tx)) return refuse('not-found')
		const window = registrationWindow(event, now)
		if (window !== 'open') return refuse(window)
		if (event.cohortId && !enrolledInCohort(actor.id, event.cohortId, tx)) return refuse('not-in-cohort')
		const existing = registrationOf(event.id, actor.id, tx)
		if (existing && existing.status !== 'cancelled') return refuse('already-registered')
		const checked = answersFor(event.questions, given)
		if (!checked.ok) return checked
		const status = placeFor(event.capacity, seatsOf(event.id, tx).registered)
		const values = { status, answers: checked.answers, queuedAt: now, updatedAt: now, attended: null }
		const registration = existing
			? tx.update(eventRegistrations).set(values).where(eq(eventRegistrations.id, existing.id)).returning().get()
			: tx
					.insert(eventRegistrations)
					.values({ eventId: event.id, userId: actor.id, ...values })
					.returning()
					.get()
		scheduleNotice(tx, registration, status === 'registered' ? 'event-registered' : 'event-waitlisted', event, now)
		return done({ status })
	})
}

/** Gives a place up; a freed seat goes to the first person waiting, who is emailed. Answers are not kept. */
export function cancelRegistration(actor: Actor, slug: string, now: Date): Outcome<RegistrationRefusal> {
	return writeTransaction((tx) => {
		const event = findEvent(slug, tx)
		if (!event) return refuse('not-found')
		const existing = registrationOf(event.id, actor.id, tx)
		if (!existing || existing.status === 'cancelled') return refuse('not-registered')
		if (now >= event.endsAt) return refuse('over')
		tx.update(eventRegistrations)
			.set({ status: 'cancelled', answers: {}, updatedAt: now })
			.where(eq(eventRegistrations.id, existing.id))
			.run()
		if (existing.status === 'registered') fillFreeSeats(tx, event, now)
		return done()
	})
}

/** The events a person holds or waits for a place at, soonest first: their calendar feed and "your events". */
export function registrationsOf(userId: string, db: Db = getDb()) {
	return db
		.select({ event: events, status: eventRegistrations.status })
		.from(eventRegistrations)
		.innerJoin(events, eq(events.id, eventRegistrations.eventId))
		.where(and(eq(eventRegistrations.userId, userId), ne(eventRegistrations.status, 'cancelled')))
		.orderBy(asc(events.startsAt))
		.all()
}
