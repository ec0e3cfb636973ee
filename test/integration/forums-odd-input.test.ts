import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import {
	forumCategories,
	forumMembers,
	forumPostRevisions,
	forumPosts,
	forumReports,
	forumSubscriptions,
	forumThreads,
} from '#app/db/schema/index.ts'
import { reply } from '#app/modules/forums/posting.server.ts'
import * as category from '#app/routes/$lang+/forums+/$category.tsx'
import * as newThread from '#app/routes/$lang+/forums+/$category_.new.tsx'
import * as thread from '#app/routes/$lang+/forums+/$category_.$threadId.tsx'
import * as moderation from '#app/routes/$lang+/forums+/moderation.tsx'
import * as edit from '#app/routes/$lang+/forums+/posts.$postId.edit.tsx'
import * as held from '#app/routes/$lang+/forums+/posts.$postId.held.tsx'
import * as moderate from '#app/routes/$lang+/forums+/posts.$postId.moderate.tsx'
import * as report from '#app/routes/$lang+/forums+/posts.$postId.report.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { createCategory, createThread } from '#test/forum-factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const forumsState = () =>
	JSON.stringify(
		[forumCategories, forumThreads, forumPosts, forumPostRevisions, forumReports, forumSubscriptions, forumMembers].map(
			(table) => getDb().select().from(table).all(),
		),
	)

const fields = [
	'title',
	'body',
	'language',
	'quotedPostId',
	'intent',
	'reason',
	'note',
	'scope',
	'categorySlug',
	'days',
]

test('any odd thread, reply, edit, report or moderation form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const author = await createActor({ roles: ['trainer'] })
	const moderator = await createActor({ roles: ['moderator'] })
	const forum = createCategory()
	const { threadId, postId } = createThread(author, forum.slug)
	const kept = reply(author, threadId, { body: 'Passport X1234567 of a made-up person', language: 'en' }, new Date())
	if (!kept.ok) throw new Error(kept.reason)
	const authorCookie = signIn(author.id).cookie
	const forms = [
		{ handler: newThread.action, path: `/en/forums/${forum.slug}/new`, cookie: authorCookie },
		{ handler: thread.action, path: `/en/forums/${forum.slug}/${threadId}`, cookie: authorCookie },
		{ handler: category.action, path: `/en/forums/${forum.slug}`, cookie: authorCookie },
		{ handler: edit.action, path: `/en/forums/posts/${postId}/edit`, cookie: authorCookie },
		{ handler: held.action, path: `/en/forums/posts/${kept.postId}/held`, cookie: authorCookie },
		{ handler: report.action, path: `/en/forums/posts/${postId}/report`, cookie: signIn(moderator.id).cookie },
		{ handler: moderate.action, path: `/en/forums/posts/${postId}/moderate`, cookie: signIn(moderator.id).cookie },
	]
	const params = { category: forum.slug, threadId, postId }
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), oddValue), async (values) => {
				const before = forumsState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: form.handler === held.action ? { ...params, postId: kept.postId } : params,
					cookie: form.cookie,
					form: values,
				})
				expect([200, 302, 400, 404, 409, 429]).toContain(response.status)
				if (response.status >= 400) expect(forumsState()).toBe(before)
			}),
			{ numRuns: 20 },
		)
	}
})

test('any odd forum address or query string gets a page or a clear refusal, never a 500', async () => {
	const author = await createActor({ roles: ['trainer'] })
	const moderator = await createActor({ roles: ['moderator'] })
	const forum = createCategory({ tier: 'public' })
	const { threadId } = createThread(author, forum.slug)
	const cookie = signIn(moderator.id).cookie
	await fc.assert(
		fc.asyncProperty(
			fc.dictionary(fc.constantFrom('language', 'page', 'quote'), oddText),
			oddText,
			async (values, name) => {
				const query = new URLSearchParams(values).toString()
				for (const [handler, path, routeParams] of [
					[category.loader, `/en/forums/${forum.slug}`, { category: forum.slug }],
					[thread.loader, `/en/forums/${forum.slug}/${threadId}`, { category: forum.slug, threadId }],
					[category.loader, '/en/forums/x', { category: name }],
					[thread.loader, '/en/forums/x/y', { category: forum.slug, threadId: name }],
					[moderation.loader, '/en/forums/moderation', {}],
				] as const) {
					const response = await callRoute(handler, { path: `${path}?${query}`, params: routeParams, cookie })
					expect([200, 404]).toContain(response.status)
				}
			},
		),
		{ numRuns: 60 },
	)
})
