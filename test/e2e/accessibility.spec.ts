import { expect, test } from '@playwright/test'
import { expectNoViolations, scan } from './axe.ts'
import { signInWithPassword, storageStates, t } from './support.ts'

const languages = ['en', 'fr', 'es', 'ar'] as const

for (const language of languages) {
	// Every page as linked is checked by the crawl (crawl.spec.ts); these are the states a query or a form makes.
	test(`public pages' filtered and error states have no axe violations in ${language}`, async ({ page }) => {
		for (const path of [
			'/sign-up?applied=1',
			'/forgot-password?sent=1',
			'/reset-password?token=unknown',
			'/confirm-email?token=unknown',
			'/programmes?free=on&childcare=on&language=ar&country=MA',
			'/programmes?sector=it&format=online&literacy=none',
			'/programmes/compare?p=kitchen-skills-lyon&p=tailoring-workshop-casablanca&p=reading-and-numbers-rabat',
			'/programmes/compare',
			'/support?type=shelter&country=MA',
		]) {
			await scan(page, `/${language}${path}`)
		}
		// Forms showing their errors.
		await page.goto(`/${language}/sign-up`)
		await page.getByRole('button', { name: t(language, 'accounts', 'signUp.submit') }).click()
		await expect(page.getByRole('group', { name: t(language, 'common', 'form.errorSummary') })).toBeVisible()
		await expectNoViolations(page, `${language} sign-up with errors`)
		await signInWithPassword(page, language, 'nobody@example.org', 'not the right password')
		await expect(page.getByRole('alert')).toBeVisible()
		await expectNoViolations(page, `${language} sign-in refused`)
	})

	test(`the two-factor step has no axe violations in ${language}`, async ({ page }) => {
		await signInWithPassword(page, language, 'orgadmin@atlas.example')
		await expect(page).toHaveURL(/\/sign-in\/two-factor/)
		await expectNoViolations(page, `${language} two-factor challenge`)
	})

	test(`filtered certificates and an email in the outbox have no axe violations in ${language}`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ storageState: storageStates.platformAdmin })
		const page = await context.newPage()
		await scan(page, `/${language}/admin/certificates?expired=on&expiringWithin=30`)
		// A reset link for a demo account puts at least one email in the outbox.
		const visitor = await browser.newContext()
		const form = await visitor.newPage()
		await form.goto(`/${language}/forgot-password`)
		await form.getByLabel(t(language, 'accounts', 'fields.email')).fill('legal@atlas.example')
		await form.getByRole('button', { name: t(language, 'accounts', 'forgotPassword.submit') }).click()
		await expect(form).toHaveURL(/sent=1/)
		await visitor.close()
		await page.goto(`/${language}/admin/outbox`)
		await page.getByRole('table').getByRole('link').first().click()
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
		await expectNoViolations(page, `${language} outbox message`)
		await context.close()
	})
}

test('pages fit a 320 px wide screen without sideways scrolling, in both directions', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 320, height: 640 },
		storageState: storageStates.platformAdmin,
	})
	const page = await context.newPage()
	for (const path of [
		'/en',
		'/ar',
		'/ar/programmes',
		'/ar/programmes/compare?p=kitchen-skills-lyon&p=tailoring-workshop-casablanca&p=reading-and-numbers-rabat',
		'/es/programmes/kitchen-skills-lyon',
		'/fr/support',
		'/fr/sign-up',
		'/ar/settings',
		'/es/settings/sessions',
		'/en/admin/members',
		'/ar/admin/users',
	]) {
		await page.goto(path)
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		)
		expect(overflow, path).toBeLessThanOrEqual(0)
	}
	await context.close()
})
