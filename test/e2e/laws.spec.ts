import fs from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { scan } from './axe.ts'
import { storageStates, t } from './support.ts'

const fr = (key: string, values?: Record<string, string | number>) => t('fr', 'laws', key, values)
const en = (key: string, values?: Record<string, string | number>) => t('en', 'laws', key, values)

/** The value shown in each cell of a comparison, row by row, as the reader sees it. */
async function tableValues(page: Page) {
	return page
		.locator('table.law-compare tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('td .compare-value')].map((cell) => cell.textContent!.trim())),
		)
}

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
function csvRows(text: string) {
	return text
		.trim()
		.split('\r\n')
		.map((line) =>
			[...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) =>
				match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!,
			),
		)
}

test('a visitor compares three countries in French, keeps only the differences, downloads them and prints them', async ({
	page,
}) => {
	await page.goto('/fr/laws')
	const form = page.getByRole('group', { name: fr('compare.choose') })
	for (const name of ['France', 'Espagne', 'Italie']) await form.getByLabel(name, { exact: true }).check()
	await page.getByRole('button', { name: fr('index.compare') }).click()
	// The boxes are in the reader's alphabetical order, and so are the columns.
	await expect(page).toHaveURL(/\/fr\/laws\/compare\?countries=ES&countries=FR&countries=IT$/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		fr('compare.titleWith', { countries: 'Espagne, France et Italie' }),
	)
	const allRows = await page.locator('table.law-compare tbody tr').count()

	await page.getByLabel(fr('compare.onlyDifferences')).check()
	await page.getByRole('button', { name: fr('compare.apply') }).click()
	await expect(page).toHaveURL(/differences=on/)
	const rows = page.locator('table.law-compare tbody tr')
	// The Protocol row, then only rows marked as differing: fewer than all, each saying so in words.
	expect(await rows.count()).toBeLessThan(allRows)
	await expect(page.locator('tr.differs').first()).toBeVisible()
	expect(await page.locator('tr.differs').count()).toBe((await rows.count()) - 1)
	for (const marked of await page.locator('tr.differs th').all())
		await expect(marked).toContainText(fr('compare.differs'))
	const shown = await tableValues(page)

	const download = page.waitForEvent('download')
	await page.getByRole('link', { name: fr('compare.csv') }).click()
	const csv = fs.readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '')
	const [header, ...records] = csvRows(csv)
	expect(header!.slice(1, 4)).toEqual(['Espagne', 'France', 'Italie'])
	// Each CSV row holds the same three values as the table's row, in the same order.
	expect(records.map((record) => record.slice(1, 4))).toEqual(shown)

	await page.getByRole('link', { name: fr('compare.print') }).click()
	await expect(page).toHaveURL(/\/fr\/laws\/compare\/print\?countries=ES%2CFR%2CIT&differences=on$/)
	await expect(page.getByText(fr('sample.notice'))).toBeVisible()
	expect(await tableValues(page)).toEqual(shown)
	await page.emulateMedia({ media: 'print' })
	await expect(page.locator('.site-header')).toBeHidden()
})

test('in Arabic the comparison reads right to left', async ({ page }) => {
	await page.goto('/ar/laws/compare?countries=FR,ES,DE')
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
	const table = page.locator('table.law-compare').nth(1)
	const element = await table.locator('thead th').first().boundingBox()
	const lastCountry = await table.locator('thead th').last().boundingBox()
	// The element names stand at the right, the countries follow leftwards.
	expect(element!.x).toBeGreaterThan(lastCountry!.x)
})

test('a legal expert changes a penalty with a citation; it is public only once a second legal expert approves it', async ({
	browser,
}) => {
	const years = String(13 + Math.floor(Math.random() * 20))
	const author = await (await browser.newContext({ storageState: storageStates.legalExpert })).newPage()
	await author.goto('/en/laws/US/edit/penalties')
	const maximum = author.getByRole('group', { name: en('elements.basic-maximum.name') })
	await maximum.getByLabel(en('edit.years')).fill(years)
	// Without its citation the change is refused at the field.
	await maximum.getByLabel(en('edit.instrument')).selectOption('')
	await maximum.getByLabel(en('edit.article')).fill('')
	await author.getByRole('button', { name: en('edit.submit') }).click()
	await expect(maximum.getByText(en('errors.citation-needed')).first()).toBeVisible()
	const instrument = await maximum.getByLabel(en('edit.instrument')).locator('option').nth(1).getAttribute('value')
	await maximum.getByLabel(en('edit.instrument')).selectOption(instrument!)
	await maximum.getByLabel(en('edit.article')).fill('§ 1590(a)')
	await author.getByRole('button', { name: en('edit.submit') }).click()
	await expect(author).toHaveURL(/\/en\/laws\/review\//)
	await expect(author.getByText(en('edit.sent'))).toBeVisible()
	await expect(author.getByText(en('review.yours'))).toBeVisible()
	await expect(author.getByRole('button', { name: en('review.approve') })).toHaveCount(0)
	const proposal = author.url()

	const visitor = await (await browser.newContext()).newPage()
	const comparison = '/en/laws/compare?countries=US,GB'
	await visitor.goto(comparison)
	const row = visitor.getByRole('row', { name: new RegExp(en('elements.basic-maximum.name')) })
	await expect(row).not.toContainText(en('measures.years_other', { count: Number(years) }))

	const reviewer = await (await browser.newContext({ storageState: storageStates.legalReviewer })).newPage()
	await reviewer.goto('/en/laws/review')
	await reviewer.goto(proposal)
	await expect(reviewer.locator('.change-list__after')).toContainText(
		en('measures.years_other', { count: Number(years) }),
	)
	await reviewer.getByRole('button', { name: en('review.approve') }).click()
	await expect(reviewer).toHaveURL(/\/en\/laws\/US$/)
	await expect(reviewer.getByText(en('review.approved'))).toBeVisible()

	await visitor.goto(comparison)
	await expect(row).toContainText(en('measures.years_other', { count: Number(years) }))
	await visitor.goto('/en/laws/US/history')
	const latest = visitor.locator('.revision-list > li').first()
	await expect(latest).toContainText('Sample Legal Expert')
	await expect(latest).toContainText('Sample Legal Reviewer')
	await expect(latest.locator('.change-list__after')).toContainText(
		en('measures.years_other', { count: Number(years) }),
	)
	await expect(latest.locator('.change-list__after')).toContainText('§ 1590(a)')
})

test("a trainer tags a lesson with 'consent is irrelevant'; the element lists it and the lesson links to the element across countries", async ({
	browser,
}) => {
	const teach = (key: string, values?: Record<string, string | number>) => t('en', 'teach', key, values)
	const page = await (await browser.newContext({ storageState: storageStates.trainer })).newPage()
	const title = `Consent in the definition ${Date.now()}`
	await page.goto('/en/teach/courses/new')
	await page.getByLabel(teach('editor.sourceLanguage')).selectOption('en')
	await page.getByLabel(teach('editor.courseTitle')).fill(title)
	await page.getByLabel(teach('editor.summary')).fill('Why consent does not matter once a means is used.')
	await page.getByLabel(teach('editor.outcomes')).fill('Explain Article 3(b)')
	await page.getByLabel(teach('editor.certificateName')).fill('Consent')
	await page.getByLabel(t('en', 'common', 'topics.prosecution'), { exact: true }).check()
	await page.getByRole('button', { name: teach('teach.create') }).click()
	await page.getByLabel(teach('editor.newModuleTitle')).fill('The definition')
	await page.getByRole('button', { name: teach('editor.addModule') }).click()
	const lessonTitle = `Consent and means ${Date.now()}`
	await page.getByLabel(teach('editor.newLessonTitle')).fill(lessonTitle)
	await page.getByRole('button', { name: teach('editor.addLesson') }).click()
	await page.getByLabel(teach('editor.lessonBody')).fill('## Consent\n\nOnce a means is used, consent is irrelevant.')
	await page.getByRole('button', { name: teach('editor.save'), exact: true }).click()
	await expect(page.getByText(teach('editor.saved'))).toBeVisible()

	await page.getByText(en('taught.editorLegend')).click()
	await page.getByLabel(en('elements.consent-irrelevant.name')).check()
	await page.getByRole('button', { name: teach('editor.saveFacts') }).click()
	await expect(page.getByLabel(en('elements.consent-irrelevant.name'))).toBeChecked()
	await page.getByRole('link', { name: teach('editor.backToCourse') }).click()
	await page.getByRole('button', { name: teach('editor.publish') }).click()
	await expect(page.getByText(teach('editor.publishedNow', { revision: 1 }))).toBeVisible()

	await page.goto('/en/laws/elements/consent-irrelevant')
	const listed = page.getByRole('link', { name: new RegExp(lessonTitle) })
	await expect(listed).toBeVisible()
	await listed.click()
	// A trainer who is not enrolled is sent to the course page; they enrol and open the lesson.
	await page.getByRole('button', { name: t('en', 'courses', 'course.enrol') }).click()
	await page.goto('/en/laws/elements/consent-irrelevant')
	await page.getByRole('link', { name: new RegExp(lessonTitle) }).click()
	await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible()
	await page.getByRole('link', { name: en('elements.consent-irrelevant.name') }).click()
	await expect(page).toHaveURL(/\/en\/laws\/elements\/consent-irrelevant$/)
	await expect(
		page.getByRole('table', { name: en('elementPage.caption', { element: en('elements.consent-irrelevant.name') }) }),
	).toBeVisible()
})

/**
 * The crawl scans every laws page in English and Arabic; here the same pages in French and Spanish, and in every
 * language the states only a form makes: only the differences, and a list of countries that is wrong.
 */
const axePages = {
	en: [],
	ar: [],
	fr: ['/laws', '/laws/FR', '/laws/agreements', '/laws/agreements/coe-convention-trafficking'],
	es: ['/laws', '/laws/FR', '/laws/agreements', '/laws/agreements/coe-convention-trafficking'],
}
for (const language of ['en', 'fr', 'es', 'ar'] as const) {
	test(`the laws, a country, a comparison and the agreements have no axe violations in ${language}`, async ({
		page,
	}) => {
		for (const path of [
			...axePages[language],
			'/laws/compare?countries=FR,ES,DE&differences=on',
			'/laws/compare?countries=fr,ZZ',
		])
			await scan(page, `/${language}${path}`)
	})
}
