import { expect, test } from 'vitest'
import { runCatalogueHousekeeping } from '#app/modules/programmes/housekeeping.server.ts'
import { saveProgrammeText } from '#app/modules/programmes/listings.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import * as sitemap from '#app/routes/sitemap[.xml].ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createActor, createOrganisation } from '#test/factories.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { createProgramme } from '#test/programme-factories.ts'
import { callRoute } from '#test/routes.ts'

const find = async (query: string) => {
	const results = await searchAtlas(null, 'en', { query, filters: {}, sort: 'relevance', page: 1 })
	return results.hits.map((hit) => ({ type: hit.type, title: hit.title, path: hit.path }))
}

test('published courses are found with the library, linked to their page', async () => {
	const { course } = await createPublishedCourse()
	expect(await find(course.slug)).toEqual([
		{ type: 'course', title: `Test course ${course.slug}`, path: `/courses/${course.slug}` },
	])
})

test('a listed programme is found once its provider writes it, and leaves search when its listing lapses', async () => {
	const provider = createOrganisation({ type: 'ngo' })
	const editor = await createActor({ roles: ['programme_editor'], organisationId: provider.id })
	const programme = createProgramme({ organisationId: provider.id })
	expect(
		saveProgrammeText(editor, programme.slug, 'en', {
			title: 'Pastry apprenticeship in Lille',
			summary: 'Learn pastry.',
			skills: 'Baking',
			eligibility: 'Adults',
			certification: 'None',
			accessibility: 'Step-free',
			walkInHours: '',
		}),
	).toMatchObject({ ok: true })
	expect(await find('pastry apprenticeship')).toEqual([
		{ type: 'programme', title: 'Pastry apprenticeship in Lille', path: `/programmes/${programme.slug}` },
	])
	const thirteenMonthsOn = new Date(Date.now() + 396 * 24 * 60 * 60 * 1000)
	await runCatalogueHousekeeping(thirteenMonthsOn)
	expect(await find('pastry apprenticeship')).toEqual([])
})

test('the site map lists public courses and documents in each of their languages, and nothing restricted', async () => {
	const { course } = await createPublishedCourse()
	const open = await createPublishedDocument({
		texts: { en: { title: 'Open guide', summary: 'Open.' }, fr: { title: 'Guide ouvert', summary: 'Ouvert.' } },
	})
	const members = await createPublishedDocument({
		tier: 'members',
		texts: { en: { title: 'Members guide', summary: 'Members.' } },
	})
	const police = await createPublishedDocument({
		tier: 'law-enforcement',
		texts: { en: { title: 'Police guide', summary: 'Police.' } },
	})
	const xml = await (await callRoute(sitemap.loader, { path: '/sitemap.xml' })).text()
	const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
	expect(locations).toEqual(
		expect.arrayContaining([
			'/en',
			'/ar/library',
			`/en/courses/${course.slug}`,
			`/en/library/${open.slug}`,
			`/fr/library/${open.slug}`,
		]),
	)
	expect(xml).toContain(`hreflang="fr" href="http://localhost:3000/fr/library/${open.slug}"`)
	expect(xml).not.toContain(members.slug)
	expect(xml).not.toContain(police.slug)
})
