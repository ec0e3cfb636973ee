import { type Browser, expect, type Locator, type Page, test, type TestInfo } from '@playwright/test'
import { starterCourse } from './course-content.ts'
import { storageStates, t } from './support.ts'

const phone = { width: 360, height: 740 }
const ar = (namespace: string, key: string, values?: Record<string, string | number>) => t('ar', namespace, key, values)

/** A 360 × 740 phone in Arabic, as a signed-in member or, without storage, a visitor. */
async function onPhone(browser: Browser, storageState?: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ viewport: phone, storageState, javaScriptEnabled })
	return { context, page: await context.newPage() }
}

/** The element starts on the first screen, without scrolling; a screenshot of that screen goes with the report. */
async function expectOnFirstScreen(page: Page, target: Locator, name: string, testInfo: TestInfo) {
	await expect(target).toBeVisible()
	const box = (await target.boundingBox())!
	await testInfo.attach(`${name} at 360 × 740`, { body: await page.screenshot(), contentType: 'image/png' })
	expect(await page.evaluate(() => window.scrollY), `${name}: the page was scrolled`).toBe(0)
	expect(box.y, `${name}: top of the first item, in px from the top of the screen`).toBeLessThan(phone.height)
}

test('on a phone in Arabic, the library shows its first result on the first screen, its filters folded behind one control', async ({
	browser,
}, testInfo) => {
	const { context, page } = await onPhone(browser, storageStates.ngoMember)
	await page.goto('/ar/library')
	await expectOnFirstScreen(page, page.locator('.search-hits > li').first(), 'Arabic library', testInfo)
	const filters = page.locator('.filter-panel > summary')
	await expect(filters).toHaveText(ar('common', 'filterPanel.summary_zero'))
	const facets = page.getByRole('navigation', { name: ar('search', 'facets.label') })
	await expect(facets).toBeHidden()
	await filters.click()
	await expect(facets).toBeVisible()
	await facets.getByRole('link').first().click()
	await expect(page.locator('.filter-panel > summary')).toHaveText(ar('common', 'filterPanel.summary_one'))
	await context.close()
})

test('on a phone in Arabic without JavaScript, the programmes come first; the filters open, and then count the one chosen', async ({
	browser,
}, testInfo) => {
	const { context, page } = await onPhone(browser, undefined, false)
	await page.goto('/ar/programmes')
	await expectOnFirstScreen(page, page.locator('main .cards > li').first(), 'Arabic programmes', testInfo)
	const sector = page.getByLabel(ar('programmes', 'catalogue.sector'))
	await expect(sector).toBeHidden()
	await page.locator('.filter-panel > summary').click()
	await sector.selectOption('hospitality')
	await page.getByRole('button', { name: ar('programmes', 'catalogue.show') }).click()
	await expect(page).toHaveURL(/sector=hospitality/)
	await expect(page.locator('.filter-panel > summary')).toHaveText(ar('common', 'filterPanel.summary_one'))
	await context.close()
})

test('on a phone, the programme comparison says it scrolls sideways, and its table scrolls from the keyboard', async ({
	browser,
}, testInfo) => {
	const { context, page } = await onPhone(browser, undefined, false)
	await page.goto('/ar/programmes')
	const compareBoxes = page.getByRole('checkbox', { name: /^قارن/ })
	await compareBoxes.nth(0).check()
	await compareBoxes.nth(1).check()
	await page.getByRole('button', { name: ar('programmes', 'catalogue.compare') }).click()
	const region = page.getByRole('region', { name: ar('programmes', 'compare.caption') })
	await expect(region.getByText(ar('programmes', 'compare.scrollHint'))).toBeVisible()
	await testInfo.attach('Arabic comparison at 360 × 740', { body: await page.screenshot(), contentType: 'image/png' })
	expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
	await region.focus()
	await expect(region).toBeFocused()
	// Right to left, the table scrolls towards negative positions.
	await page.keyboard.press('ArrowLeft')
	await expect.poll(() => region.evaluate((element) => element.scrollLeft)).not.toBe(0)
	await context.close()
})

/**
 * The demo officer's starter courses are each taken by another file (courses, courses-accessibility, member-home,
 * quiz-review), and a learner is enrolled once; the legal expert takes none of them in Arabic, and this course has
 * an Arabic text, so its quiz is all Arabic.
 */
test('on a phone in Arabic, a quiz shows its first question on the first screen', async ({ browser }, testInfo) => {
	const slug = 'identifying-victims-at-borders'
	const course = starterCourse(slug)
	const { context, page } = await onPhone(browser, storageStates.legalExpert)
	await page.goto(`/ar/courses/${slug}`)
	const enrol = page.getByRole('button', { name: ar('courses', 'enrol.submit') })
	if (await enrol.isVisible()) {
		await page.getByLabel(ar('courses', 'enrol.language')).selectOption('ar')
		await enrol.click()
		await expect(page.getByRole('progressbar', { name: ar('courses', 'course.progress') })).toBeVisible()
	}
	await page.goto(`/ar/courses/${slug}/quizzes/${course.quizKey}`)
	await page.getByRole('button', { name: ar('courses', 'quiz.start') }).click()
	await expectOnFirstScreen(page, page.locator('fieldset.question').first(), 'Arabic quiz', testInfo)
	await context.close()
})

test('at 1280 px the Spanish header holds the brand, a member’s menu and the languages on one line', async ({
	browser,
}, testInfo) => {
	for (const [who, storageState] of [
		['visitor', undefined],
		['officer', storageStates.officer],
		['NGO member', storageStates.ngoMember],
	] as const) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, storageState })
		const page = await context.newPage()
		await page.goto('/es/library')
		const tops = await page
			.locator('.site-header .brand, .site-header .main-nav li, .site-header .language-switcher li')
			.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)))
		expect(tops.length, who).toBeGreaterThan(5)
		const header = (await page.locator('.site-header').boundingBox())!
		await testInfo.attach(`Spanish header, ${who}, 1280 px`, {
			body: await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: header.height } }),
			contentType: 'image/png',
		})
		// One line: every item starts within a few pixels of the others (a second line is ~30 px lower).
		expect(Math.max(...tops) - Math.min(...tops), `${who}: rows of the header`).toBeLessThan(12)
		await context.close()
	}
})

test('on an English page, the Arabic language name in the language facet is isolated, so its count stays after it', async ({
	page,
}) => {
	await page.goto('/en/library')
	const facets = page.getByRole('navigation', { name: t('en', 'search', 'facets.label') })
	const arabic = facets.locator('section', { hasText: t('en', 'search', 'facets.language') }).getByRole('link', {
		name: new RegExp(`^${t('en', 'common', 'languageNames.ar')} \\(`),
	})
	await expect(arabic).toBeVisible()
	await expect(arabic.locator('bdi, [dir="auto"]')).toHaveText(t('en', 'common', 'languageNames.ar'))
})
