import { expect, test } from '@playwright/test'
import { storageStates, t } from './support.ts'

const en = (key: string, values?: Record<string, string | number>) => t('en', 'indicators', key, values)
const year = new Date().getUTCFullYear()
type Row = { indicator: string; unit: string; table: string; value: number | null; withheld?: true }

test('a coordinator sets this year’s target for officers certified in Morocco; the dashboard shows progress against it with its chart and table; the quarterly review prints', async ({
	browser,
}) => {
	const context = await browser.newContext({ storageState: storageStates.platformAdmin })
	const page = await context.newPage()
	await page.goto('/en/indicators/targets')
	await page.getByLabel(en('pages.targets.indicator')).selectOption('certificates-issued')
	await page.getByLabel(en('pages.targets.year')).fill(String(year))
	await page.getByLabel(en('pages.targets.place')).selectOption('MA')
	await page.getByLabel(en('pages.targets.target')).fill('1000')
	await page.getByRole('button', { name: en('pages.targets.save') }).click()
	await expect(page.getByRole('status')).toHaveText(en('pages.targets.saved'))

	await page.goto(`/en/indicators?period=${year}&place=MA`)
	const name = en('series.certificates-issued.name')
	const card = page.getByRole('article', { name })
	await expect(card).toContainText(en('pages.targetFor', { year, target: '1,000' }))
	await expect(card).toContainText(en('pages.progressWords.not-yet'))
	// The chart, with its title and description, and the table behind it: a value for each of the twelve months.
	const chart = card.getByRole('img', { name: en('pages.trendTitle', { indicator: name, place: 'Morocco' }) })
	await expect(chart).toBeVisible()
	await expect(chart.locator('desc')).not.toBeEmpty()
	const table = card.getByRole('table', { name: en('pages.trendCaption', { indicator: name, place: 'Morocco' }) })
	await expect(table.getByRole('columnheader')).toHaveCount(12)
	await expect(table.getByRole('cell')).toHaveCount(12)
	// The coordinator's figure is exact: the year so far in Morocco, as the JSON download says.
	const rows = (await (await page.request.get(`/en/indicators/json?period=${year}&place=MA`)).json()).rows as Row[]
	const certified = rows.find((row) => row.indicator === 'certificates-issued' && row.table === 'value')!
	expect(certified.value).toEqual(expect.any(Number))
	await expect(card.locator('.indicator-card__value strong')).toHaveText(certified.value!.toLocaleString('en-GB'))

	// The quarter's review, printed for the meeting: no site header or controls, every table, a PDF.
	await page.getByRole('link', { name: en('pages.reviewLink') }).click()
	await expect(page.getByRole('heading', { level: 1 })).toContainText(en('pages.reviewTitle'))
	await page.getByLabel(en('pages.filters.period')).selectOption(`${year}-Q1`)
	await page.getByRole('button', { name: en('pages.filters.apply') }).click()
	await expect(page).toHaveURL(new RegExp(`period=${year}-Q1`))
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`Q1 ${year}`)
	await page.emulateMedia({ media: 'print' })
	await expect(page.locator('.site-header')).toBeHidden()
	await expect(page.getByRole('button', { name: en('pages.print') })).toBeHidden()
	await expect(page.getByRole('table', { name: /Training/ })).toBeVisible()
	const pdf = await page.pdf({ format: 'A4' })
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
	await context.close()
})

test('a visitor sees the public dashboard, where a count from one to four reads “fewer than 5 or withheld” while a coordinator sees it', async ({
	browser,
}) => {
	const visitor = await (await browser.newContext()).newPage()
	const coordinator = await (await browser.newContext({ storageState: storageStates.platformAdmin })).newPage()
	const rowsFor = async (page: typeof visitor) =>
		(await (await page.request.get(`/en/indicators/json?period=${year}`)).json()).rows as Row[]
	const [shown, exact] = [await rowsFor(visitor), await rowsFor(coordinator)]
	const exactValue = (row: Row) =>
		exact.find((one) => one.indicator === row.indicator && one.table === 'value')?.value ?? null
	// A count the coordinator sees as one to four, withheld from the visitor (a count withheld only to protect
	// another reads the same, so the visitor cannot tell the two apart).
	const hidden = shown.find(
		(row) =>
			row.unit === 'count' &&
			row.table === 'value' &&
			row.withheld &&
			(exactValue(row) ?? 0) >= 1 &&
			exactValue(row)! <= 4,
	)
	expect(hidden, 'a small count on the demo dashboard').toBeDefined()
	expect(hidden!.value).toBeNull()

	await visitor.goto(`/en/indicators?period=${year}`)
	const name = t('en', 'indicators', `series.${hidden!.indicator}.name`)
	const card = visitor.getByRole('article', { name })
	await expect(card.locator('.indicator-card__value strong')).toHaveText(en('suppressed'))
	await expect(visitor.getByText(en('suppressedNote'))).toBeVisible()
})
