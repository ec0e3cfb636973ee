import { type Db, getDb } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { registrationWindow } from './event.ts'
import { mayOrganise } from './organising.server.ts'
import { type EventRow, findEvent, mayView, organisersOf, registrationOf, seatsOf } from './store.server.ts'
import { eventWhen } from './when.ts'

/** What a list row or calendar cell shows of an event, in the reader's language and zone. */
export function eventSummary(event: EventRow, language: Language, readerZone: string | null) {
	const { text, language: textLanguage, fallback } = textIn(event.texts, language, event.sourceLanguage)
	return {
		slug: event.slug,
		title: text.title,
		textLanguage,
		fallback,
		kind: event.kind,
		format: event.format,
		city: event.city,
		country: event.country,
		audience: event.audience,
		cancelled: event.status === 'cancelled',
		startsOn: event.startsOn,
		startsAt: event.startsAt.toISOString(),
		when: eventWhen(event, readerZone, language),
	}
}

/**
 * Everything an event page shows a reader: null when they may not see it (the page answers 404, as for an event
 * that does not exist). The joining link is only for people holding a seat, and for the organisers.
 */
export function presentEvent(
	actor: Actor | null,
	slug: string,
	language: Language,
	readerZone: string | null,
	now: Date,
	db: Db = getDb(),
) {
	const event = findEvent(slug, db)
	if (!event) return null
	const organiser = Boolean(actor && mayOrganise(actor, event.id, db))
	if (!mayView(actor, event, organiser, db)) return null
	const registration = actor ? registrationOf(event.id, actor.id, db) : undefined
	const place = registration && registration.status !== 'cancelled' ? registration.status : null
	const { text } = textIn(event.texts, language, event.sourceLanguage)
	const seats = seatsOf(event.id, db)
	return {
		...eventSummary(event, language, readerZone),
		id: event.id,
		description: text.description,
		languagesWritten: Object.keys(event.texts),
		timeZone: event.timeZone,
		workingLanguages: event.workingLanguages,
		interpretation: event.interpretation,
		capacity: event.capacity,
		seatsLeft: Math.max(0, event.capacity - seats.registered),
		waiting: seats.waitlisted,
		window: registrationWindow(event, now),
		registrationOpensAt: event.registrationOpensAt.toISOString(),
		registrationClosesAt: event.registrationClosesAt.toISOString(),
		questions: event.questions,
		agenda: event.agenda.map((session) => ({
			...session,
			when: eventWhen(
				{ startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt), timeZone: event.timeZone },
				readerZone,
				language,
			),
		})),
		organisers: organisersOf(event.id, db),
		contactEmail: event.contactEmail,
		cohortId: event.cohortId,
		place,
		joiningLink: place === 'registered' || organiser ? event.joiningLink : null,
		mayOrganise: organiser,
		started: now >= event.startsAt,
	}
}

export type PresentedEvent = NonNullable<ReturnType<typeof presentEvent>>
