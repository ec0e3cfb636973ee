import { and, asc, eq, gte } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { calendarFeeds, events } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { countryName } from '#app/platform/format.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { hashToken, randomToken } from '#app/platform/crypto.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type CalendarEvent, writeCalendar } from './ical.ts'
import { registrationsOf } from './registrations.server.ts'
import { type EventFilters } from './filters.ts'
import { type EventRow, visibleEvents } from './store.server.ts'
import { calendarAlarmMinutes } from './vocabulary.ts'

/** One event as a calendar entry, in the reader's language; its UID never changes, its SEQUENCE grows with each change. */
export function calendarEntry(event: EventRow, language: Language): CalendarEvent {
	const t = serverI18n(language).getFixedT(language, 'events')
	const { text } = textIn(event.texts, language, event.sourceLanguage)
	const place = event.city && event.country ? `${event.city}, ${countryName(event.country, language)}` : null
	return {
		uid: `${event.id}@atlas`,
		sequence: event.sequence,
		stamp: event.updatedAt,
		start: event.startsAt,
		end: event.endsAt,
		summary: text.title,
		description: text.description,
		location: event.format === 'online' ? t('formats.online') : (place ?? undefined),
		url: `${getEnv().PUBLIC_URL}/${language}/events/${event.slug}`,
		cancelled: event.status === 'cancelled',
		alarmMinutesBefore: calendarAlarmMinutes,
	}
}

export function eventCalendar(event: EventRow, language: Language) {
	const { text } = textIn(event.texts, language, event.sourceLanguage)
	return writeCalendar({ name: text.title, events: [calendarEntry(event, language)] })
}

/**
 * The public feed that follows a list's filters: upcoming public events only, whoever asks, since a
 * calendar application fetches it without anyone's session.
 */
export function publicFeed(filter: EventFilters, language: Language, now: Date, db: Db = getDb()) {
	const t = serverI18n(language).getFixedT(language, 'events')
	const rows = db
		.select()
		.from(events)
		.where(and(visibleEvents(null, filter), gte(events.endsAt, now)))
		.orderBy(asc(events.startsAt))
		.limit(500)
		.all()
	return writeCalendar({ name: t('feeds.publicName'), events: rows.map((row) => calendarEntry(row, language)) })
}

/** A new private address for one's own events; the previous one stops working at once. */
export function renewFeedToken(userId: string) {
	const token = randomToken(20)
	writeTransaction((tx) =>
		tx
			.insert(calendarFeeds)
			.values({ userId, tokenHash: hashToken(token), createdAt: new Date() })
			.onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashToken(token), createdAt: new Date() } })
			.run(),
	)
	return token
}

export function revokeFeedToken(userId: string) {
	writeTransaction((tx) => tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run())
}

export function hasFeedToken(userId: string, db: Db = getDb()) {
	return Boolean(db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get())
}

/** The private feed behind a token: the events its owner holds or waits for a place at; null for an unknown token. */
export function personalFeed(token: string, language: Language, db: Db = getDb()) {
	const feed = db
		.select()
		.from(calendarFeeds)
		.where(eq(calendarFeeds.tokenHash, hashToken(token)))
		.get()
	// A closed or suspended account's address stops with the account.
	if (!feed || getAccountUser(feed.userId, db)?.status !== 'active') return null
	const t = serverI18n(language).getFixedT(language, 'events')
	return writeCalendar({
		name: t('feeds.personalName'),
		events: registrationsOf(feed.userId, db).map((row) => calendarEntry(row.event, language)),
	})
}
