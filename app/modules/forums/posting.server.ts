import { and, count, desc, eq, gte } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { forumMembers, forumPostRevisions, forumPosts, forumThreads, users } from '#app/db/schema/index.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { postLinks } from './markdown.ts'
import { findPersonalData, type PersonalDataKind } from './personal-data.ts'
import { mayLink, mayPost, type PosterStanding } from './posting-limits.ts'
import { indexThread } from './search-entries.server.ts'
import { findPost, findReadableCategory, findReadableThread } from './store.server.ts'
import { scheduleDigests } from './subscriptions.server.ts'

export type PostingRefusal =
	'not-found' | 'forbidden' | 'locked' | 'suspended' | 'rate-limited' | 'links-not-yet' | 'not-held'

export type PostDraft = { body: string; language: string }

const day = 24 * 60 * 60 * 1000

/** Where a member stands: when they joined, how much they have published, trust and suspension. */
export function standingOf(userId: string, db: Db = getDb()): PosterStanding {
	const user = db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).get()
	const member = db.select().from(forumMembers).where(eq(forumMembers.userId, userId)).get()
	const published =
		db
			.select({ n: count() })
			.from(forumPosts)
			.where(and(eq(forumPosts.authorId, userId), eq(forumPosts.state, 'published')))
			.get()?.n ?? 0
	return {
		joinedAt: user?.createdAt ?? new Date(),
		postsPublished: published,
		trusted: Boolean(member?.trustedAt),
		suspendedUntil: member?.suspendedUntil ?? null,
	}
}

/** The limits every post passes: not suspended, not too fast, no links before trust. */
function checkPoster(tx: Db, actor: Actor, body: string, now: Date) {
	const standing = standingOf(actor.id, tx)
	const recent = tx
		.select({ at: forumPosts.createdAt })
		.from(forumPosts)
		.where(and(eq(forumPosts.authorId, actor.id), gte(forumPosts.createdAt, new Date(now.getTime() - day))))
		.orderBy(desc(forumPosts.createdAt))
		.all()
		.map((row) => row.at)
	const allowed = mayPost(standing, recent, now)
	if (!allowed.ok) return refuse(allowed.reason, { field: allowed.reason === 'suspended' ? 'form' : 'body' })
	return checkLinks(tx, actor, body, now, standing)
}

/** Links only from trusted members, whether the wording is new, corrected or edited. */
function checkLinks(tx: Db, actor: Actor, body: string, now: Date, standing = standingOf(actor.id, tx)) {
	if (postLinks(body).length && !mayLink(standing, now)) return refuse('links-not-yet', { field: 'body' })
	return done()
}

/**
 * What the personal-data check decides: nothing found, or the author has already confirmed, publishes; otherwise the
 * post is held for its author with the kinds found.
 */
function stateFor(body: string, confirmed: boolean): { state: 'published' | 'held'; heldFor: PersonalDataKind[] } {
	if (confirmed) return { state: 'published', heldFor: [] }
	const found = [...new Set(findPersonalData(body).map((finding) => finding.kind))]
	return found.length ? { state: 'held', heldFor: found } : { state: 'published', heldFor: [] }
}

/** Keeps a thread's count of published posts and its last activity true, and its search entry with them. */
export function refreshThread(tx: Db, threadId: string) {
	const published = tx
		.select({ n: count(), last: forumPosts.publishedAt })
		.from(forumPosts)
		.where(and(eq(forumPosts.threadId, threadId), eq(forumPosts.state, 'published')))
		.orderBy(desc(forumPosts.publishedAt))
		.get()
	const thread = tx.select().from(forumThreads).where(eq(forumThreads.id, threadId)).get()
	if (!thread) return
	tx.update(forumThreads)
		.set({ postCount: published?.n ?? 0, lastPostAt: published?.last ?? thread.createdAt })
		.where(eq(forumThreads.id, threadId))
		.run()
	indexThread(tx, threadId)
}

/** Starts a thread in a category the member may read; its first post may be held like any other. */
export function startThread(
	actor: Actor,
	categorySlug: string,
	draft: PostDraft & { title: string; confirmed?: boolean },
	now: Date,
): Outcome<PostingRefusal, { threadId: string; postId: string; held: boolean }> {
	return writeTransaction((tx) => {
		const category = findReadableCategory(actor, categorySlug, tx)
		if (!category) return refuse('not-found')
		const poster = checkPoster(tx, actor, `${draft.title}\n${draft.body}`, now)
		if (!poster.ok) return poster
		const { state, heldFor } = stateFor(`${draft.title}\n${draft.body}`, draft.confirmed ?? false)
		const thread = tx
			.insert(forumThreads)
			.values({
				categoryId: category.id,
				title: draft.title,
				language: draft.language,
				authorId: actor.id,
				lastPostAt: now,
				createdAt: now,
			})
			.returning()
			.get()
		const post = tx
			.insert(forumPosts)
			.values({
				threadId: thread.id,
				authorId: actor.id,
				body: draft.body,
				language: draft.language,
				state,
				heldFor,
				createdAt: now,
				publishedAt: state === 'published' ? now : null,
			})
			.returning()
			.get()
		if (state === 'published') published(tx, thread.id, category.id, actor, now)
		return done({ threadId: thread.id, postId: post.id, held: state === 'held' })
	})
}

function published(tx: Db, threadId: string, categoryId: string, actor: Actor, now: Date) {
	refreshThread(tx, threadId)
	scheduleDigests(tx, { threadId, categoryId, authorId: actor.id }, now)
}

/** A reply, optionally quoting a post of the same thread; a locked thread takes none (moderators excepted). */
export function reply(
	actor: Actor,
	threadId: string,
	draft: PostDraft & { quotedPostId?: string | null; confirmed?: boolean },
	now: Date,
): Outcome<PostingRefusal, { postId: string; held: boolean }> {
	return writeTransaction((tx) => {
		const found = findReadableThread(actor, threadId, tx)
		if (!found) return refuse('not-found')
		if (found.thread.state === 'locked' && !can(actor, 'forums:moderate')) return refuse('locked')
		const poster = checkPoster(tx, actor, draft.body, now)
		if (!poster.ok) return poster
		const quoted = draft.quotedPostId ? findPost(draft.quotedPostId, tx) : null
		const { state, heldFor } = stateFor(draft.body, draft.confirmed ?? false)
		const post = tx
			.insert(forumPosts)
			.values({
				threadId,
				authorId: actor.id,
				body: draft.body,
				language: draft.language,
				state,
				heldFor,
				quotedPostId: quoted && quoted.thread.id === threadId ? quoted.post.id : null,
				createdAt: now,
				publishedAt: state === 'published' ? now : null,
			})
			.returning()
			.get()
		if (state === 'published') published(tx, threadId, found.category.id, actor, now)
		return done({ postId: post.id, held: state === 'held' })
	})
}

/**
 * The author's answer to a held post: publish it as it is, confirming it names no real person, or with a new
 * wording, which is checked again.
 */
export function releaseHeldPost(
	actor: Actor,
	postId: string,
	answer: { confirmed: boolean; body?: string },
	now: Date,
): Outcome<PostingRefusal, { held: boolean; threadId: string }> {
	return writeTransaction((tx) => {
		const found = findPost(postId, tx)
		if (!found || found.post.authorId !== actor.id) return refuse('not-found')
		if (found.post.state !== 'held') return refuse('not-held')
		const body = answer.body ?? found.post.body
		const links = checkLinks(tx, actor, body, now)
		if (!links.ok) return links
		const { state, heldFor } = stateFor(body, answer.confirmed)
		tx.update(forumPosts)
			.set({ body, state, heldFor, publishedAt: state === 'published' ? now : null })
			.where(eq(forumPosts.id, postId))
			.run()
		if (state === 'published') published(tx, found.thread.id, found.category.id, actor, now)
		return done({ held: state === 'held', threadId: found.thread.id })
	})
}

/**
 * The author changes a published post: the earlier wording goes into its history, and the new one passes the same
 * checks as a new post (a wording with personal data is held again).
 */
export function editPost(
	actor: Actor,
	postId: string,
	body: string,
	now: Date,
): Outcome<PostingRefusal, { held: boolean; threadId: string }> {
	return writeTransaction((tx) => {
		const found = findPost(postId, tx)
		if (!found || found.post.authorId !== actor.id || found.post.state === 'held') return refuse('not-found')
		if (found.post.state === 'hidden') return refuse('forbidden')
		if (found.thread.state === 'locked') return refuse('locked')
		const links = checkLinks(tx, actor, body, now)
		if (!links.ok) return links
		const { state, heldFor } = stateFor(body, false)
		tx.insert(forumPostRevisions).values({ postId, body: found.post.body, replacedAt: now }).run()
		tx.update(forumPosts)
			.set({ body, state, heldFor, editedAt: now, publishedAt: state === 'published' ? found.post.publishedAt : null })
			.where(eq(forumPosts.id, postId))
			.run()
		refreshThread(tx, found.thread.id)
		return done({ held: state === 'held', threadId: found.thread.id })
	})
}

/** A post's earlier wordings, newest first, for anyone who may read the thread. */
export function postHistory(actor: Actor | null, postId: string, db: Db = getDb()) {
	const found = findPost(postId, db)
	if (!found || found.post.state === 'held') return null
	if (!findReadableThread(actor, found.thread.id, db)) return null
	if (found.post.state === 'hidden' && !can(actor, 'forums:moderate')) return null
	const revisions = db
		.select()
		.from(forumPostRevisions)
		.where(eq(forumPostRevisions.postId, postId))
		.orderBy(desc(forumPostRevisions.replacedAt))
		.all()
	return { ...found, revisions }
}
