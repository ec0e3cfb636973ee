import { and, asc, eq, gt, inArray, ne, or } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	forumCategories,
	forumMembers,
	forumPosts,
	forumSubscriptions,
	forumThreads,
	users,
} from '#app/db/schema/index.ts'
import { sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { zonedDay, zonedTimeToUtc } from '#app/platform/zoned-time.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { mayReadCategory } from './store.server.ts'
import { digestHour } from './vocabulary.ts'

export const forumDigestKind = 'forum-digest'
const dayMs = 24 * 60 * 60 * 1000

export type SubscriptionTarget = `thread:${string}` | `category:${string}`

export function isSubscribed(userId: string, target: SubscriptionTarget, db: Db = getDb()) {
	return Boolean(
		db
			.select()
			.from(forumSubscriptions)
			.where(and(eq(forumSubscriptions.userId, userId), eq(forumSubscriptions.target, target)))
			.get(),
	)
}

/** Follows or stops following a thread or category the member may read (the caller checked it). */
export function setSubscription(actor: Actor, target: SubscriptionTarget, on: boolean) {
	writeTransaction((tx) => {
		if (on)
			tx.insert(forumSubscriptions)
				.values({ userId: actor.id, target, createdAt: new Date() })
				.onConflictDoNothing()
				.run()
		else
			tx.delete(forumSubscriptions)
				.where(and(eq(forumSubscriptions.userId, actor.id), eq(forumSubscriptions.target, target)))
				.run()
	})
}

/** The next digest hour on the subscriber's own clock. */
function nextDigestAt(timeZone: string, now: Date) {
	for (const offset of [0, 1, 2]) {
		const day = zonedDay(new Date(now.getTime() + offset * dayMs), timeZone)
		const at = zonedTimeToUtc(`${day}T${String(digestHour).padStart(2, '0')}:00`, timeZone)
		if (at && at > now) return { at, day }
	}
	return { at: new Date(now.getTime() + dayMs), day: now.toISOString().slice(0, 10) }
}

/**
 * A new published post queues tomorrow's (or tonight's) digest for everyone following its thread or category, in the
 * transaction that publishes it; one digest per person and day, however many posts arrive.
 */
export function scheduleDigests(tx: Db, post: { threadId: string; categoryId: string; authorId: string }, now: Date) {
	const followers = tx
		.selectDistinct({ userId: forumSubscriptions.userId, timeZone: users.timeZone })
		.from(forumSubscriptions)
		.innerJoin(users, eq(users.id, forumSubscriptions.userId))
		.where(
			and(
				inArray(forumSubscriptions.target, [`thread:${post.threadId}`, `category:${post.categoryId}`]),
				ne(forumSubscriptions.userId, post.authorId),
			),
		)
		.all()
	for (const follower of followers) {
		const { at, day } = nextDigestAt(follower.timeZone, now)
		scheduleJob(tx, {
			kind: forumDigestKind,
			key: `${forumDigestKind}:${follower.userId}:${day}`,
			payload: { userId: follower.userId },
			runAt: at,
		})
	}
}

/**
 * Sends one person the threads they follow that have new posts since their last digest, each with how many, in their
 * language; a thread they may no longer read (a tier or cohort they left) is left out, and so are their own posts.
 */
export async function sendDigest(payload: JobPayload, now: Date, db: Db = getDb()) {
	const person = getAccountUser(String(payload.userId), db)
	if (!person || person.status !== 'active') return
	const member = db.select().from(forumMembers).where(eq(forumMembers.userId, person.id)).get()
	const subscriptions = db
		.select({ target: forumSubscriptions.target, createdAt: forumSubscriptions.createdAt })
		.from(forumSubscriptions)
		.where(eq(forumSubscriptions.userId, person.id))
		.all()
	if (!subscriptions.length) return
	// The first digest covers everything since the person started following.
	const since = member?.lastDigestAt ?? new Date(Math.min(...subscriptions.map((row) => row.createdAt.getTime())))
	const targets = subscriptions.map((row) => row.target)
	const threadIds = targets.filter((target) => target.startsWith('thread:')).map((target) => target.slice(7))
	const categoryIds = targets.filter((target) => target.startsWith('category:')).map((target) => target.slice(9))
	const rows = db
		.select({ thread: forumThreads, category: forumCategories, postId: forumPosts.id })
		.from(forumPosts)
		.innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
		.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
		.where(
			and(
				eq(forumPosts.state, 'published'),
				gt(forumPosts.publishedAt, since),
				ne(forumPosts.authorId, person.id),
				or(
					threadIds.length ? inArray(forumThreads.id, threadIds) : undefined,
					categoryIds.length ? inArray(forumThreads.categoryId, categoryIds) : undefined,
				),
			),
		)
		.orderBy(asc(forumThreads.lastPostAt))
		.all()
		.filter((row) => mayReadCategory(person, row.category, db))
	if (rows.length) await sendAccountEmail(person, digestEmail(person.locale, rows))
	// Only once sent: a digest that failed is tried again with the same posts.
	writeTransaction((tx) =>
		tx
			.insert(forumMembers)
			.values({ userId: person.id, lastDigestAt: now })
			.onConflictDoUpdate({ target: forumMembers.userId, set: { lastDigestAt: now } })
			.run(),
	)
}

/** The digest in the reader's language: one line per thread, with how many new posts and its address. */
function digestEmail(locale: string, rows: { thread: { id: string; title: string }; category: { slug: string } }[]) {
	const language = isLanguage(locale) ? locale : defaultLanguage
	const t = serverI18n(language).getFixedT(language, 'forums')
	const counts = new Map<string, { title: string; path: string; posts: number }>()
	for (const row of rows) {
		const entry = counts.get(row.thread.id) ?? {
			title: row.thread.title,
			path: `/${language}/forums/${row.category.slug}/${row.thread.id}`,
			posts: 0,
		}
		entry.posts += 1
		counts.set(row.thread.id, entry)
	}
	const lines = [...counts.values()].map((entry) =>
		t('digest.line', { title: entry.title, count: entry.posts, link: `${getEnv().PUBLIC_URL}${entry.path}` }),
	)
	return { kind: 'forum-digest' as const, link: `/${language}/forums`, title: lines.join('\n') }
}
