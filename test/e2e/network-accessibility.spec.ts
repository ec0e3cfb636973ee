import { test } from '@playwright/test'
import { scan } from './axe.ts'
import { storageStates } from './support.ts'

/*
 * The network, partnerships, campaigns and news pass axe in French and Spanish here (public pages in both, forms in
 * one or the other); the crawl scans every one of these pages in English and Arabic, as a visitor and as a platform
 * admin (decision 012).
 */

const campaign = '/campaigns/sample-know-the-signs-before-you-travel-for-work'
const partnership = '/network/partnerships/sample-fair-recruitment-partnership'
const story = '/news/sample-safe-passage-launches-know-the-signs'

test('the public pages of the network, partnerships, campaigns and news pass axe in French and Spanish', async ({
	browser,
}) => {
	test.setTimeout(180_000)
	const visitor = await (await browser.newContext()).newPage()
	await visitor.goto('/en/network/countries/MA')
	const profile = await visitor.getByRole('link', { name: 'Sample Safe Passage NGO' }).first().getAttribute('href')
	for (const language of ['fr', 'es'])
		for (const path of [
			'/network?country=MA&area=referral',
			'/network/countries/MA',
			profile!.replace(/^\/en/, ''),
			'/network/partnerships',
			partnership,
			'/campaigns',
			`${campaign}?country=FR`,
			'/news',
			story,
		])
			await scan(visitor, `/${language}${path}`)
})

test("an organisation admin's network, campaign and news forms pass axe, half in French and half in Spanish", async ({
	browser,
}) => {
	test.setTimeout(180_000)
	const admin = await (await browser.newContext({ storageState: storageStates.ngoAdmin })).newPage()
	await admin.goto('/en/network/focal-points')
	const focalPoint = await admin
		.getByRole('link', { name: /Liaison officer for Spain/ })
		.first()
		.getAttribute('href')
	// Forms are the same templates in every left-to-right language, and the crawl scans each in English and Arabic:
	// here each is scanned once more, in French or in Spanish, so both languages' strings are laid out in them.
	const forms = [
		'/network?country=MA',
		'/network/profile',
		'/network/focal-points',
		'/network/focal-points/new',
		focalPoint!.replace(/^\/en/, ''),
		'/network/partnerships/new',
		`${partnership}/edit`,
		'/campaigns/new',
		`${campaign}/edit`,
		`${campaign}/kit`,
		`${campaign}/reach`,
		'/news/new',
		'/news/mine',
	]
	for (const [index, path] of forms.entries()) await scan(admin, `/${index % 2 ? 'es' : 'fr'}${path}`)
	const moderator = await (await browser.newContext({ storageState: storageStates.moderator })).newPage()
	await scan(moderator, '/es/news/review')
})
