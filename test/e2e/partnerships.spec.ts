import { expect, test } from '@playwright/test'
import { scan } from './axe.ts'
import { signInWithTwoFactor, storageStates, t } from './support.ts'

const en = (key: string, values?: Record<string, string | number>) => t('en', 'partnerships', key, values)

test('two partners record commitments, one reports progress; the public page waits until both agreed', async ({
	browser,
}) => {
	const title = `Sample recruitment partnership ${Date.now()}`
	const ngo = await (await browser.newContext({ storageState: storageStates.ngoAdmin })).newPage()
	await ngo.goto('/en/network/partnerships/new')
	await ngo.getByLabel(en('form.titleIn', { language: 'English' })).fill(title)
	await ngo.getByLabel(en('form.goalIn', { language: 'English' })).fill('Fair recruitment between Morocco and France.')
	await ngo.getByLabel(en('form.countries')).selectOption(['MA', 'FR'])
	await ngo.getByLabel(en('form.startsOn')).fill('2026-01-15')
	await ngo.getByLabel(en('form.status')).selectOption('active')
	await ngo.getByLabel(en('form.partnerIds')).selectOption([{ label: 'Sample Anti-Trafficking Police Unit (FR)' }])
	await ngo.getByRole('button', { name: en('form.create') }).click()
	await expect(ngo.getByRole('heading', { level: 1 })).toHaveText(title)
	const path = new URL(ngo.url()).pathname

	await ngo.getByLabel(en('progress.commitmentText')).fill('Train 200 recruitment agents')
	await ngo.getByRole('button', { name: en('progress.commit') }).click()
	await expect(ngo.getByText(en('flash.committed'))).toBeVisible()
	await ngo.getByRole('button', { name: en('progress.agree', { partner: 'Sample Safe Passage NGO' }) }).click()
	await expect(ngo.getByText(en('flash.agreed'))).toBeVisible()

	const visitor = await (await browser.newContext()).newPage()
	expect((await visitor.goto(path))!.status()).toBe(404)

	// The police unit's admin records its own commitment and reports progress on it.
	const police = await (await browser.newContext()).newPage()
	await signInWithTwoFactor(police, 'en', 'orgadmin@atlas.example')
	await police.goto(path)
	await police.getByLabel(en('progress.commitmentText')).fill('Audit two supply chains')
	await police.getByRole('button', { name: en('progress.commit') }).click()
	await expect(police.getByText(en('flash.committed'))).toBeVisible()
	await police
		.getByLabel(en('progress.commitmentId'), { exact: true })
		.selectOption({ label: 'Audit two supply chains' })
	await police.getByLabel(en('progress.reportedOn')).fill('2026-03-01')
	await police.getByLabel(en('progress.resultText')).fill('The first supply chain is audited.')
	await police.getByRole('button', { name: en('progress.report') }).click()
	await expect(police.getByText(en('flash.reported'))).toBeVisible()
	expect((await visitor.goto(path))!.status()).toBe(404)

	await police
		.getByRole('button', { name: en('progress.agree', { partner: 'Sample Anti-Trafficking Police Unit' }) })
		.click()
	await expect(police.getByText(en('flash.agreed'))).toBeVisible()
	expect((await visitor.goto(path))!.status()).toBe(200)
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
	await expect(visitor.getByText(en('page.published'))).toBeVisible()
	await expect(visitor.getByText('Train 200 recruitment agents')).toBeVisible()
	await expect(visitor.getByText('The first supply chain is audited.')).toBeVisible()
	// The public page in all four languages: axe finds nothing (the French, Spanish and Arabic pages fall back to English).
	for (const language of ['en', 'fr', 'es', 'ar']) await scan(visitor, path.replace('/en/', `/${language}/`))
})
