import { expect, test } from '@playwright/test'
import { expectNoViolations, scan } from './axe.ts'
import { savedLanguage, signInWithPassword, t } from './support.ts'

const languages = ['en', 'fr', 'es', 'ar'] as const

test('a survivor’s request reaches the provider’s inbox, and the provider deals with it', async ({ browser }) => {
	const visitor = await browser.newContext({ javaScriptEnabled: false })
	const survivor = await visitor.newPage()
	await survivor.goto('/en/programmes/reading-and-numbers-rabat')
	const contact = `canary-${Date.now()}@example.org`
	await survivor.getByLabel(t('en', 'programmes', 'interest.contactMethod')).selectOption('email')
	await survivor.getByLabel(t('en', 'programmes', 'interest.contact')).fill(contact)
	await survivor.getByRole('button', { name: t('en', 'programmes', 'interest.submit') }).click()
	await expect(survivor.getByRole('heading', { level: 1, name: t('en', 'programmes', 'sent.title') })).toBeVisible()
	await visitor.close()

	const context = await browser.newContext()
	const page = await context.newPage()
	await signInWithPassword(page, 'en', 'ngo@atlas.example')
	// They land on their home page in their saved language (Arabic); this part is read in English.
	await expect(page).toHaveURL(new RegExp(`/${savedLanguage('ngo@atlas.example')}/home$`))
	await page.goto('/en/home')
	await page.getByRole('link', { name: t('en', 'common', 'nav.listings') }).click()
	await page.getByRole('link', { name: t('en', 'programmes', 'provider.inboxLink') }).click()
	const request = page.getByRole('listitem').filter({ hasText: contact })
	await expect(request).toBeVisible()
	await request.getByRole('button', { name: t('en', 'programmes', 'inbox.close') }).click()
	await expect(page.getByRole('listitem').filter({ hasText: contact })).toContainText(
		t('en', 'programmes', 'inbox.closed'),
	)
	await context.close()
})

for (const language of languages) {
	test(`provider forms showing their errors have no axe violations in ${language}`, async ({ browser }) => {
		const context = await browser.newContext()
		const page = await context.newPage()
		await signInWithPassword(page, language, 'ngo@atlas.example')
		const landedIn = savedLanguage('ngo@atlas.example')
		await expect(page.getByRole('link', { name: t(landedIn, 'common', 'nav.listings') })).toBeVisible()
		// The provider pages as they first show are checked by the crawl (crawl.spec.ts); these are their error states.
		await scan(page, `/${language}/provider/programmes/reading-and-numbers-rabat?language=fr`)
		await page.getByLabel(t(language, 'programmes', 'editor.fields.title')).fill('')
		await page.getByRole('button', { name: t(language, 'programmes', 'editor.save') }).click()
		await expect(page.getByText(t(language, 'common', 'errors.required')).first()).toBeVisible()
		await expectNoViolations(page, `${language} programme texts with errors`)
		await page.goto(`/${language}/provider/programmes/new`)
		await page.getByRole('button', { name: t(language, 'programmes', 'editor.create') }).click()
		await expect(page.getByText(t(language, 'programmes', 'editor.fix'))).toBeVisible()
		await expectNoViolations(page, `${language} new programme with errors`)
		await context.close()
	})
}
