import { expect, test } from '@playwright/test'
import { demoAccount, storageStates, t } from './support.ts'

/**
 * What a new user ran into (issue 15): settings that showed the page's language instead of the saved one, no
 * page to type a certificate's code, and a quick exit promising an Escape key that does nothing without
 * JavaScript or on a phone. The printed certificate on A4 is checked in certificates.spec.ts, which already
 * earns one (`expectPrintedCertificateInsideFrame`).
 */

test.describe('as the demo officer', () => {
	test.use({ storageState: storageStates.officer })

	test('the settings show the saved language and time zone, whatever language the site is read in', async ({
		page,
	}) => {
		const saved = demoAccount('officer@atlas.example').locale
		const reading = saved === 'es' ? 'fr' : 'es'
		await page.goto(`/${reading}/settings`)
		const s = (key: string) => t(reading, 'settings', key)
		await expect(page.getByRole('combobox', { name: s('profile.language'), exact: true })).toHaveValue(saved)
		// The demo accounts keep the default zone, UTC, which the list once lacked (it showed Africa/Abidjan).
		await expect(page.getByLabel(s('profile.timeZone'), { exact: true })).toHaveValue('UTC')
	})
})

test.describe('signing up lists the organisations of the chosen country', () => {
	const organisation = (page: import('@playwright/test').Page) =>
		page.getByLabel(t('en', 'accounts', 'fields.organisation'), { exact: true })
	const optionLabels = async (page: import('@playwright/test').Page) =>
		organisation(page)
			.locator('option')
			.evaluateAll((options) => options.map((option) => option.textContent))

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false })

		test('the country is chosen first, then its organisations are listed', async ({ page }) => {
			await page.goto('/en/sign-up')
			expect(await optionLabels(page)).not.toContain('Sample Police Training Academy')
			await page.getByLabel(t('en', 'accounts', 'fields.country'), { exact: true }).selectOption('ES')
			await page.getByRole('button', { name: t('en', 'accounts', 'signUp.showOrganisations') }).click()
			await expect(page).toHaveURL(/country=ES/)
			const labels = await optionLabels(page)
			expect(labels).toContain('Sample Police Training Academy')
			expect(labels).not.toContain('Sample Anti-Trafficking Police Unit')
		})
	})

	test('with JavaScript, choosing the country lists its organisations at once and keeps what was typed', async ({
		page,
	}) => {
		await page.goto('/en/sign-up')
		// The root layout marks the page once React has taken over: the choice is then followed at once.
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))
		await page.getByLabel(t('en', 'accounts', 'fields.name'), { exact: true }).fill('Typed Before Choosing')
		await page.getByLabel(t('en', 'accounts', 'fields.country'), { exact: true }).selectOption('FR')
		await expect(organisation(page).locator('option', { hasText: 'Sample Anti-Trafficking Police Unit' })).toHaveCount(
			1,
		)
		expect(await optionLabels(page)).not.toContain('Sample Police Training Academy')
		await expect(page.getByLabel(t('en', 'accounts', 'fields.name'), { exact: true })).toHaveValue(
			'Typed Before Choosing',
		)
	})
})

test.describe('verifying a certificate by its code', () => {
	const code = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

	test('a code typed with spaces, in lower case, lands on its verification page', async ({ page }) => {
		await page.goto('/en')
		await page
			.getByRole('contentinfo')
			.getByRole('link', { name: t('en', 'common', 'layout.verifyCertificate') })
			.click()
		await expect(page).toHaveURL(/\/en\/verify$/)
		await expect(
			page.getByRole('heading', { level: 1, name: t('en', 'certificates', 'verifyByCode.title') }),
		).toBeVisible()
		await page
			.getByLabel(t('en', 'certificates', 'verifyByCode.code'), { exact: true })
			.fill(` ${code.toLowerCase().replace(/(.{8})/g, '$1 ')}`)
		await page.getByRole('button', { name: t('en', 'certificates', 'verifyByCode.submit') }).click()
		await expect(page).toHaveURL(new RegExp(`/en/verify/${code}$`))
		// No certificate has this made-up code: the page says so and offers to try another.
		await expect(
			page.getByRole('heading', { level: 1, name: t('en', 'certificates', 'verify.notFoundTitle') }),
		).toBeVisible()
		await page.getByRole('link', { name: t('en', 'certificates', 'verifyByCode.another') }).click()
		await expect(page).toHaveURL(/\/en\/verify$/)
	})

	test('something that is not a code gets a translated error at the field', async ({ page }) => {
		await page.goto('/fr/verify')
		const field = page.getByLabel(t('fr', 'certificates', 'verifyByCode.code'), { exact: true })
		await field.fill('ABC-123')
		await page.getByRole('button', { name: t('fr', 'certificates', 'verifyByCode.submit') }).click()
		await expect(field).toHaveAttribute('aria-invalid', 'true')
		await expect(field).toHaveAccessibleDescription(
			new RegExp(t('fr', 'certificates', 'errors.code-malformed').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
		)
		await expect(field).toHaveValue('ABC-123')
	})

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false })

		test('a pasted verification address lands on the verification page', async ({ page }) => {
			await page.goto('/ar/verify')
			await page
				.getByLabel(t('ar', 'certificates', 'verifyByCode.code'), { exact: true })
				.fill(`https://atlas.example.org/en/verify/${code}`)
			await page.getByRole('button', { name: t('ar', 'certificates', 'verifyByCode.submit') }).click()
			await expect(page).toHaveURL(new RegExp(`/ar/verify/${code}$`))
			await expect(
				page.getByRole('heading', { level: 1, name: t('ar', 'certificates', 'verify.notFoundTitle') }),
			).toBeVisible()
		})
	})
})

test.describe('the quick exit hint', () => {
	const banner = (page: import('@playwright/test').Page, language: string) =>
		page.getByRole('navigation', { name: t(language, 'common', 'quickExit.label') })

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false })

		test('the banner offers the way out and says nothing of the Escape key', async ({ page }) => {
			for (const language of ['en', 'ar']) {
				await page.goto(`/${language}/programmes`)
				await expect(banner(page, language).getByRole('link')).toHaveText(t(language, 'common', 'quickExit.label'))
				await expect(banner(page, language)).not.toContainText('Esc')
				await expect(banner(page, language)).not.toContainText(t(language, 'common', 'quickExit.hint'))
			}
		})
	})

	test('on a computer with a mouse and a keyboard, the banner tells of the Escape key', async ({ page }) => {
		await page.goto('/en/programmes')
		await expect(banner(page, 'en')).toContainText(t('en', 'common', 'quickExit.hint'))
	})

	test.describe('on a touch phone', () => {
		test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } })

		test('the banner does not promise an Escape key the phone does not have', async ({ page }) => {
			await page.goto('/en/programmes')
			await expect(banner(page, 'en').getByRole('link')).toBeVisible()
			await expect(banner(page, 'en')).not.toContainText(t('en', 'common', 'quickExit.hint'))
		})
	})
})
