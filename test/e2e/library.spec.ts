import { expect, type Page, test } from '@playwright/test'
import { storageStates, t } from './support.ts'

const es = (namespace: string, key: string, values?: Record<string, string | number>) => t('es', namespace, key, values)
const en = (namespace: string, key: string, values?: Record<string, string | number>) => t('en', namespace, key, values)

async function search(page: Page, language: string, query: string) {
	await page.goto(`/${language}/search`)
	await page.getByLabel(t(language, 'search', 'query')).fill(query)
	await page.getByRole('button', { name: t(language, 'search', 'submit') }).click()
	await expect(page).toHaveURL(/\?q=/)
}

const facets = (page: Page, language: string) =>
	page.getByRole('navigation', { name: t(language, 'search', 'facets.label') })

test('in Spanish, an NGO member searches for victim identification, narrows by type and country, and opens a result with the words marked', async ({
	browser,
}) => {
	const context = await browser.newContext({ storageState: storageStates.ngoMember })
	const page = await context.newPage()
	await search(page, 'es', 'identificación de víctimas')
	await facets(page, 'es')
		.getByRole('link', { name: new RegExp(`^${es('library', 'types.guideline')} \\(`) })
		.click()
	await expect(page).toHaveURL(/type=guideline/)
	await facets(page, 'es')
		.getByRole('link', { name: /^México \(/ })
		.click()
	await expect(page).toHaveURL(/type=guideline.*country=MX/)
	const results = page.locator('.search-hits > li')
	await expect(results).toHaveCount(1)
	await expect(results.locator('mark').first()).toHaveText(/identificación/i)
	await results.getByRole('link').click()
	await expect(page.getByRole('heading', { level: 1 })).toContainText('identificación de víctimas')
	await expect(page.locator('h1 mark').first()).toHaveText(/identificación/i)
	expect(await page.locator('.lesson__body mark').count()).toBeGreaterThan(0)
	await context.close()
})

test('in Spanish, a visitor’s typos are forgiven, and a query that still finds nothing offers the closest one that does', async ({
	page,
}) => {
	await search(page, 'es', 'explotasion laborl')
	const results = page.locator('.search-hits > li')
	await expect(results.first()).toBeVisible()
	await expect(results.locator('mark').first()).toHaveText(/explotación|laboral/i)
	// A typo in the first letter is not forgiven by the search itself, but suggested.
	await search(page, 'es', 'xplotacion laboral')
	await expect(page.getByRole('heading', { name: es('search', 'results_other', { formatted: '0' }) })).toBeVisible()
	await page.getByRole('link', { name: 'explotacion laboral' }).click()
	await expect(page).toHaveURL(/q=explotacion\+laboral/)
	await expect(results.first()).toBeVisible()
})

test('a law-enforcement-only document leaves no trace for a visitor or an NGO member, while an officer finds it', async ({
	browser,
}) => {
	const title = 'Undercover online engagement checklist'
	for (const storageState of [undefined, storageStates.ngoMember]) {
		const context = await browser.newContext({ storageState })
		const page = await context.newPage()
		await search(page, 'en', title)
		await expect(page.getByRole('heading', { name: en('search', 'results_other', { formatted: '0' }) })).toBeVisible()
		// The page repeats the reader's own words, and nothing else of the document.
		await expect(page.locator('.search-hits li')).toHaveCount(0)
		await expect(page.getByRole('link', { name: title })).toHaveCount(0)
		await expect(facets(page, 'en').getByRole('link')).toHaveCount(0)
		await page.goto('/en/library?type=toolkit&tier=law-enforcement')
		await expect(page.locator('main')).not.toContainText(title)
		expect((await page.goto('/en/library/undercover-online-engagement-checklist'))!.status()).toBe(404)
		await expect(page.locator('main')).not.toContainText(title)
		await context.close()
	}
	const officer = await browser.newContext({ storageState: storageStates.officer })
	const page = await officer.newPage()
	await search(page, 'en', 'undercover checklist')
	await page.getByRole('link', { name: title }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	await expect(page.getByText(en('library', 'tiers.law-enforcement'))).toBeVisible()
	await officer.close()
})

test('a member submits a document, an editor returns it with a comment, the member resubmits, the editor publishes it, and search finds it at once', async ({
	browser,
}) => {
	const word = `Saltmarsh${Date.now().toString(36)}`
	const member = await (await browser.newContext({ storageState: storageStates.ngoMember })).newPage()
	const editor = await (await browser.newContext({ storageState: storageStates.legalExpert })).newPage()

	await member.goto('/en/library/submit')
	await member.getByLabel(en('library', 'fields.title')).fill(`${word} outreach at fish markets`)
	await member.getByLabel(en('library', 'fields.summary')).fill('How volunteers met workers at dawn markets.')
	await member
		.getByLabel(en('library', 'fields.body'))
		.fill('## What we did\n\n<Callout kind="tip">Go early.</Callout>\n\nWe talked to workers at dawn.')
	await member.getByLabel(en('library', 'fields.type')).selectOption('best-practice')
	await member.getByLabel(en('library', 'fields.tier')).selectOption('public')
	await member.getByLabel(en('common', 'topics.labour-exploitation')).check()
	await member.getByLabel(en('library', 'fields.country', { number: 1 })).selectOption('MA')
	await member.getByRole('button', { name: en('library', 'submit.create') }).click()
	await expect(member.getByText(en('library', 'draft.state', { state: en('library', 'states.draft') }))).toBeVisible()
	await member.getByRole('button', { name: en('library', 'draft.submit') }).click()
	await expect(member.getByText(en('library', 'draft.notices.submitted'))).toBeVisible()

	await editor.goto('/en/library/submissions')
	await editor.getByRole('link', { name: `${word} outreach at fish markets` }).click()
	await editor.getByLabel(en('library', 'draft.comment')).fill('Please say which markets and when.')
	await editor.getByRole('button', { name: en('library', 'draft.return') }).click()
	await expect(editor.getByText(en('library', 'draft.notices.returned'))).toBeVisible()

	await member.reload()
	await expect(
		member.getByText(en('library', 'draft.state', { state: en('library', 'states.returned') })),
	).toBeVisible()
	await expect(member.getByText('Please say which markets and when.')).toBeVisible()
	await member.getByLabel(en('library', 'fields.title')).fill(`${word} outreach at two fish markets`)
	await member.getByRole('button', { name: en('library', 'draft.saveText') }).click()
	await expect(member.getByText(en('library', 'draft.notices.saved'))).toBeVisible()
	await member.getByRole('button', { name: en('library', 'draft.submit') }).click()
	await expect(member.getByText(en('library', 'draft.notices.submitted'))).toBeVisible()

	await editor.goto('/en/library/submissions')
	await editor.getByRole('link', { name: `${word} outreach at two fish markets` }).click()
	await editor.getByRole('button', { name: en('library', 'draft.publish') }).click()
	await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`${word} outreach at two fish markets`)

	// Published in the same transaction as the index entry: the first search finds it, no waiting.
	await search(member, 'en', word.toLowerCase())
	await expect(member.getByRole('link', { name: `${word} outreach at two fish markets` })).toBeVisible({
		timeout: 1000,
	})
	await member.getByRole('link', { name: `${word} outreach at two fish markets` }).click()
	await expect(member.getByText(en('library', 'document.revision', { number: 1 }))).toBeVisible()
	await member.context().close()
	await editor.context().close()
})
