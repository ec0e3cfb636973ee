import { eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { events } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { organisersOf } from './store.server.ts'

/**
 * Puts an event in search in each language it is written in, with its audience as the tier; call it in the
 * transaction that saves the event. A cohort's own session and a cancelled event are not searched for.
 */
export function indexEvent(tx: Db, eventId: string) {
	const event = tx.select().from(events).where(eq(events.id, eventId)).get()
	const listed = event && !event.cohortId && event.status === 'scheduled'
	const organisers = listed ? organisersOf(event.id, tx) : []
	const entries: EntryInput[] = listed
		? (Object.entries(event.texts) as [Language, { title: string; description: string }][]).map(([language, text]) => {
				const t = serverI18n(language).getFixedT(language, 'events')
				return {
					kind: 'event' as const,
					path: `/events/${event.slug}`,
					language,
					title: text.title,
					summary: [t(`kinds.${event.kind}`), event.city, event.startsOn].filter(Boolean).join(' · '),
					body: [text.description, ...organisers.map((organiser) => organiser.name)].join(' '),
					type: 'event',
					topics: ['cross-border-cooperation'],
					countries: [...new Set([event.country, ...organisers.map((organiser) => organiser.country)])].filter(
						(country): country is string => Boolean(country),
					),
					tier: event.audience,
					publishedOn: event.startsOn,
				}
			})
		: []
	replaceItemEntries(tx, `event:${eventId}`, entries)
}
