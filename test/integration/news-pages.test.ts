import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { campaigns } from '#app/db/schema/index.ts'
import { saveStory } from '#app/modules/news/writing.server.ts'
import * as storyPage from '#app/routes/$lang+/news+/$slug.tsx'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createPublishedStory, createStory, storyInput } from '#test/news-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const text = (title: string) => ({ title, summary: `Summary of ${title}`, body: `Body of *${title}*.` })

test('every news page renders in each language, and a signed-out reader gets no cookie', async () => {
	const organisation = createOrganisation({ name: 'Sample Rendering NGO', isSample: true })
	const writer = await createActor({ roles: ['org_admin'], organisationId: organisation.id })
	const reviewer = await createActor({ roles: ['moderator'] })
	const story = createPublishedStory(writer, reviewer, {
		texts: { en: text('Rendered story'), ar: text('قصة معروضة') },
	})
	const draft = createStory(writer, { texts: { en: text('Rendered draft') } })
	const submitted = createStory(writer, { texts: { en: text('Rendered submission') } }, true)
	const app = await startHttpApp()
	try {
		const get = (path: string, cookie?: string) =>
			fetch(`${app.url}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} })
		for (const language of ['en', 'fr', 'es', 'ar']) {
			for (const path of ['/news', `/news/${story.slug}`, '/news.atom']) {
				const response = await get(`/${language}${path}`)
				expect(response.status, path).toBe(200)
				expect(response.headers.get('set-cookie'), path).toBeNull()
				const body = await response.text()
				if (path === '/news') expect(body).toContain(`href="/${language}/news.atom"`)
			}
		}
		const list = await (await get('/ar/news')).text()
		expect(list).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/ar\/news.atom"\/>/)
		expect(list).toContain('الاشتراك (موجز Atom)')
		const page = await (await get(`/fr/news/${story.slug}`)).text()
		expect(page).toContain('Contenu d’exemple')
		expect(page).toContain('<em>Rendered story</em>')
		const writerCookie = signIn(writer.id).cookie
		const reviewerCookie = signIn(reviewer.id).cookie
		for (const [path, cookie] of [
			['/en/news/new', writerCookie],
			[`/en/news/${draft.slug}/edit`, writerCookie],
			[`/en/news/${submitted.slug}/edit`, writerCookie],
			['/ar/news/mine', writerCookie],
			['/en/news/review', reviewerCookie],
			[`/es/news/${submitted.slug}/review`, reviewerCookie],
		] as const) {
			expect((await get(path, cookie)).status, path).toBe(200)
		}
		expect((await get('/en/news/new')).status).toBe(302)
		expect((await get('/en/news/review', writerCookie)).status).toBe(403)
	} finally {
		await app.close()
	}
}, 60_000)

test('a story belongs only to a campaign its organisation runs or partners in, linked once the campaign is public', async () => {
	const writer = await createActor({ roles: ['org_admin'] })
	const reviewer = await createActor({ roles: ['moderator'] })
	const campaign = (organisationId: string, slug: string) =>
		getDb()
			.insert(campaigns)
			.values({
				slug,
				texts: { en: { title: `Campaign ${slug}`, message: 'Know the signs.', signs: '' } },
				sourceLanguage: 'en',
				countries: ['MA'],
				audiences: ['job-seekers'],
				startsOn: '2031-01-01',
				endsOn: '2031-12-31',
				organisationId,
				pressName: 'Press office',
				pressEmail: 'press@ngo.example',
			})
			.returning()
			.get()
	const own = campaign(writer.organisationId, 'own-campaign')
	const other = campaign(createOrganisation().id, 'other-campaign')
	expect(saveStory(writer, storyInput(writer, { campaignId: other.id }), null, false, new Date())).toMatchObject({
		ok: false,
		reason: 'unknown-campaign',
		field: 'campaignId',
	})
	const story = createPublishedStory(writer, reviewer, { campaignId: own.id })
	const linked = async () =>
		(
			await jsonOf<{ story: { campaign: { slug: string } | null } }>(
				await callRoute(storyPage.loader, { path: `/en/news/${story.slug}`, params: { slug: story.slug } }),
			)
		).story.campaign
	expect(await linked()).toBeNull()
	getDb().update(campaigns).set({ status: 'published' }).where(eq(campaigns.id, own.id)).run()
	expect(await linked()).toMatchObject({ slug: 'own-campaign' })
})
