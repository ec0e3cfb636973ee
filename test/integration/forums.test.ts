import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { auditEvents, forumPosts, forumThreads } from '#app/db/schema/index.ts'
import { eventThread, openEventThread } from '#app/modules/forums/event-threads.server.ts'
import { forumJobHandlers } from '#app/modules/forums/jobs.server.ts'
import { moderateMember, moderatePost, moderateThread, reportPost } from '#app/modules/forums/moderation.server.ts'
import { editPost, releaseHeldPost, reply, startThread } from '#app/modules/forums/posting.server.ts'
import { readableCategories } from '#app/modules/forums/store.server.ts'
import { setSubscription } from '#app/modules/forums/subscriptions.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import * as category from '#app/routes/$lang+/forums+/$category.tsx'
import * as thread from '#app/routes/$lang+/forums+/$category_.$threadId.tsx'
import * as history from '#app/routes/$lang+/forums+/posts.$postId.history.tsx'
import { createEvent } from '#test/event-factories.ts'
import { createActor, signIn } from '#test/factories.ts'
import { createCategory, createThread } from '#test/forum-factories.ts'
import { callRoute } from '#test/routes.ts'

const postOf = (postId: string) => getDb().select().from(forumPosts).where(eq(forumPosts.id, postId)).get()!
const minute = 60_000

test('a category for law enforcement is invisible to an NGO member: listing, search, digest and direct address', async () => {
	const officer = await createActor({ roles: ['officer'] })
	const ngo = await createActor({ roles: ['ngo_member'] })
	const restricted = createCategory({ tier: 'law-enforcement' })
	const started = createThread(officer, restricted.slug, {
		title: 'Controlled delivery kestrelwing',
		body: 'Operational detail for officers.',
	})
	const slugs = (actor: typeof ngo | null) => readableCategories(actor).map((row) => row.category.slug)
	expect(slugs(officer)).toContain(restricted.slug)
	expect(slugs(ngo)).not.toContain(restricted.slug)
	expect(slugs(null)).not.toContain(restricted.slug)
	const hits = async (actor: typeof ngo) =>
		(await searchAtlas(actor, 'en', { query: 'kestrelwing', filters: {}, sort: 'relevance', page: 1 })).hits.length
	expect(await hits(officer)).toBe(1)
	expect(await hits(ngo)).toBe(0)
	for (const [handler, path, params] of [
		[category.loader, `/en/forums/${restricted.slug}`, { category: restricted.slug }],
		[
			thread.loader,
			`/en/forums/${restricted.slug}/${started.threadId}`,
			{ category: restricted.slug, threadId: started.threadId },
		],
		[history.loader, `/en/forums/posts/${started.postId}/history`, { postId: started.postId }],
	] as const) {
		const response = await callRoute(handler, { path, params, cookie: signIn(ngo.id).cookie })
		expect(response.status, path).toBe(404)
	}
	expect(reply(ngo, started.threadId, { body: 'Me too', language: 'en' }, new Date())).toMatchObject({
		ok: false,
		reason: 'not-found',
	})
	// A follower who was never allowed in gets no digest line about it.
	const open = createCategory()
	setSubscription(ngo, `category:${restricted.id}`, true)
	setSubscription(ngo, `category:${open.id}`, true)
	createThread(officer, restricted.slug, { title: 'Second kestrelwing thread' })
	createThread(officer, open.slug, { title: 'An open thread' })
	await runDueJobs(forumJobHandlers, new Date(Date.now() + 2 * 24 * 60 * minute))
	const { messages } = await listOutbox({ page: 1, pageSize: 500 })
	const digests = messages.filter((message) => message.to === ngo.email)
	expect(digests).toHaveLength(1)
	const digest = (await readOutboxMessage(digests[0]!.id))?.text
	expect(digest).toContain('An open thread')
	expect(digest).not.toContain('kestrelwing')
})

test('a post with a passport-like number is held for its author alone until corrected or confirmed', async () => {
	const author = await createActor({ roles: ['officer'] })
	const reader = await createActor({ roles: ['officer'] })
	const forum = createCategory()
	const { threadId } = createThread(author, forum.slug)
	const held = reply(
		author,
		threadId,
		{ body: 'The suspect travelled on passport X1234567 last week.', language: 'en' },
		new Date(),
	)
	expect(held).toMatchObject({ ok: true, held: true })
	if (!held.ok) return
	expect(postOf(held.postId)).toMatchObject({ state: 'held', heldFor: ['passport-or-id'] })
	const page = async (who: string) =>
		(
			await callRoute(thread.loader, {
				path: `/en/forums/${forum.slug}/${threadId}`,
				params: { category: forum.slug, threadId },
				cookie: signIn(who).cookie,
			})
		).text()
	expect(await page(reader.id)).not.toContain('X1234567')
	expect(await page(author.id)).toContain('X1234567')
	// Corrected without the number, it is published at once.
	const corrected = releaseHeldPost(
		author,
		held.postId,
		{ confirmed: false, body: 'The suspect travelled last week.' },
		new Date(),
	)
	expect(corrected).toMatchObject({ ok: true, held: false })
	expect(postOf(held.postId).state).toBe('published')
	expect(await page(reader.id)).toContain('The suspect travelled last week.')
	// Confirmed as it is (a made-up example), it is published too.
	const example = reply(
		author,
		threadId,
		{ body: 'A made-up example: passport AB1234567.', language: 'en' },
		new Date(),
	)
	if (!example.ok) throw new Error(example.reason)
	expect(releaseHeldPost(author, example.postId, { confirmed: true }, new Date())).toMatchObject({ held: false })
	expect(releaseHeldPost(reader, example.postId, { confirmed: true }, new Date())).toMatchObject({
		reason: 'not-found',
	})
})

test('new members post slowly and without links; a moderator trusts them; a suspended member cannot post', async () => {
	const newcomer = await createActor({ roles: ['ngo_member'] })
	const moderator = await createActor({ roles: ['moderator'] })
	const forum = createCategory()
	const now = new Date()
	const { threadId } = createThread(newcomer, forum.slug, {}, now)
	expect(reply(newcomer, threadId, { body: 'See https://example.org/guide', language: 'en' }, now)).toMatchObject({
		reason: 'links-not-yet',
	})
	reply(newcomer, threadId, { body: 'Second', language: 'en' }, now)
	reply(newcomer, threadId, { body: 'Third', language: 'en' }, now)
	expect(reply(newcomer, threadId, { body: 'Fourth', language: 'en' }, now)).toMatchObject({ reason: 'rate-limited' })
	expect(moderateMember(moderator, newcomer.id, { action: 'trust' }, 'Known practitioner', now)).toMatchObject({
		ok: true,
	})
	expect(reply(newcomer, threadId, { body: 'See https://example.org/guide', language: 'en' }, now)).toMatchObject({
		ok: true,
	})
	expect(
		moderateMember(moderator, newcomer.id, { action: 'suspend', days: 3 }, 'Posted case details', now),
	).toMatchObject({
		ok: true,
	})
	expect(reply(newcomer, threadId, { body: 'Back', language: 'en' }, new Date(now.getTime() + minute))).toMatchObject({
		reason: 'suspended',
	})
	expect(moderateMember(newcomer, moderator.id, { action: 'suspend', days: 3 }, 'Revenge', now)).toMatchObject({
		reason: 'forbidden',
	})
})

test('a report reaches the moderators; hiding, locking and moving need a reason and are audit-logged', async () => {
	const author = await createActor({ roles: ['trainer'] })
	const reader = await createActor({ roles: ['officer'] })
	const moderator = await createActor({ roles: ['moderator'] })
	const forum = createCategory()
	const other = createCategory()
	const { threadId, postId } = createThread(author, forum.slug, { title: 'Hilo en español', language: 'es' })
	expect(reportPost(reader, postId, { reason: 'abusive', note: '' }, new Date())).toMatchObject({ ok: true })
	expect(reportPost(reader, postId, { reason: 'abusive', note: '' }, new Date())).toMatchObject({
		reason: 'already-reported',
	})
	expect(moderatePost(reader, postId, 'hide', 'I disagree', new Date())).toMatchObject({ reason: 'forbidden' })
	expect(moderatePost(moderator, postId, 'hide', 'Insults another member', new Date())).toMatchObject({ ok: true })
	expect(postOf(postId)).toMatchObject({ state: 'hidden', moderationReason: 'Insults another member' })
	const shown = await (
		await callRoute(thread.loader, {
			path: `/en/forums/${forum.slug}/${threadId}`,
			params: { category: forum.slug, threadId },
			cookie: signIn(reader.id).cookie,
		})
	).text()
	expect(shown).toContain('Insults another member')
	expect(shown).not.toContain('How do you do it?')
	expect(moderateThread(moderator, threadId, { action: 'lock' }, 'Heated')).toMatchObject({ ok: true })
	expect(reply(reader, threadId, { body: 'One more', language: 'en' }, new Date())).toMatchObject({ reason: 'locked' })
	expect(
		moderateThread(moderator, threadId, { action: 'move', categorySlug: other.slug }, 'Better there'),
	).toMatchObject({
		ok: true,
		categorySlug: other.slug,
	})
	const moved = getDb().select().from(forumThreads).where(eq(forumThreads.id, threadId)).get()!
	expect(moved.categoryId).toBe(other.id)
	const audited = getDb()
		.select()
		.from(auditEvents)
		.where(eq(auditEvents.actorUserId, moderator.id))
		.all()
		.map((row) => (row.details as { action: string }).action)
	expect(audited).toEqual(expect.arrayContaining(['hide', 'lock', 'move']))
})

test('an edit keeps the earlier wording in the history; quoting names the quoted author', async () => {
	const author = await createActor({ roles: ['trainer'] })
	const replier = await createActor({ roles: ['officer'] })
	const forum = createCategory()
	const { threadId, postId } = createThread(author, forum.slug, { body: 'First wording' })
	expect(editPost(author, postId, 'Second wording', new Date())).toMatchObject({ ok: true })
	expect(editPost(replier, postId, 'Not mine', new Date())).toMatchObject({ reason: 'not-found' })
	const page = await (
		await callRoute(history.loader, {
			path: `/en/forums/posts/${postId}/history`,
			params: { postId },
			cookie: signIn(replier.id).cookie,
		})
	).text()
	expect(page).toContain('First wording')
	expect(page).toContain('Second wording')
	const withQuote = await (
		await callRoute(thread.loader, {
			path: `/en/forums/${forum.slug}/${threadId}?quote=${postId}`,
			params: { category: forum.slug, threadId },
			cookie: signIn(replier.id).cookie,
		})
	).json()
	expect(withQuote.quote.text).toMatch(/^> Test Person .* wrote:\n>\n> Second wording\n\n$/)
})

test('followers get one digest a day in their language, without their own posts', async () => {
	const author = await createActor({ roles: ['trainer'] })
	const follower = await createActor({ roles: ['officer'], locale: 'fr' })
	const forum = createCategory()
	const { threadId } = createThread(author, forum.slug, { title: 'Sujet suivi' })
	setSubscription(follower, `thread:${threadId}`, true)
	reply(author, threadId, { body: 'Première réponse', language: 'fr' }, new Date())
	reply(author, threadId, { body: 'Deuxième réponse', language: 'fr' }, new Date())
	reply(follower, threadId, { body: 'Ma propre réponse', language: 'fr' }, new Date())
	await runDueJobs(forumJobHandlers, new Date(Date.now() + 2 * 24 * 60 * minute))
	const { messages } = await listOutbox({ page: 1, pageSize: 500 })
	const digests = messages.filter((message) => message.to === follower.email)
	expect(digests).toHaveLength(1)
	const digest = await readOutboxMessage(digests[0]!.id)
	expect(digest?.text).toContain('Sujet suivi')
	expect(digest?.text).toMatch(/2/)
	expect(digest?.text).toContain(`/fr/forums/${forum.slug}/${threadId}`)
})

test('a forum post of any shape never starts a thread in a category the member cannot read', async () => {
	const ngo = await createActor({ roles: ['ngo_member'] })
	const restricted = createCategory({ tier: 'law-enforcement' })
	expect(startThread(ngo, restricted.slug, { title: 'x', body: 'y', language: 'en' }, new Date())).toMatchObject({
		reason: 'not-found',
	})
})

test("an event's organisers open its thread once, in a forum with the event's audience", async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const ngo = await createActor({ roles: ['ngo_member'] })
	const officer = await createActor({ roles: ['officer'] })
	const briefing = createEvent(organiser, {
		audience: 'law-enforcement',
		texts: { en: { title: 'Briefing for officers', description: 'Preparation.' } },
	})
	expect(openEventThread(ngo, briefing.slug, 'en', new Date())).toMatchObject({ reason: 'forbidden' })
	const opened = openEventThread(organiser, briefing.slug, 'en', new Date())
	if (!opened.ok) throw new Error(opened.reason)
	expect(opened.path).toMatch(/^\/forums\/events-law-enforcement\//)
	expect(openEventThread(organiser, briefing.slug, 'en', new Date())).toMatchObject({ path: opened.path })
	expect(eventThread(briefing.id)).toMatchObject({ posts: 1 })
	const slugs = (actor: typeof ngo) => readableCategories(actor).map((row) => row.category.slug)
	expect(slugs(officer)).toContain('events-law-enforcement')
	expect(slugs(ngo)).not.toContain('events-law-enforcement')
})
