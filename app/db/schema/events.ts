import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { type AgendaSession, type EventQuestion, type EventTexts } from '#app/modules/events/event.ts'
import { eventFormats, eventKinds, eventStatuses, registrationStatuses } from '#app/modules/events/vocabulary.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { organisations, users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'
import { cohorts } from './courses.ts'

/**
 * A workshop, seminar, conference, forum, webinar or exercise. Instants are stored in UTC with the event's own
 * IANA zone, so "09:00 in Vienna" stays 09:00 in Vienna across a daylight-saving change.
 */
export const events = sqliteTable(
	'events',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		kind: text('kind', { enum: eventKinds }).notNull(),
		texts: text('texts', { mode: 'json' }).$type<EventTexts>().notNull(),
		sourceLanguage: text('source_language').$type<Language>().notNull(),
		startsAt: timestamp('starts_at').notNull(),
		endsAt: timestamp('ends_at').notNull(),
		timeZone: text('time_zone').notNull(),
		/** The day it starts where it is held (YYYY-MM-DD): the month filter and the calendar place it by this. */
		startsOn: text('starts_on').notNull(),
		format: text('format', { enum: eventFormats }).notNull(),
		city: text('city'),
		country: text('country'),
		/** Shown only to people registered for the event. */
		joiningLink: text('joining_link'),
		workingLanguages: text('working_languages', { mode: 'json' }).$type<string[]>().notNull(),
		interpretation: text('interpretation', { mode: 'json' }).$type<string[]>().notNull(),
		audience: text('audience', { enum: accessTiers }).notNull(),
		capacity: integer('capacity').notNull(),
		registrationOpensAt: timestamp('registration_opens_at').notNull(),
		registrationClosesAt: timestamp('registration_closes_at').notNull(),
		questions: text('questions', { mode: 'json' }).$type<EventQuestion[]>().notNull(),
		agenda: text('agenda', { mode: 'json' }).$type<AgendaSession[]>().notNull(),
		contactEmail: text('contact_email').notNull(),
		/** A live or in-person session of a course cohort: only its participants register. */
		cohortId: text('cohort_id').references(() => cohorts.id, { onDelete: 'cascade' }),
		status: text('status', { enum: eventStatuses }).notNull().default('scheduled'),
		/** iCalendar SEQUENCE: raised on every saved change so calendars replace their copy. */
		sequence: integer('sequence').notNull().default(0),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
	},
	(table) => [
		index('events_upcoming').on(table.audience, table.startsAt),
		index('events_starts_on').on(table.startsOn),
		index('events_cohort').on(table.cohortId),
		// The list's and the filters' columns, so counting a page and offering the choices never read an event's
		// texts, questions and agenda (tens of kB each, stored before these columns).
		index('events_listing').on(
			table.endsAt,
			table.audience,
			table.cohortId,
			table.kind,
			table.country,
			table.startsOn,
			table.startsAt,
		),
		index('events_choices').on(table.country, table.workingLanguages, table.interpretation),
	],
)

/** The organisations that run an event, often from several countries; their members with organiser rights edit it. */
export const eventOrganisers = sqliteTable(
	'event_organisers',
	{
		eventId: text('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
	},
	(table) => [
		primaryKey({ columns: [table.eventId, table.organisationId] }),
		index('event_organisers_organisation').on(table.organisationId),
	],
)

/** One person's place at an event: registered, waiting (in order of `queuedAt`), or cancelled. */
export const eventRegistrations = sqliteTable(
	'event_registrations',
	{
		id: id(),
		eventId: text('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		status: text('status', { enum: registrationStatuses }).notNull(),
		answers: text('answers', { mode: 'json' }).$type<Record<string, string>>().notNull(),
		/** When the person last asked for a place: the waiting list is served in this order. */
		queuedAt: timestamp('queued_at').notNull(),
		/** Marked by an organiser after the event; null until then. */
		attended: integer('attended', { mode: 'boolean' }),
		updatedAt: timestamp('updated_at').notNull(),
	},
	(table) => [
		uniqueIndex('event_registrations_person').on(table.eventId, table.userId),
		index('event_registrations_queue').on(table.eventId, table.status, table.queuedAt),
		index('event_registrations_user').on(table.userId, table.status),
	],
)

/** A person's private calendar address: only a hash of its token is kept, and a new one replaces (revokes) the old. */
export const calendarFeeds = sqliteTable('calendar_feeds', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	tokenHash: text('token_hash').notNull().unique(),
	createdAt: createdAt(),
})
