import { expect, type Page, test } from '@playwright/test'
import { storageStates, t } from './support.ts'

const es = (key: string, values?: Record<string, string | number>) => t('es', 'network', key, values)

const focalPoint = 'Contacto del mecanismo nacional de derivación'
const channel = 'nrm-contact@referral-unit.sample.example'
const borderGuard = 'Sample Moroccan Border Guard Liaison Office'

/** "Whom do I contact in Morocco about victim referral?", asked with the directory's own filters. */
async function askMorocco(page: Page) {
	await page.goto('/es/network')
	await page.getByLabel(es('directory.country')).selectOption('MA')
	await page.getByLabel(es('directory.area')).selectOption('referral')
	await page.getByRole('button', { name: es('directory.apply') }).click()
	await expect(page).toHaveURL(/country=MA/)
}

test('a Spanish officer finds whom to contact in Morocco about referral; a visitor asking the same sees no contact point and no police body', async ({
	browser,
}) => {
	const officer = await (await browser.newContext({ storageState: storageStates.officerEs })).newPage()
	await askMorocco(officer)
	const found = officer.getByRole('listitem').filter({ hasText: focalPoint })
	await expect(found).toHaveCount(1)
	await expect(found.getByRole('link', { name: channel })).toHaveAttribute('href', `mailto:${channel}`)
	await expect(found).toContainText('Sample Moroccan Referral Coordination Unit')
	// The members-only police body is there for the officer, with its own page.
	await officer.goto('/es/network/countries/MA')
	const borderGuardLink = officer.getByRole('link', { name: borderGuard }).first()
	const borderGuardPath = (await borderGuardLink.getAttribute('href'))!
	const borderGuardId = borderGuardPath.split('/').at(-1)!
	await officer.goto(`/es/search?q=${encodeURIComponent('mecanismo nacional de derivación')}`)
	await expect(officer.getByRole('link', { name: focalPoint })).toBeVisible()

	const visitorContext = await browser.newContext()
	const visitor = await visitorContext.newPage()
	await askMorocco(visitor)
	await expect(visitor.getByText(es('directory.signInForContacts'))).toBeVisible()
	await expect(visitor.getByRole('heading', { name: es('directory.focalPointsHeading') })).toHaveCount(0)
	await expect(visitor.getByRole('listitem').filter({ hasText: focalPoint })).toHaveCount(0)
	// The focal point's title is also an example in the form's help text (a string the page carries), so the page's
	// HTML is searched for what only the record holds: its channel, and the police body's name and id.
	const secrets = [channel, borderGuard, borderGuardId]
	const html = await visitor.content()
	for (const secret of secrets) expect(html).not.toContain(secret)
	await visitor.goto('/es/network/countries/MA')
	expect(await visitor.content()).not.toContain(borderGuard)
	expect((await visitor.goto(borderGuardPath))!.status()).toBe(404)
	await visitor.goto(`/es/search?q=${encodeURIComponent('mecanismo nacional de derivación')}`)
	await expect(visitor.getByRole('link', { name: focalPoint })).toHaveCount(0)
	await visitor.goto(`/es/search?q=${encodeURIComponent('Border Guard Liaison')}`)
	expect(await visitor.content()).not.toContain(borderGuard)
	for (const path of ['/sitemap.xml', '/es/news.atom', '/en/news.atom']) {
		const body = await (await visitorContext.request.get(path)).text()
		for (const secret of [focalPoint, ...secrets]) expect(body, path).not.toContain(secret)
	}
})
