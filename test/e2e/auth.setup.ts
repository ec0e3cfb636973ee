import { expect, test as setup } from '@playwright/test'
import { signInWithPassword, signInWithTwoFactor, storageStates, t } from './support.ts'

setup('sign in the demo platform admin once for the suites that need one', async ({ page }) => {
	await signInWithTwoFactor(page, 'en', 'admin@atlas.example')
	await expect(page.getByRole('link', { name: t('en', 'common', 'nav.admin') })).toBeVisible()
	await page.context().storageState({ path: storageStates.platformAdmin })
})

setup('sign in the demo officer once', async ({ page }) => {
	await signInWithPassword(page, 'en', 'officer@atlas.example')
	await expect(page.getByRole('link', { name: t('en', 'common', 'nav.settings') })).toBeVisible()
	await page.context().storageState({ path: storageStates.officer })
})

setup('sign in the demo trainer once', async ({ page }) => {
	await signInWithPassword(page, 'en', 'trainer@atlas.example')
	await expect(page.getByRole('link', { name: t('en', 'common', 'nav.teaching') })).toBeVisible()
	await page.context().storageState({ path: storageStates.trainer })
})
