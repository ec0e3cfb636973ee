import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { jobs, newsStories, searchEntries } from '#app/db/schema/index.ts'
import * as feedRoute from '#app/routes/$lang+/news[.atom].ts'
import * as storyPage from '#app/routes/$lang+/news+/$slug.tsx'
import * as editStory from '#app/routes/$lang+/news+/$slug_.edit.tsx'
import * as reviewPage from '#app/routes/$lang+/news+/$slug_.review.tsx'
import * as list from '#app/routes/$lang+/news+/_index.tsx'
import * as mine from '#app/routes/$lang+/news+/mine.tsx'
import * as newStory from '#app/routes/$lang+/news+/new.tsx'
import * as queue from '#app/routes/$lang+/news+/review.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { createPublishedStory, createStory } from '#test/news-factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const newsState = () =>
	JSON.stringify([newsStories, jobs, searchEntries].map((table) => getDb().select().from(table).all()))

const storyFields = [
	'kind',
	'sourceLanguage',
	'organisationId',
	'campaignId',
	'embargoUntil',
	'namesSurvivor',
	'consentOrganisationId',
	'consentReference',
	'title.en',
	'summary.en',
	'body.en',
	'title.fr',
	'summary.fr',
	'body.fr',
	'title.ar',
	'body.ar',
	'note',
	'intent',
]

test('any odd story, review or withdrawal form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	const draft = createStory(writer)
	const submitted = createStory(writer, {}, true)
	const published = createPublishedStory(writer, reviewer)
	const writerCookie = signIn(writer.id).cookie
	const reviewerCookie = signIn(reviewer.id).cookie
	const forms = [
		{ handler: newStory.action, path: '/en/news/new', slug: '', cookie: writerCookie },
		{ handler: editStory.action, path: `/en/news/${draft.slug}/edit`, slug: draft.slug, cookie: writerCookie },
		{
			handler: reviewPage.action,
			path: `/en/news/${submitted.slug}/review`,
			slug: submitted.slug,
			cookie: reviewerCookie,
		},
		{ handler: storyPage.action, path: `/en/news/${published.slug}`, slug: published.slug, cookie: writerCookie },
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...storyFields), oddValue), async (values) => {
				const before = newsState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: { slug: form.slug },
					cookie: form.cookie,
					form: values,
				})
				expect([200, 302, 400, 409]).toContain(response.status)
				if (response.status >= 400) expect(newsState()).toBe(before)
			}),
			{ numRuns: 25 },
		)
	}
})

test('any odd news address, query string or story name gets a page or a clear refusal, never a 500', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	createPublishedStory(writer, reviewer)
	const writerCookie = signIn(writer.id).cookie
	const reviewerCookie = signIn(reviewer.id).cookie
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom('kind', 'page', 'lang'), oddText), oddText, async (values, name) => {
			const query = new URLSearchParams(values).toString()
			for (const [handler, path, cookie] of [
				[list.loader, '/en/news', undefined],
				[mine.loader, '/en/news/mine', writerCookie],
				[queue.loader, '/en/news/review', reviewerCookie],
				[feedRoute.loader, '/en/news.atom', undefined],
			] as const) {
				const response = await callRoute(handler, { path: `${path}?${query}`, cookie })
				expect(response.status).toBe(200)
			}
			for (const [handler, cookie] of [
				[storyPage.loader, undefined],
				[editStory.loader, writerCookie],
				[reviewPage.loader, reviewerCookie],
			] as const) {
				const response = await callRoute(handler, { path: `/en/news/x?${query}`, params: { slug: name }, cookie })
				expect([200, 404]).toContain(response.status)
			}
			const feed = await callRoute(feedRoute.loader, { path: '/xx/news.atom', params: { lang: name } })
			expect([200, 404]).toContain(feed.status)
		}),
		{ numRuns: 60 },
	)
})
