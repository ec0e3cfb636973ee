import { and, eq, inArray } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { eventRegistrations } from '#app/db/schema/index.ts'
import { type EventNoticeKind, sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { formatDateTime } from '#app/platform/format.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { findEventById, type EventRow } from './store.server.ts'
import { reminderHoursBefore } from './vocabulary.ts'

export const eventNoticeKind = 'event-notice'
export const eventReminderKind = 'event-reminder'

type Notice = Exclude<EventNoticeKind, 'event-reminder'>

/**
 * Queues one person's email in the transaction that changes their place (the outbox): sent once per change,
 * since the key names the event's revision (`sequence`) and what happened.
 */
export function scheduleNotice(
	tx: Db,
	registration: { id: string },
	notice: Notice,
	event: Pick<EventRow, 'sequence'>,
	now: Date,
) {
	scheduleJob(tx, {
		kind: eventNoticeKind,
		key: `${eventNoticeKind}:${registration.id}:${notice}:${event.sequence}`,
		payload: { registrationId: registration.id, notice },
		runAt: now,
	})
}

/** Tells everyone holding or waiting for a place that the event moved or was cancelled. */
export function notifyEveryoneOf(tx: Db, event: EventRow, notice: 'event-changed' | 'event-cancelled', now: Date) {
	const people = tx
		.select({ id: eventRegistrations.id })
		.from(eventRegistrations)
		.where(
			and(eq(eventRegistrations.eventId, event.id), inArray(eventRegistrations.status, ['registered', 'waitlisted'])),
		)
		.all()
	for (const registration of people) scheduleNotice(tx, registration, notice, event, now)
}

/** The reminder the day before, keyed by revision: a moved event gets a new one and the old one finds itself stale. */
export function scheduleReminder(tx: Db, event: EventRow, now: Date) {
	const runAt = new Date(event.startsAt.getTime() - reminderHoursBefore * 60 * 60 * 1000)
	if (event.status === 'cancelled' || runAt <= now) return
	scheduleJob(tx, {
		kind: eventReminderKind,
		key: `${eventReminderKind}:${event.id}:${event.sequence}`,
		payload: { eventId: event.id, sequence: event.sequence },
		runAt,
	})
}

async function tell(userId: string, event: EventRow, kind: EventNoticeKind, db: Db) {
	const person = getAccountUser(userId, db)
	if (!person || person.status !== 'active') return
	const language = isLanguage(person.locale) ? person.locale : defaultLanguage
	const { text } = textIn(event.texts, language, event.sourceLanguage)
	await sendAccountEmail(person, {
		kind,
		link: `/${language}/events/${event.slug}`,
		title: text.title,
		when: `${formatDateTime(event.startsAt, language, person.timeZone)} (${person.timeZone})`,
	})
}

/** Sends a queued notice unless the person's place has changed again since (a cancelled seat needs no welcome). */
export async function sendNotice(payload: JobPayload, db: Db = getDb()) {
	const registration = db
		.select()
		.from(eventRegistrations)
		.where(eq(eventRegistrations.id, String(payload.registrationId)))
		.get()
	if (!registration) return
	const notice = String(payload.notice) as Notice
	const event = findEventById(registration.eventId, db)
	if (!event) return
	const stillTrue: Record<Notice, boolean> = {
		'event-registered': registration.status === 'registered',
		'event-promoted': registration.status === 'registered',
		'event-waitlisted': registration.status === 'waitlisted',
		'event-changed': registration.status !== 'cancelled' && event.status !== 'cancelled',
		'event-cancelled': event.status === 'cancelled',
	}
	if (!stillTrue[notice]) return
	await tell(registration.userId, event, notice, db)
}

/** Reminds the people holding a seat, in each one's language and time zone, if the event has not moved since. */
export async function sendReminder(payload: JobPayload, db: Db = getDb()) {
	const event = findEventById(String(payload.eventId), db)
	if (!event || event.status === 'cancelled' || event.sequence !== Number(payload.sequence)) return
	const people = db
		.select({ userId: eventRegistrations.userId })
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'registered')))
		.all()
	for (const person of people) await tell(person.userId, event, 'event-reminder', db)
}
