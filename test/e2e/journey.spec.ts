import { expect, test } from '@playwright/test'
import { signInWithPassword, signInWithTwoFactor, storageStates, t } from './support.ts'

test('a visitor applies, is approved by their organisation admin, confirms, signs in and manages their account', async ({
	browser,
	page,
}) => {
	const email = `journey-${Date.now()}@example.org`
	const name = `Journey Officer ${Date.now()}`
	const password = 'a long and memorable passphrase'

	// Apply.
	await page.goto('/en/sign-up')
	await page.getByLabel(t('en', 'accounts', 'fields.name')).fill(name)
	await page.getByLabel(t('en', 'accounts', 'fields.email')).fill(email)
	await page.getByLabel(t('en', 'accounts', 'fields.newPassword')).fill(password)
	await page.getByLabel(t('en', 'accounts', 'fields.country')).selectOption('FR')
	await page.getByLabel(t('en', 'accounts', 'fields.role')).selectOption('officer')
	await page
		.getByLabel(t('en', 'accounts', 'fields.organisation'), { exact: true })
		.selectOption({ label: 'Sample Anti-Trafficking Police Unit' })
	await page.getByRole('button', { name: t('en', 'accounts', 'signUp.submit') }).click()
	await expect(page.getByRole('heading', { name: t('en', 'accounts', 'signUp.appliedTitle') })).toBeVisible()

	// Refused while pending, with a clear message.
	await signInWithPassword(page, 'en', email, password)
	await expect(page.getByRole('alert')).toHaveText(t('en', 'accounts', 'errors.pending'))

	// The organisation admin, who uses two-factor sign-in, approves the application.
	const adminContext = await browser.newContext()
	const adminPage = await adminContext.newPage()
	await signInWithTwoFactor(adminPage, 'fr', 'orgadmin@atlas.example')
	await adminPage.goto('/fr/admin/members')
	await adminPage.getByRole('button', { name: t('fr', 'admin', 'members.approve', { name }) }).click()
	await expect(adminPage.getByRole('status')).toHaveText(t('fr', 'admin', 'members.outcome.approved'))
	await adminContext.close()

	// The confirmation email waits in the outbox, which a platform admin can read.
	const outboxContext = await browser.newContext({ storageState: storageStates.platformAdmin })
	const outboxPage = await outboxContext.newPage()
	await outboxPage.goto('/en/admin/outbox')
	const row = outboxPage
		.getByRole('row')
		.filter({ hasText: email })
		.filter({ hasText: t('en', 'email', 'confirm-email.subject') })
	await row.getByRole('link').click()
	const confirmLink = await outboxPage.getByRole('link', { name: /confirm-email\?token=/ }).getAttribute('href')
	await outboxContext.close()

	await page.goto(confirmLink!)
	await page.getByRole('button', { name: t('en', 'accounts', 'confirmEmail.submit') }).click()
	await expect(page.getByRole('status')).toHaveText(t('en', 'accounts', 'confirmEmail.done'))

	// Now they sign in.
	await signInWithPassword(page, 'en', email, password)
	await expect(page.getByText(t('en', 'common', 'home.welcomeBack', { name }))).toBeVisible()

	// They land on their home page. The site switches to Arabic, right to left, on the same page.
	await expect(page).toHaveURL(/\/en\/home$/)
	await page.getByRole('link', { name: 'العربية' }).click()
	await expect(page).toHaveURL(/\/ar\/home$/)
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ar', 'home', 'title'))

	// They change their time zone.
	await page.getByRole('link', { name: t('ar', 'common', 'nav.settings') }).click()
	await page.getByLabel(t('ar', 'settings', 'profile.timeZone'), { exact: true }).selectOption('Asia/Tokyo')
	await page.getByRole('button', { name: t('ar', 'settings', 'profile.savePreferences') }).click()
	await expect(page.getByRole('status')).toHaveText(t('ar', 'settings', 'profile.saved.preferences'))
	await expect(page).toHaveURL(/\/ar\/settings/)
	await page.reload()
	await expect(page.getByLabel(t('ar', 'settings', 'profile.timeZone'), { exact: true })).toHaveValue('Asia/Tokyo')

	// A second session elsewhere shows up in the list, and they end it.
	const otherContext = await browser.newContext()
	const otherPage = await otherContext.newPage()
	await signInWithPassword(otherPage, 'en', email, password)
	await expect(otherPage.getByText(t('en', 'common', 'home.welcomeBack', { name }))).toBeVisible()

	await page.getByRole('link', { name: t('ar', 'settings', 'nav.sessions') }).click()
	const endButtons = page.getByRole('button', { name: t('ar', 'settings', 'sessions.end') })
	await expect(endButtons).toHaveCount(1)
	await endButtons.click()
	await expect(page.getByRole('status')).toBeVisible()
	await expect(endButtons).toHaveCount(0)

	await otherPage.goto('/en/settings')
	await expect(otherPage).toHaveURL(/\/en\/sign-in\?redirectTo=/)
	await otherContext.close()

	// And they sign out.
	await page.getByRole('button', { name: t('ar', 'common', 'nav.signOut') }).click()
	await expect(page).toHaveURL(/\/ar$/)
	const mainNavigation = page.getByRole('navigation', { name: t('ar', 'common', 'layout.mainNavigation') })
	await expect(mainNavigation.getByRole('link', { name: t('ar', 'common', 'nav.signIn') })).toBeVisible()
	await page.goto('/ar/settings')
	await expect(page).toHaveURL(/\/ar\/sign-in/)
})
