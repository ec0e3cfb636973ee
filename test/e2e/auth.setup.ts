import { expect, test as setup } from '@playwright/test'
import { savedLanguage, signInWithPassword, signInWithTwoFactor, storageStates, t } from './support.ts'

// Each member lands on their home page in their saved language, whatever the sign-in form's language.

setup('sign in the demo platform admin once for the suites that need one', async ({ page }) => {
	await signInWithTwoFactor(page, 'en', 'admin@atlas.example')
	await expect(page.getByRole('link', { name: t('en', 'common', 'nav.admin') })).toBeVisible()
	await page.context().storageState({ path: storageStates.platformAdmin })
})

setup('sign in the demo officer once', async ({ page }) => {
	await signInWithPassword(page, 'en', 'officer@atlas.example')
	const language = savedLanguage('officer@atlas.example')
	await expect(page.getByRole('link', { name: t(language, 'common', 'nav.settings') })).toBeVisible()
	await page.context().storageState({ path: storageStates.officer })
})

setup('sign in the demo trainer once', async ({ page }) => {
	await signInWithPassword(page, 'en', 'trainer@atlas.example')
	const language = savedLanguage('trainer@atlas.example')
	await expect(page.getByRole('link', { name: t(language, 'common', 'nav.teaching') })).toBeVisible()
	await page.context().storageState({ path: storageStates.trainer })
})

setup(
	'sign in the demo NGO member, the two legal experts, the forum moderator and the Spanish officer once',
	async ({ browser }) => {
		for (const [email, path] of [
			['ngo@atlas.example', storageStates.ngoMember],
			['legal@atlas.example', storageStates.legalExpert],
			['legal.reviewer@atlas.example', storageStates.legalReviewer],
			['moderator@atlas.example', storageStates.moderator],
			['officer.es@atlas.example', storageStates.officerEs],
		] as const) {
			const context = await browser.newContext()
			const page = await context.newPage()
			await signInWithPassword(page, 'en', email)
			await expect(page.getByRole('link', { name: t(savedLanguage(email), 'common', 'nav.settings') })).toBeVisible()
			await context.storageState({ path })
			await context.close()
		}
	},
)

setup('sign in the demo NGO admin once, with the second factor', async ({ page }) => {
	await signInWithTwoFactor(page, 'en', 'ngo.admin@atlas.example')
	await expect(page.getByRole('link', { name: t('en', 'common', 'nav.admin') })).toBeVisible()
	await page.context().storageState({ path: storageStates.ngoAdmin })
})
