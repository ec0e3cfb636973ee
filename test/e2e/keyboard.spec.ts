import { expect, type Locator, type Page, test } from '@playwright/test'
import { starterCourse } from './course-content.ts'
import { savedLanguage, signInWithPassword, t } from './support.ts'

/** Presses Tab until the control has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, control: Locator, limit = 120) {
	await expect(control).toBeVisible()
	for (let step = 0; step < limit; step++) {
		if (await control.evaluate((element) => element === document.activeElement)) return
		await page.keyboard.press('Tab')
	}
	await expect(control).toBeFocused()
}

test('a member signs in and out with the keyboard alone, starting from the skip link', async ({ page }) => {
	await page.goto('/en/sign-in')
	await page.keyboard.press('Tab')
	await expect(page.getByRole('link', { name: t('en', 'common', 'layout.skipToContent') })).toBeFocused()
	await page.keyboard.press('Enter')
	await page.keyboard.press('Tab')
	await expect(page.getByLabel(t('en', 'accounts', 'fields.email'))).toBeFocused()
	await page.keyboard.type('trainer@atlas.example')
	await page.keyboard.press('Tab')
	await page.keyboard.type('atlas demo password')
	await page.keyboard.press('Enter')
	// They land on their home page, in their saved language.
	const landedIn = savedLanguage('trainer@atlas.example')
	await expect(page.getByText(t(landedIn, 'common', 'home.welcomeBack', { name: 'Sample Trainer' }))).toBeVisible()
	// The header's links come first: courses, library, laws, events, forums, search and the member's own pages.
	await tabTo(page, page.getByRole('button', { name: t(landedIn, 'common', 'nav.signOut') }), 24)
	await page.keyboard.press('Enter')
	await expect(
		page
			.getByRole('navigation', { name: t(landedIn, 'common', 'layout.mainNavigation') })
			.getByRole('link', { name: t(landedIn, 'common', 'nav.signIn') }),
	).toBeVisible()
})

test('a learner enrols in a course and takes its quiz with the keyboard alone', async ({ page }) => {
	const slug = 'victim-centred-interviewing'
	const course = starterCourse(slug)
	const c = (key: string) => t('en', 'courses', key)
	await signInWithPassword(page, 'en', 'legal@atlas.example')
	const landedIn = savedLanguage('legal@atlas.example')
	await expect(page.getByRole('link', { name: t(landedIn, 'common', 'nav.home') })).toBeVisible()
	await page.goto(`/en/courses/${slug}`)
	await tabTo(page, page.getByRole('button', { name: c('enrol.submit') }))
	await page.keyboard.press('Enter')
	await expect(page.getByRole('progressbar', { name: c('course.progress') })).toBeVisible()

	await page.goto(`/en/courses/${slug}/quizzes/${course.quizKey}`)
	await tabTo(page, page.getByRole('button', { name: c('quiz.start') }))
	await page.keyboard.press('Enter')
	const submit = page.getByRole('button', { name: c('quiz.submit') })
	await expect(submit).toBeVisible()
	// Every answer control is reached with Tab and answered with the keys it takes.
	for (let step = 0; step < 300 && !(await submit.evaluate((element) => element === document.activeElement)); step++) {
		const { tag, type } = await page.evaluate(() => ({
			tag: document.activeElement?.tagName.toLowerCase(),
			type: (document.activeElement as HTMLInputElement | null)?.type,
		}))
		if (tag === 'input' && (type === 'radio' || type === 'checkbox')) await page.keyboard.press('Space')
		else if (tag === 'select') await page.keyboard.press('ArrowDown')
		else if (tag === 'input' || tag === 'textarea') await page.keyboard.type('1')
		await page.keyboard.press('Tab')
	}
	await expect(submit).toBeFocused()
	const unanswered = await page.evaluate(() =>
		[...document.querySelectorAll('fieldset.question')]
			.filter(
				(question) =>
					![...question.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea')].some(
						(control) =>
							control.type === 'radio' || control.type === 'checkbox' ? control.checked : control.value !== '',
					),
			)
			.map((question) => question.querySelector('legend')?.textContent),
	)
	expect(unanswered, 'questions the keyboard did not reach').toEqual([])
	expect(await page.locator('fieldset.question').count()).toBe(course.questionsPerAttempt)
	await page.keyboard.press('Enter')
	await expect(page.getByRole('heading', { level: 2, name: c('quiz.feedback') })).toBeVisible()
})

test('a visitor filters the programmes and opens one with the keyboard alone', async ({ page }) => {
	const p = (key: string) => t('en', 'programmes', key)
	await page.goto('/en/programmes')
	await tabTo(page, page.getByRole('checkbox', { name: p('catalogue.free') }))
	await page.keyboard.press('Space')
	await tabTo(page, page.getByRole('checkbox', { name: p('catalogue.childcare') }))
	await page.keyboard.press('Space')
	await tabTo(page, page.getByRole('button', { name: p('catalogue.show') }))
	await page.keyboard.press('Enter')
	await expect(page).toHaveURL(/free=on/)
	await expect(page).toHaveURL(/childcare=on/)
	const first = page.locator('main h3 a').first()
	await tabTo(page, first)
	const title = (await first.textContent())!.trim()
	await page.keyboard.press('Enter')
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
})
