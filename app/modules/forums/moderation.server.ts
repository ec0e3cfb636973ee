import { and, asc, count, eq, isNull, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { forumCategories, forumMembers, forumPosts, forumReports, forumThreads, users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { refreshThread } from './posting.server.ts'
import { findPost, findReadableThread, findThread } from './store.server.ts'
import { type ReportReason, reportsPageSize } from './vocabulary.ts'

const dayMs = 24 * 60 * 60 * 1000

/** A reader flags a post for the moderators; one open report per reader and post. */
export function reportPost(
	actor: Actor,
	postId: string,
	report: { reason: ReportReason; note: string },
	now: Date,
): Outcome<'not-found' | 'already-reported'> {
	return writeTransaction((tx) => {
		const found = findPost(postId, tx)
		if (!found || found.post.state !== 'published' || !findReadableThread(actor, found.thread.id, tx))
			return refuse('not-found')
		const open = tx
			.select({ id: forumReports.id })
			.from(forumReports)
			.where(
				and(eq(forumReports.postId, postId), eq(forumReports.reporterId, actor.id), isNull(forumReports.resolvedAt)),
			)
			.get()
		if (open) return refuse('already-reported')
		tx.insert(forumReports)
			.values({ postId, reporterId: actor.id, ...report, createdAt: now })
			.run()
		return done()
	})
}

/** Posts with open reports, the most reported first, for moderators. */
export function reportedPosts(actor: Actor, page: number, db: Db = getDb()) {
	if (!can(actor, 'forums:moderate')) return refuse('forbidden')
	const listing = db
		.select({
			post: forumPosts,
			threadTitle: forumThreads.title,
			categorySlug: forumCategories.slug,
			author: users.name,
			reports: count(forumReports.id),
			reasons: sql<string>`group_concat(distinct ${forumReports.reason})`,
			notes: sql<string>`group_concat(${forumReports.note}, ' · ')`,
		})
		.from(forumReports)
		.innerJoin(forumPosts, eq(forumPosts.id, forumReports.postId))
		.innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
		.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
		.leftJoin(users, eq(users.id, forumPosts.authorId))
		.where(isNull(forumReports.resolvedAt))
		.groupBy(forumPosts.id)
		.$dynamic()
	return done(
		readPage(db, listing, {
			orderBy: [sql`count(${forumReports.id}) desc`, asc(forumPosts.createdAt)],
			page,
			pageSize: reportsPageSize,
		}),
	)
}

function closeReports(tx: Db, actor: Actor, postId: string, now: Date) {
	tx.update(forumReports)
		.set({ resolvedAt: now, resolvedBy: actor.id })
		.where(and(eq(forumReports.postId, postId), isNull(forumReports.resolvedAt)))
		.run()
}

type ModerationRefusal = 'forbidden' | 'not-found' | 'same-category'

/** Hides a post (the thread shows that it was, and why), restores it, or dismisses its reports; each with a reason. */
export function moderatePost(
	actor: Actor,
	postId: string,
	action: 'hide' | 'restore' | 'dismiss',
	reason: string,
	now: Date,
): Outcome<ModerationRefusal, { threadId: string }> {
	if (!can(actor, 'forums:moderate')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const found = findPost(postId, tx)
		if (!found || found.post.state === 'held') return refuse('not-found')
		if (action !== 'dismiss')
			tx.update(forumPosts)
				.set({
					state: action === 'hide' ? 'hidden' : 'published',
					moderationReason: action === 'hide' ? reason : null,
					publishedAt: found.post.publishedAt ?? now,
				})
				.where(eq(forumPosts.id, postId))
				.run()
		closeReports(tx, actor, postId, now)
		refreshThread(tx, found.thread.id)
		recordAudit(
			{
				event: 'forum-moderated',
				actorUserId: actor.id,
				subjectUserId: found.post.authorId,
				details: { action, post: postId, reason },
			},
			tx,
		)
		return done({ threadId: found.thread.id })
	})
}

/** Locks or unlocks a thread, or moves it to another category; with a reason, audit-logged. */
export function moderateThread(
	actor: Actor,
	threadId: string,
	change: { action: 'lock' | 'unlock' } | { action: 'move'; categorySlug: string },
	reason: string,
): Outcome<ModerationRefusal, { categorySlug: string }> {
	if (!can(actor, 'forums:moderate')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const found = findThread(threadId, tx)
		if (!found) return refuse('not-found')
		let categorySlug = found.category.slug
		if (change.action === 'move') {
			const target = tx.select().from(forumCategories).where(eq(forumCategories.slug, change.categorySlug)).get()
			if (!target) return refuse('not-found')
			if (target.id === found.category.id) return refuse('same-category', { field: 'categorySlug' })
			tx.update(forumThreads).set({ categoryId: target.id }).where(eq(forumThreads.id, threadId)).run()
			categorySlug = target.slug
		} else {
			tx.update(forumThreads)
				.set({ state: change.action === 'lock' ? 'locked' : 'open' })
				.where(eq(forumThreads.id, threadId))
				.run()
		}
		refreshThread(tx, threadId)
		recordAudit(
			{
				event: 'forum-moderated',
				actorUserId: actor.id,
				details: { action: change.action, thread: threadId, reason, category: categorySlug },
			},
			tx,
		)
		return done({ categorySlug })
	})
}

/** Suspends a member from posting for some days, or trusts them (links, a faster pace); with a reason, audit-logged. */
export function moderateMember(
	actor: Actor,
	userId: string,
	change: { action: 'suspend'; days: number } | { action: 'trust' },
	reason: string,
	now: Date,
): Outcome<ModerationRefusal> {
	if (!can(actor, 'forums:moderate')) return refuse('forbidden')
	return writeTransaction((tx) => {
		if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) return refuse('not-found')
		const values =
			change.action === 'suspend'
				? { suspendedUntil: new Date(now.getTime() + change.days * dayMs), suspensionReason: reason }
				: { trustedAt: now }
		tx.insert(forumMembers)
			.values({ userId, ...values })
			.onConflictDoUpdate({ target: forumMembers.userId, set: values })
			.run()
		recordAudit(
			{
				event: 'forum-moderated',
				actorUserId: actor.id,
				subjectUserId: userId,
				details: { action: change.action, reason, ...(change.action === 'suspend' ? { days: change.days } : {}) },
			},
			tx,
		)
		return done()
	})
}
