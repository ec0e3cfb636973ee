import { and, asc, eq, inArray } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { eventOrganisers, events, organisations } from '#app/db/schema/index.ts'
import { cohortStaff } from '#app/modules/courses/cohorts.server.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { type AgendaSession, checkSchedule, type EventQuestion, type EventSchedule, type EventTexts } from './event.ts'
import { notifyEveryoneOf, scheduleReminder } from './notices.server.ts'
import { fillFreeSeats } from './registrations.server.ts'
import { indexEvent } from './search-entries.server.ts'
import { type EventRow, findEvent, organisationIdsOf } from './store.server.ts'
import { utcToZonedInput, zonedDay } from '#app/platform/zoned-time.ts'
import { type EventKind } from './vocabulary.ts'

export type EventInput = EventSchedule & {
	kind: EventKind
	texts: EventTexts
	sourceLanguage: Language
	timeZone: string
	workingLanguages: string[]
	interpretation: string[]
	audience: AccessTier
	capacity: number
	questions: EventQuestion[]
	agenda: AgendaSession[]
	contactEmail: string
	organisationIds: string[]
	cohortId: string | null
}

export type OrganisingRefusal =
	| 'forbidden'
	| 'not-found'
	| 'ends-before-start'
	| 'opens-after-closes'
	| 'closes-after-end'
	| 'venue-required'
	| 'link-required'
	| 'unknown-organisation'
	| 'not-your-cohort'
	| 'already-cancelled'

/** May this person change this event: a member with organiser rights of one of its organisations. */
export function mayOrganise(actor: Actor | null, eventId: string, db?: Db) {
	return can(actor, 'events:organise', { organisationIds: organisationIdsOf(eventId, db) })
}

/** An event by its address, for someone who may change it; a refusal otherwise (403, or 404 when there is none). */
export function organisedEvent(actor: Actor, slug: string, db: Db = getDb()) {
	const event = findEvent(slug, db)
	if (!event) return refuse('not-found')
	if (!mayOrganise(actor, event.id, db)) return refuse('forbidden')
	return done({ event })
}

function uniqueSlug(tx: Db, title: string, startsOn: string) {
	const base = `${slugWords(title) || 'event'}-${startsOn.slice(0, 7)}`.slice(0, 70)
	for (let attempt = 1; ; attempt += 1) {
		const slug = attempt === 1 ? base : `${base}-${attempt}`
		if (!findEvent(slug, tx)) return slug
	}
}

function checkOrganisers(tx: Db, actor: Actor, input: Pick<EventInput, 'organisationIds' | 'cohortId'>) {
	const approved = tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(inArray(organisations.id, input.organisationIds), eq(organisations.status, 'approved')))
		.all()
	if (approved.length !== new Set(input.organisationIds).size)
		return refuse('unknown-organisation', { field: 'organisationIds' })
	// One's own organisation must stay among the organisers, or the event would slip out of one's hands.
	if (!can(actor, 'events:organise', { organisationIds: input.organisationIds }))
		return refuse('forbidden', { field: 'organisationIds' })
	if (input.cohortId) {
		const staff = cohortStaff(input.cohortId, tx)
		if (!staff || !can(actor, 'cohorts:follow', staff)) return refuse('not-your-cohort', { field: 'cohortId' })
	}
	return done()
}

/**
 * Creates an event (`existingSlug` null) or saves a change. Every change raises the iCalendar SEQUENCE; a new
 * time emails everyone holding or waiting for a place; more seats go to the waiting list at once.
 */
export function saveEvent(
	actor: Actor,
	input: EventInput,
	existingSlug: string | null,
	now: Date,
): Outcome<OrganisingRefusal, { slug: string }> {
	const schedule = checkSchedule(input)
	if (!schedule.ok) return schedule
	return writeTransaction((tx) => {
		const existing = existingSlug ? findEvent(existingSlug, tx) : undefined
		if (existingSlug && !existing) return refuse('not-found')
		if (existing && !mayOrganise(actor, existing.id, tx)) return refuse('forbidden')
		if (!existing && !can(actor, 'events:organise')) return refuse('forbidden')
		if (existing?.status === 'cancelled') return refuse('already-cancelled')
		// Nobody chosen: one's own organisation runs it.
		const organisationIds = input.organisationIds.length ? input.organisationIds : [actor.organisationId]
		const organisers = checkOrganisers(tx, actor, { ...input, organisationIds })
		if (!organisers.ok) return organisers
		const { organisationIds: _, ...fields } = input
		const startsOn = zonedDay(input.startsAt, input.timeZone)
		const title = input.texts[input.sourceLanguage]?.title ?? ''
		const values = { ...fields, startsOn, updatedAt: now }
		const event: EventRow = existing
			? tx
					.update(events)
					.set({ ...values, sequence: existing.sequence + 1 })
					.where(eq(events.id, existing.id))
					.returning()
					.get()
			: tx
					.insert(events)
					.values({ ...values, slug: uniqueSlug(tx, title, startsOn), createdBy: actor.id, createdAt: now })
					.returning()
					.get()
		tx.delete(eventOrganisers).where(eq(eventOrganisers.eventId, event.id)).run()
		tx.insert(eventOrganisers)
			.values([...new Set(organisationIds)].map((organisationId) => ({ eventId: event.id, organisationId })))
			.run()
		const moved =
			existing &&
			(existing.startsAt.getTime() !== event.startsAt.getTime() || existing.endsAt.getTime() !== event.endsAt.getTime())
		if (moved) notifyEveryoneOf(tx, event, 'event-changed', now)
		fillFreeSeats(tx, event, now)
		scheduleReminder(tx, event, now)
		indexEvent(tx, event.id)
		recordAudit(
			{ event: 'event-saved', actorUserId: actor.id, details: { event: event.slug, sequence: event.sequence } },
			tx,
		)
		return done({ slug: event.slug })
	})
}

/** Cancels an event: it stays listed as cancelled, calendars show it cancelled, and everyone concerned is emailed. */
export function cancelEvent(
	actor: Actor,
	slug: string,
	reason: string,
	now: Date,
): Outcome<'forbidden' | 'not-found' | 'already-cancelled'> {
	return writeTransaction((tx) => {
		const existing = findEvent(slug, tx)
		if (!existing) return refuse('not-found')
		if (!mayOrganise(actor, existing.id, tx)) return refuse('forbidden')
		if (existing.status === 'cancelled') return refuse('already-cancelled')
		const event = tx
			.update(events)
			.set({ status: 'cancelled', sequence: existing.sequence + 1, updatedAt: now })
			.where(eq(events.id, existing.id))
			.returning()
			.get()
		notifyEveryoneOf(tx, event, 'event-cancelled', now)
		indexEvent(tx, event.id)
		recordAudit({ event: 'event-cancelled', actorUserId: actor.id, details: { event: slug, reason } }, tx)
		return done()
	})
}

/** The organisations that may co-organise: every approved one, by country then name. */
export function organiserChoices(db: Db = getDb()) {
	return db
		.select({ id: organisations.id, name: organisations.name, country: organisations.country })
		.from(organisations)
		.where(eq(organisations.status, 'approved'))
		.orderBy(asc(organisations.country), asc(organisations.name))
		.all()
}

/** A saved event as its form shows it: times back on the event's own wall clock. */
export function eventFormValues(event: EventRow, organisationIds: string[]) {
	const values: Record<string, string | string[]> = {
		kind: event.kind,
		audience: event.audience,
		format: event.format,
		sourceLanguage: event.sourceLanguage,
		timeZone: event.timeZone,
		startsAt: utcToZonedInput(event.startsAt, event.timeZone),
		endsAt: utcToZonedInput(event.endsAt, event.timeZone),
		registrationOpensAt: utcToZonedInput(event.registrationOpensAt, event.timeZone),
		registrationClosesAt: utcToZonedInput(event.registrationClosesAt, event.timeZone),
		city: event.city ?? '',
		country: event.country ?? '',
		joiningLink: event.joiningLink ?? '',
		workingLanguages: event.workingLanguages.join(', '),
		interpretation: event.interpretation.join(', '),
		capacity: String(event.capacity),
		contactEmail: event.contactEmail,
		cohortId: event.cohortId ?? '',
		organisationIds,
		standardQuestions: event.questions.filter((question) => question.standard).map((question) => question.id),
	}
	for (const [language, text] of Object.entries(event.texts)) {
		values[`title.${language}`] = text.title
		values[`description.${language}`] = text.description
	}
	event.questions
		.flatMap((question) => (question.standard ? [] : [question]))
		.forEach((question, index) => {
			values[`question.${index}.label`] = question.label
			if (question.required) values[`question.${index}.required`] = 'on'
		})
	event.agenda.forEach((session, index) => {
		values[`agenda.${index}.startsAt`] = utcToZonedInput(new Date(session.startsAt), event.timeZone)
		values[`agenda.${index}.endsAt`] = utcToZonedInput(new Date(session.endsAt), event.timeZone)
		values[`agenda.${index}.title`] = session.title
		values[`agenda.${index}.speakers`] = session.speakers.join('; ')
	})
	return values
}
