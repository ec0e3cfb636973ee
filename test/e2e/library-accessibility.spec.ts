import { expect, test } from '@playwright/test'
import { expectNoViolations, scan } from './axe.ts'
import { storageStates, t } from './support.ts'

const languages = ['en', 'fr', 'es', 'ar'] as const
const wordsIn = {
	en: 'victim identification',
	fr: 'identification des victimes',
	es: 'identificación de víctimas',
	ar: 'الضحايا',
}

for (const language of languages) {
	const l = (key: string, values?: Record<string, string | number>) => t(language, 'library', key, values)

	// Pages as linked are checked by the crawl (crawl.spec.ts); these are the states a query or a form makes.
	test(`filtered library, search results and highlighted documents have no axe violations in ${language}`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ storageState: storageStates.officer })
		const page = await context.newPage()
		for (const path of [
			'/library?type=protocol&country=ES',
			`/search?q=${encodeURIComponent(wordsIn[language])}`,
			'/search?q=identif&sort=date&topic=identification',
			'/search?q=zzqqxxnothing',
			'/library/airport-victim-identification-protocol?q=victim',
		]) {
			await scan(page, `/${language}${path}`)
		}
		await context.close()
	})

	test(`the submission form, its errors and the draft page have no axe violations in ${language}`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ storageState: storageStates.ngoMember })
		const page = await context.newPage()
		await page.goto(`/${language}/library/submit`)
		await page.getByRole('button', { name: l('submit.create') }).click()
		await expect(page.locator('.field-errors').first()).toBeVisible()
		await expectNoViolations(page, `${language} submission with errors`)
		await page.getByLabel(l('fields.title')).fill(`Axe check ${language} ${Date.now()}`)
		await page.getByLabel(l('fields.summary')).fill('A short summary.')
		await page.getByLabel(l('fields.body')).fill('Some text.')
		await page.getByLabel(t(language, 'common', 'topics.referral')).check()
		await page.getByRole('button', { name: l('submit.create') }).click()
		await expect(page).toHaveURL(/\/library\/drafts\//)
		await expectNoViolations(page, `${language} draft page`)
		await page.getByRole('link', { name: l('attachments.add') }).click()
		await expectNoViolations(page, `${language} attachments page`)
		await context.close()
	})
}
