import { type Language } from '#app/platform/i18n.ts'
import { done, refuse } from '#app/platform/outcome.ts'
import { type EventFormat, type EventStatus, type StandardQuestion } from './vocabulary.ts'

/** Title and description in each language the organisers wrote; readers get theirs or the source language. */
export type EventTexts = Partial<Record<Language, { title: string; description: string }>>

/** A question asked at registration: one of Atlas's own (asked in the reader's language) or the organisers' own words. */
export type EventQuestion =
	{ id: StandardQuestion; standard: true } | { id: string; standard: false; label: string; required: boolean }

/** One session of the agenda; instants in UTC like the event's. */
export type AgendaSession = { startsAt: string; endsAt: string; title: string; speakers: string[] }

export type RegistrationWindow = 'not-yet-open' | 'open' | 'closed' | 'cancelled' | 'over'

/** Whether people may ask for a place now. A cancelled or finished event takes no one, whatever its window says. */
export function registrationWindow(
	event: {
		status: EventStatus
		registrationOpensAt: Date
		registrationClosesAt: Date
		endsAt: Date
	},
	now: Date,
): RegistrationWindow {
	if (event.status === 'cancelled') return 'cancelled'
	if (now >= event.endsAt) return 'over'
	if (now < event.registrationOpensAt) return 'not-yet-open'
	if (now >= event.registrationClosesAt) return 'closed'
	return 'open'
}

/** What a place-seeker gets: a seat while any is free, else the waiting list. */
export function placeFor(capacity: number, registered: number): 'registered' | 'waitlisted' {
	return registered < capacity ? 'registered' : 'waitlisted'
}

export type EventSchedule = {
	startsAt: Date
	endsAt: Date
	registrationOpensAt: Date
	registrationClosesAt: Date
	format: EventFormat
	city: string | null
	country: string | null
	joiningLink: string | null
}

/** The rules between fields that no single field knows, each refused at the field to correct. */
export function checkSchedule(event: EventSchedule) {
	if (event.endsAt <= event.startsAt) return refuse('ends-before-start', { field: 'endsAt' })
	if (event.registrationOpensAt >= event.registrationClosesAt)
		return refuse('opens-after-closes', { field: 'registrationOpensAt' })
	if (event.registrationClosesAt > event.endsAt) return refuse('closes-after-end', { field: 'registrationClosesAt' })
	if (event.format !== 'online' && !(event.city && event.country)) return refuse('venue-required', { field: 'city' })
	if (event.format !== 'in-person' && !event.joiningLink) return refuse('link-required', { field: 'joiningLink' })
	return done()
}
