import { expect, test } from '@playwright/test'
import { storageStates, t } from './support.ts'

const en = (key: string, values?: Record<string, string | number>) => t('en', 'campaigns', key, values)
const ar = (key: string, values?: Record<string, string | number>) => t('ar', 'campaigns', key, values)

/** A real 1×1 PNG: what a poster's bytes start like. */
const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
	'base64',
)

test('an NGO admin runs a campaign in two languages with a media partner; a phone without JavaScript counts once and keeps no cookie', async ({
	browser,
}) => {
	const title = `Sample: ask before you travel ${Date.now()}`
	const admin = await (await browser.newContext({ storageState: storageStates.ngoAdmin })).newPage()
	await admin.goto('/en/campaigns/new')
	await admin.getByLabel(en('form.titleIn', { language: 'English' })).fill(title)
	await admin
		.getByLabel(en('form.messageIn', { language: 'English' }))
		.fill('A real job offer never asks you for a fee.')
	await admin.getByLabel(en('form.signsIn', { language: 'English' })).fill('A fee for a job\nYour passport kept')
	await admin.getByLabel(en('form.titleIn', { language: 'العربية' })).fill('اسأل قبل أن تسافر للعمل')
	await admin.getByLabel(en('form.messageIn', { language: 'العربية' })).fill('عرض العمل الحقيقي لا يطلب منك رسوما.')
	await admin.getByLabel(en('form.countries')).selectOption(['MA', 'FR'])
	await admin.getByLabel(en('audiences.job-seekers')).check()
	const year = new Date().getUTCFullYear()
	await admin.getByLabel(en('form.startsOn')).fill(`${year - 1}-01-01`)
	await admin.getByLabel(en('form.endsOn')).fill(`${year + 1}-12-31`)
	await admin.getByLabel(en('form.partnerIds')).selectOption([{ label: 'Sample Coastal Voices Radio (FR)' }])
	await admin.getByLabel(en('form.pressName')).fill('Press office')
	await admin.getByLabel(en('form.pressEmail')).fill('press@safe-passage.sample.example')
	await admin.getByRole('button', { name: en('form.create') }).click()
	await expect(admin.getByText(en('form.saved'))).toBeVisible()
	const campaignPath = new URL(admin.url()).pathname.replace(/\/edit$/, '')

	// A poster in each language.
	await admin.goto(`${campaignPath}/kit`)
	for (const [language, name] of [
		['en', 'poster-en.png'],
		['ar', 'poster-ar.png'],
	] as const) {
		await admin.getByLabel(en('kit.kind')).selectOption('poster')
		await admin.getByLabel(en('kit.language')).selectOption(language)
		await admin.getByLabel(en('kit.file'), { exact: true }).setInputFiles({ name, mimeType: 'image/png', buffer: png })
		await admin.getByRole('button', { name: en('kit.upload') }).click()
		await expect(admin.getByText(en('kit.saved'))).toBeVisible()
	}
	await admin.goto(`${campaignPath}/edit`)
	await admin.getByRole('button', { name: en('status.publish') }).click()
	await expect(admin.getByText(en('status.published'))).toBeVisible()

	// A visitor on a small phone, JavaScript off, in Arabic.
	const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
	const visitor = await phone.newPage()
	await visitor.goto(campaignPath.replace('/en/', '/ar/'))
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('اسأل قبل أن تسافر للعمل')
	await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl')
	expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
	await visitor.getByLabel(ar('campaign.chooseCountry')).selectOption('FR')
	await visitor.getByRole('button', { name: ar('campaign.showCountry') }).click()
	await expect(visitor).toHaveURL(/country=FR/)
	const download = visitor.waitForEvent('download')
	await visitor.getByRole('link', { name: ar('kit.download', { name: 'poster-ar.png' }) }).click()
	expect((await download).suggestedFilename()).toBe('poster-ar.png')
	const howToReport = visitor.getByRole('link', { name: new RegExp(ar('campaign.howToReport', { country: '.+' })) })
	await howToReport.click()
	await expect(visitor).toHaveURL(/\/ar\/support\?country=FR/)
	expect(await phone.cookies()).toEqual([])

	// The running organisation sees one view and one download from France this month.
	await admin.goto(`${campaignPath}/reach`)
	const france = admin.getByRole('row').filter({ hasText: 'France' })
	await expect(france).toHaveCount(1)
	await expect(france.getByRole('cell')).toHaveText([new Date().toISOString().slice(0, 7), 'France', '1', '1'])
})
