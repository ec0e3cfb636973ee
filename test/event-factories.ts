import { type EventInput, saveEvent } from '#app/modules/events/organising.server.ts'
import { findEvent } from '#app/modules/events/store.server.ts'
import { type Actor } from '#app/platform/permissions.ts'

const hour = 60 * 60 * 1000
const day = 24 * hour

/** An event the organiser's organisation runs: in Vienna, a week from `now`, registration open, unless told otherwise. */
export function eventInput(organiser: Actor, overrides: Partial<EventInput> = {}, now = new Date()): EventInput {
	const startsAt = new Date(now.getTime() + 7 * day)
	return {
		kind: 'training-workshop',
		texts: { en: { title: 'Joint workshop on labour exploitation', description: 'Two days of joint casework.' } },
		sourceLanguage: 'en',
		timeZone: 'Europe/Vienna',
		startsAt,
		endsAt: new Date(startsAt.getTime() + 8 * hour),
		registrationOpensAt: new Date(now.getTime() - day),
		registrationClosesAt: new Date(startsAt.getTime() - hour),
		format: 'in-person',
		city: 'Vienna',
		country: 'AT',
		joiningLink: null,
		workingLanguages: ['en', 'de'],
		interpretation: ['fr'],
		audience: 'public',
		capacity: 20,
		questions: [],
		agenda: [],
		contactEmail: 'events@organiser.example',
		organisationIds: [organiser.organisationId],
		cohortId: null,
		...overrides,
	}
}

export function createEvent(organiser: Actor, overrides: Partial<EventInput> = {}, now = new Date()) {
	const saved = saveEvent(organiser, eventInput(organiser, overrides, now), null, now)
	if (!saved.ok) throw new Error(`The event was refused: ${saved.reason}`)
	return findEvent(saved.slug)!
}
