import { expect, test } from '@playwright/test'
import { expectNoViolations, scan } from './axe.ts'
import { signInWithPassword, storageStates, t } from './support.ts'

const languages = ['en', 'fr', 'es', 'ar'] as const

for (const language of languages) {
	test(`public pages and their error states have no axe violations in ${language}`, async ({ page }) => {
		for (const path of [
			'',
			'/sign-in',
			'/sign-up',
			'/sign-up?applied=1',
			'/forgot-password',
			'/forgot-password?sent=1',
			'/reset-password?token=unknown',
			'/confirm-email?token=unknown',
			'/no-such-page',
			'/browse-safely',
			'/programmes',
			'/programmes?free=on&childcare=on&language=ar&country=MA',
			'/programmes?sector=it&format=online&literacy=none',
			'/programmes/kitchen-skills-lyon',
			'/programmes/compare?p=kitchen-skills-lyon&p=tailoring-workshop-casablanca&p=reading-and-numbers-rabat',
			'/programmes/compare',
			'/programmes/kitchen-skills-lyon/sent',
			'/support',
			'/support?type=shelter&country=MA',
		]) {
			await scan(page, `/${language}${path}`)
		}
		// Forms showing their errors.
		await page.goto(`/${language}/sign-up`)
		await page.getByRole('button', { name: t(language, 'accounts', 'signUp.submit') }).click()
		await expect(page.getByRole('alert')).toBeVisible()
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

	test(`settings pages have no axe violations in ${language}`, async ({ browser }) => {
		const context = await browser.newContext({ storageState: storageStates.officer })
		const page = await context.newPage()
		for (const path of ['/settings', '/settings/password', '/settings/sessions', '/settings/two-factor']) {
			await scan(page, `/${language}${path}`)
		}
		await context.close()
	})

	test(`admin pages have no axe violations in ${language}`, async ({ browser }) => {
		const context = await browser.newContext({ storageState: storageStates.platformAdmin })
		const page = await context.newPage()
		for (const path of ['/admin/members', '/admin/organisations', '/admin/users', '/admin/audit', '/admin/outbox', '/admin/certificates', '/admin/certificates?expired=on&expiringWithin=30', '/settings/two-factor']) {
			await scan(page, `/${language}${path}`)
		}
		await page.goto(`/${language}/admin/users`)
		await page.getByRole('link', { name: 'Sample Officer' }).click()
		await expect(page.getByRole('heading', { level: 1, name: 'Sample Officer' })).toBeVisible()
		await expectNoViolations(page, `${language} user detail`)
		await page.goto(`/${language}/admin/outbox`)
		const firstMessage = page.getByRole('table').getByRole('link').first()
		if (await firstMessage.count()) {
			await firstMessage.click()
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
			await expectNoViolations(page, `${language} outbox message`)
		}
		await context.close()
	})
}

test('pages fit a 320 px wide screen without sideways scrolling, in both directions', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 640 }, storageState: storageStates.platformAdmin })
	const page = await context.newPage()
	for (const path of ['/en', '/ar', '/ar/programmes', '/ar/programmes/compare?p=kitchen-skills-lyon&p=tailoring-workshop-casablanca&p=reading-and-numbers-rabat', '/es/programmes/kitchen-skills-lyon', '/fr/support', '/fr/sign-up', '/ar/settings', '/es/settings/sessions', '/en/admin/members', '/ar/admin/users']) {
		await page.goto(path)
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		expect(overflow, path).toBeLessThanOrEqual(0)
	}
	await context.close()
})

test('a member signs in and out with the keyboard alone, starting from the skip link', async ({ page }) => {
	await page.goto('/en/sign-in')
	await page.keyboard.press('Tab')
	await expect(page.getByRole('link', { name: t('en', 'common', 'layout.skipToContent') })).toBeFocused()
	await page.keyboard.press('Enter')
	await page.keyboard.press('Tab')
	await expect(page.getByLabel(t('en', 'accounts', 'fields.email'))).toBeFocused()
	await page.keyboard.type('trainer@atlas.example')
	await page.keyboard.press('Tab')
	await page.keyboard.type('atlas demo password')
	await page.keyboard.press('Enter')
	await expect(page.getByText(t('en', 'common', 'home.welcomeBack', { name: 'Sample Trainer' }))).toBeVisible()
	const signOut = page.getByRole('button', { name: t('en', 'common', 'nav.signOut') })
	for (let step = 0; step < 20 && !(await signOut.evaluate((element) => element === document.activeElement)); step++) {
		await page.keyboard.press('Tab')
	}
	await expect(signOut).toBeFocused()
	await page.keyboard.press('Enter')
	await expect(page.getByRole('navigation', { name: t('en', 'common', 'layout.mainNavigation') }).getByRole('link', { name: t('en', 'common', 'nav.signIn') })).toBeVisible()
})
