import { parseFeed } from '@rowanmanning/feed-parser'
import { and, desc, eq, lte, sql } from 'drizzle-orm'
import { expect, test, vi } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { newsStories, users } from '#app/db/schema/index.ts'
import { importNewsContent } from '#app/modules/news/content-import.server.ts'
import { newsJobHandlers } from '#app/modules/news/jobs.server.ts'
import { publishStory } from '#app/modules/news/review.server.ts'
import { findStory } from '#app/modules/news/store.server.ts'
import { saveStory } from '#app/modules/news/writing.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import * as feedRoute from '#app/routes/$lang+/news[.atom].ts'
import * as storyPage from '#app/routes/$lang+/news+/$slug.tsx'
import * as editStory from '#app/routes/$lang+/news+/$slug_.edit.tsx'
import * as reviewPage from '#app/routes/$lang+/news+/$slug_.review.tsx'
import * as list from '#app/routes/$lang+/news+/_index.tsx'
import * as newStory from '#app/routes/$lang+/news+/new.tsx'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { createPublishedStory, createStory, storyInput } from '#test/news-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const day = 24 * 60 * 60 * 1000
const text = (title: string) => ({ title, summary: `Summary of ${title}`, body: `Body of *${title}*.` })

/** Where a story shows, as a signed-out visitor (or a search engine) finds it. */
async function whereShown(slug: string, word: string, language: Language = 'en') {
	const page = await callRoute(storyPage.loader, { path: `/${language}/news/${slug}`, params: { slug } })
	const listed = await jsonOf<{ stories: { slug: string }[] }>(
		await callRoute(list.loader, { path: `/${language}/news` }),
	)
	const feed = await (await callRoute(feedRoute.loader, { path: `/${language}/news.atom` })).text()
	const found = await searchAtlas(null, language, { query: word, filters: {}, sort: 'relevance', page: 1 })
	return {
		page: page.status,
		list: listed.stories.some((story) => story.slug === slug),
		feed: parseFeed(feed).items.some((item) => item.url?.endsWith(`/news/${slug}`)),
		search: found.hits.some((hit) => hit.path === `/news/${slug}`),
		sitemap: publicPages().some((page) => page.path === `/news/${slug}`),
	}
}

const nowhere = { page: 404, list: false, feed: false, search: false, sitemap: false }
const everywhere = { page: 200, list: true, feed: true, search: true, sitemap: true }

test('an embargoed story is absent from page, list, feed, search and site map until its time and its job', async () => {
	vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] })
	try {
		vi.setSystemTime(new Date('2031-03-10T09:00:00Z'))
		const writer = await createActor({ roles: ['org_admin'] })
		const reviewer = await createActor({ roles: ['moderator'] })
		const embargoUntil = new Date(Date.now() + day)
		const story = createPublishedStory(writer, reviewer, {
			texts: { en: text('Quetzalcoatl operation results') },
			embargoUntil,
		})
		expect(story.state).toBe('published')
		expect(story.publishedAt).toEqual(embargoUntil)
		expect(await whereShown(story.slug, 'quetzalcoatl')).toEqual(nowhere)
		// Its writers and the reviewers see it coming.
		for (const insider of [writer, reviewer]) {
			const page = await callRoute(storyPage.loader, {
				path: `/en/news/${story.slug}`,
				params: { slug: story.slug },
				cookie: signIn(insider.id).cookie,
			})
			expect(page.status).toBe(200)
		}
		await runDueJobs(newsJobHandlers)
		expect((await whereShown(story.slug, 'quetzalcoatl')).search).toBe(false)

		vi.setSystemTime(new Date(embargoUntil.getTime() + 60_000))
		// Pages and the feed check the time themselves; search and the site map wait for the job.
		expect(await whereShown(story.slug, 'quetzalcoatl')).toEqual({ ...everywhere, search: false, sitemap: false })
		await runDueJobs(newsJobHandlers)
		expect(await whereShown(story.slug, 'quetzalcoatl')).toEqual(everywhere)
	} finally {
		vi.useRealTimers()
	}
})

test('a withdrawn story leaves page, list, feed, search and site map, and its embargo job brings nothing back', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	const story = createPublishedStory(writer, reviewer, { texts: { en: text('Axolotl shelter opening') } })
	expect(await whereShown(story.slug, 'axolotl')).toEqual(everywhere)
	const stranger = await createActor({ roles: ['org_admin'] })
	const refused = await callRoute(storyPage.action, {
		path: `/en/news/${story.slug}`,
		params: { slug: story.slug },
		cookie: signIn(stranger.id).cookie,
		form: { intent: 'withdraw' },
	})
	expect(refused.status).toBe(403)
	const withdrawn = await callRoute(storyPage.action, {
		path: `/en/news/${story.slug}`,
		params: { slug: story.slug },
		cookie: signIn(writer.id).cookie,
		form: { intent: 'withdraw' },
	})
	expect(withdrawn.status).toBe(302)
	expect(await whereShown(story.slug, 'axolotl')).toEqual(nowhere)

	const later = createPublishedStory(writer, reviewer, {
		texts: { en: text('Pangolin briefing') },
		embargoUntil: new Date(Date.now() + day),
	})
	const outcome = await callRoute(storyPage.action, {
		path: `/en/news/${later.slug}`,
		params: { slug: later.slug },
		cookie: signIn(reviewer.id).cookie,
		form: { intent: 'withdraw' },
	})
	expect(outcome.status).toBe(302)
	await runDueJobs(newsJobHandlers, new Date(Date.now() + 2 * day))
	expect(await whereShown(later.slug, 'pangolin')).toEqual(nowhere)
})

test('each language’s feed is exactly its public stories, newest first, with absolute links and stable ids', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	const now = Date.now()
	createPublishedStory(
		writer,
		reviewer,
		{ texts: { es: text('Historia uno') }, sourceLanguage: 'es' },
		new Date(now - 3 * day),
	)
	createPublishedStory(
		writer,
		reviewer,
		{ texts: { en: text('English only'), es: text('Historia dos') } },
		new Date(now - day),
	)
	createPublishedStory(writer, reviewer, {
		texts: { es: text('Embargada') },
		sourceLanguage: 'es',
		embargoUntil: new Date(now + day),
	})
	createStory(writer, { texts: { es: text('Borrador') }, sourceLanguage: 'es' })
	createStory(writer, { texts: { es: text('Enviada') }, sourceLanguage: 'es' }, true)
	const response = await callRoute(feedRoute.loader, { path: '/es/news.atom' })
	expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
	const xml = await response.text()
	expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
	const feed = parseFeed(xml)
	const base = getEnv().PUBLIC_URL
	expect(feed.self).toBe(`${base}/es/news.atom`)
	expect(feed.language).toBe('es')
	const expected = getDb()
		.select()
		.from(newsStories)
		.where(
			and(
				eq(newsStories.state, 'published'),
				lte(newsStories.publishedAt, new Date()),
				sql`json_type(${newsStories.texts}, '$.es') is not null`,
			),
		)
		.orderBy(desc(newsStories.publishedAt))
		.all()
	expect(expected.map((story) => story.texts.es!.title)).toEqual(
		expect.arrayContaining(['Historia uno', 'Historia dos']),
	)
	expect(feed.items.map((item) => [item.id, item.title, item.url, item.published?.toISOString()])).toEqual(
		expected.map((story) => [
			`urn:uuid:${story.id}`,
			story.texts.es!.title,
			`${base}/es/news/${story.slug}`,
			story.publishedAt!.toISOString(),
		]),
	)
	expect(feed.updated?.toISOString()).toBe(expected[0]!.publishedAt!.toISOString())
})

test('a story naming a survivor without consent can be neither submitted nor published', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	const { cookie } = signIn(writer.id)
	const before = databaseSnapshot()
	const response = await callRoute(newStory.action, {
		path: '/en/news/new',
		cookie,
		form: {
			kind: 'success-story',
			sourceLanguage: 'en',
			organisationId: writer.organisationId,
			'title.en': 'Maria’s new job',
			'summary.en': 'A story with a name.',
			'body.en': 'Maria found work.',
			namesSurvivor: 'on',
			intent: 'submit',
		},
	})
	expect(response.status).toBe(400)
	const { fieldErrors } = await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)
	expect(fieldErrors.consentOrganisationId).toEqual(['news:errors.consent-organisation-required'])
	expect(fieldErrors.consentReference).toEqual(['news:errors.consent-reference-required'])
	expect(databaseSnapshot()).toEqual(before)
	expect(saveStory(writer, storyInput(writer, { namesSurvivor: true }), null, true, new Date())).toMatchObject({
		ok: false,
		reason: 'consent-organisation-required',
	})
	// However the row came to lack its consent record, the reviewer cannot publish it.
	const story = createStory(writer, {}, true)
	getDb().update(newsStories).set({ namesSurvivor: true }).where(eq(newsStories.id, story.id)).run()
	const published = await callRoute(reviewPage.action, {
		path: `/en/news/${story.slug}/review`,
		params: { slug: story.slug },
		cookie: signIn(reviewer.id).cookie,
		form: { intent: 'publish' },
	})
	expect(published.status).toBe(409)
	expect(findStory(story.slug)!.state).toBe('submitted')
	const supporter = createOrganisation({ name: 'Supporting shelter' })
	const consented = createStory(
		writer,
		{
			namesSurvivor: true,
			consentOrganisationId: supporter.id,
			consentReference: 'CONSENT-2031-7',
		},
		true,
	)
	expect(publishStory(reviewer, consented.slug, new Date())).toMatchObject({ ok: true })
})

test('nobody reviews their own story, and someone who is not a reviewer cannot publish at all', async () => {
	const admin = await createActor({ roles: ['platform_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	const writer = await createActor({ roles: ['org_admin'] })
	const own = createStory(admin, {}, true)
	const answer = await callRoute(reviewPage.action, {
		path: `/en/news/${own.slug}/review`,
		params: { slug: own.slug },
		cookie: signIn(admin.id).cookie,
		form: { intent: 'publish' },
	})
	expect(answer.status).toBe(409)
	expect((await jsonOf<{ fieldErrors: { form: string[] } }>(answer)).fieldErrors.form).toEqual([
		'news:errors.own-story',
	])
	const story = createStory(writer, {}, true)
	expect(publishStory(writer, story.slug, new Date())).toMatchObject({ ok: false, reason: 'forbidden' })
	for (const cookie of [signIn(writer.id).cookie, undefined]) {
		const refused = await callRoute(reviewPage.action, {
			path: `/en/news/${story.slug}/review`,
			params: { slug: story.slug },
			cookie,
			form: { intent: 'publish' },
		})
		expect(refused.status).toBe(cookie ? 403 : 302)
	}
	expect(findStory(story.slug)!.state).toBe('submitted')
	const published = await callRoute(reviewPage.action, {
		path: `/en/news/${story.slug}/review`,
		params: { slug: story.slug },
		cookie: signIn(reviewer.id).cookie,
		form: { intent: 'publish' },
	})
	expect(published.status).toBe(302)
	expect(findStory(story.slug)!.state).toBe('published')
})

test('a submitted story is locked for its writers; another organisation’s admin cannot even see a draft', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const stranger = await createActor({ roles: ['org_admin'] })
	const draft = createStory(writer)
	const asStranger = await callRoute(storyPage.loader, {
		path: `/en/news/${draft.slug}`,
		params: { slug: draft.slug },
		cookie: signIn(stranger.id).cookie,
	})
	expect(asStranger.status).toBe(404)
	const editing = await callRoute(editStory.loader, {
		path: `/en/news/${draft.slug}/edit`,
		params: { slug: draft.slug },
		cookie: signIn(stranger.id).cookie,
	})
	expect(editing.status).toBe(403)
	const submitted = createStory(writer, {}, true)
	expect(saveStory(writer, storyInput(writer), submitted.slug, false, new Date())).toMatchObject({
		ok: false,
		reason: 'locked',
	})
})

test('the sample stories import once, published, by their sample organisations', async () => {
	createOrganisation({ name: 'Sample Safe Passage NGO', country: 'MA', type: 'ngo', isSample: true })
	createOrganisation({ name: 'Sample Mekong Survivors Network', country: 'TH', type: 'ngo', isSample: true })
	expect(importNewsContent()).toEqual({ stories: 2 })
	expect(importNewsContent()).toEqual({ stories: 0 })
	const story = await jsonOf<{ story: { organisation: { isSample: boolean }; title: string } }>(
		await callRoute(storyPage.loader, {
			path: '/ar/news/sample-safe-passage-launches-know-the-signs',
			params: { slug: 'sample-safe-passage-launches-know-the-signs' },
		}),
	)
	expect(story.story.organisation.isSample).toBe(true)
	expect(story.story.title).toContain('اعرف العلامات')
	expect(publicPages().filter((page) => page.path.startsWith('/news/sample-'))).toHaveLength(4)
})

test('the embargo is typed on the writer’s own clock; a time their clocks skip is refused at its field', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	getDb().update(users).set({ timeZone: 'Europe/Paris' }).where(eq(users.id, writer.id)).run()
	const { cookie } = signIn(writer.id)
	const form = (embargoUntil: string) => ({
		kind: 'news',
		sourceLanguage: 'en',
		organisationId: writer.organisationId,
		'title.en': 'Embargoed on a Paris clock',
		'summary.en': 'Summary.',
		'body.en': 'Body.',
		embargoUntil,
	})
	const skipped = await callRoute(newStory.action, { path: '/en/news/new', cookie, form: form('2031-03-30T02:30') })
	expect(skipped.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(skipped)).fieldErrors.embargoUntil).toEqual([
		'news:errors.no-such-time',
	])
	const saved = await callRoute(newStory.action, { path: '/en/news/new', cookie, form: form('2031-06-01T09:00') })
	expect(saved.status).toBe(302)
	const story = findStory(saved.headers.get('Location')!.split('/').pop()!)!
	expect(story.embargoUntil?.toISOString()).toBe('2031-06-01T07:00:00.000Z')
})
