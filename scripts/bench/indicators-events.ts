/**
 * Events over the two years and the places officers took at them, for the events' indicators (held, participants,
 * attendance). Seeded like the rest of the dataset; most participants come from the event's own country.
 */
import { type EventFormat, type EventKind, type RegistrationStatus } from '#app/modules/events/vocabulary.ts'
import { between, chance, pick, randomStream, WeightedValues } from './random.ts'
import { activityDays, benchCountries, dayMs, idOf, streams } from './indicators-world.ts'

export type PlannedEvent = {
	id: string
	slug: string
	kind: EventKind
	format: EventFormat
	country: string | null
	startsAt: number
	endsAt: number
	capacity: number
	cancelled: boolean
}

export type PlannedRegistration = {
	id: string
	userIndex: number
	status: RegistrationStatus
	queuedAt: number
	attended: boolean | null
}

const kinds = new WeightedValues<EventKind>([
	['training-workshop', 35],
	['webinar', 25],
	['seminar', 15],
	['regional-forum', 10],
	['conference', 8],
	['joint-exercise', 7],
])
const formats = new WeightedValues<EventFormat>([
	['in-person', 50],
	['online', 30],
	['hybrid', 20],
])

/** From the start of the activity to two months ahead, so some are still to come. */
export function planEvent(seed: number, n: number, now: number): PlannedEvent {
	const random = randomStream(seed, streams.event, n)
	const format = formats.draw(random)
	const startsAt = now - activityDays * dayMs + Math.floor(random() * (activityDays + 60) * dayMs)
	return {
		id: idOf(seed, 'event', n),
		slug: `bench-event-${n + 1}`,
		kind: kinds.draw(random),
		format,
		country: format === 'online' ? null : pick(random, benchCountries),
		startsAt,
		endsAt: startsAt + (chance(random, 0.5) ? between(random, 2, 8) * 3_600_000 : between(random, 1, 3) * dayMs),
		capacity: between(random, 20, 200),
		cancelled: chance(random, 0.04),
	}
}

/**
 * Places asked for: up to a little over capacity, the rest waiting; some cancelled. Once an event is over, an
 * organiser has marked most confirmed participants as attended.
 */
export function planRegistrations(
	seed: number,
	n: number,
	event: PlannedEvent,
	people: { byCountry: ReadonlyMap<string, readonly number[]>; count: number },
	now: number,
): PlannedRegistration[] {
	const random = randomStream(seed, streams.registration, n)
	const wanted = Math.round(event.capacity * (0.3 + random() * 0.8))
	const local = event.country ? (people.byCountry.get(event.country) ?? []) : []
	const chosen = new Set<number>()
	for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt++)
		chosen.add(local.length && chance(random, 0.6) ? pick(random, local) : between(random, 0, people.count - 1))
	let registered = 0
	return [...chosen].map((userIndex) => {
		const queuedAt = event.startsAt - Math.floor((1 + random() * 40) * dayMs)
		const cancelled = chance(random, 0.08)
		const status: RegistrationStatus = cancelled
			? 'cancelled'
			: registered < event.capacity
				? 'registered'
				: 'waitlisted'
		if (status === 'registered') registered++
		const over = event.endsAt <= now && !event.cancelled
		return {
			id: idOf('registration', event.id, userIndex),
			userIndex,
			status,
			queuedAt: Math.min(queuedAt, now),
			attended: status === 'registered' && over ? chance(random, 0.8) : null,
		}
	})
}
