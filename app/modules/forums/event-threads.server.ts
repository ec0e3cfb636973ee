import { and, eq, isNull } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { forumCategories, forumPosts, forumThreads } from '#app/db/schema/index.ts'
import { mayOrganise } from '#app/modules/events/organising.server.ts'
import { findEvent } from '#app/modules/events/store.server.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { languages, type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { openCohortForum } from './cohort-forums.server.ts'
import { refreshThread } from './posting.server.ts'

/** An event's own thread, with its category's address, if its organisers opened one. */
export function eventThread(eventId: string, db: Db = getDb()) {
	return (
		db
			.select({ threadId: forumThreads.id, categorySlug: forumCategories.slug, posts: forumThreads.postCount })
			.from(forumThreads)
			.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
			.where(eq(forumThreads.eventId, eventId))
			.get() ?? null
	)
}

/** The category that holds events' threads for one audience, made the first time it is needed. */
function eventsCategory(tx: Db, tier: AccessTier) {
	const slug = tier === 'public' ? 'events' : `events-${tier}`
	const existing = tx
		.select()
		.from(forumCategories)
		.where(and(eq(forumCategories.slug, slug), isNull(forumCategories.cohortId)))
		.get()
	if (existing) return existing
	const texts = Object.fromEntries(
		languages.map((language) => {
			const t = serverI18n(language).getFixedT(language, 'forums')
			return [language, { name: t(`eventThreads.category.${tier}`), description: t('eventThreads.description') }]
		}),
	)
	return tx
		.insert(forumCategories)
		.values({ slug, kind: 'topic', tier, texts, sourceLanguage: 'en', position: 100 })
		.returning()
		.get()
}

/**
 * Opens an event's discussion (once): a thread in the events category of the event's audience, or in the cohort's
 * own forum for a cohort's session, started with the event's description in the organiser's language.
 */
export function openEventThread(
	actor: Actor,
	eventSlug: string,
	language: Language,
	now: Date,
): Outcome<'not-found' | 'forbidden', { path: string }> {
	const event = findEvent(eventSlug)
	if (!event) return refuse('not-found')
	if (!mayOrganise(actor, event.id)) return refuse('forbidden')
	const existing = eventThread(event.id)
	if (existing) return done({ path: `/forums/${existing.categorySlug}/${existing.threadId}` })
	const cohortForum = event.cohortId ? openCohortForum(actor, event.cohortId, language) : null
	if (cohortForum && !cohortForum.ok) return cohortForum
	return writeTransaction((tx) => {
		const category = cohortForum?.ok
			? tx.select().from(forumCategories).where(eq(forumCategories.slug, cohortForum.slug)).get()!
			: eventsCategory(tx, event.audience)
		const { text, language: textLanguage } = textIn(event.texts, language, event.sourceLanguage)
		const t = serverI18n(language).getFixedT(language, 'forums')
		const thread = tx
			.insert(forumThreads)
			.values({
				categoryId: category.id,
				title: text.title,
				language: textLanguage,
				authorId: actor.id,
				eventId: event.id,
				lastPostAt: now,
				createdAt: now,
			})
			.returning()
			.get()
		tx.insert(forumPosts)
			.values({
				threadId: thread.id,
				authorId: actor.id,
				body: `${text.description}\n\n${t('eventThreads.opening', { path: `/${language}/events/${event.slug}` })}`,
				language: textLanguage,
				state: 'published',
				createdAt: now,
				publishedAt: now,
			})
			.run()
		refreshThread(tx, thread.id)
		return done({ path: `/forums/${category.slug}/${thread.id}` })
	})
}
