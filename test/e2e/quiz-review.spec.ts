import { expect, type Page, test } from '@playwright/test'
import { answerQuiz, secretsOf, starterCourse } from './course-content.ts'
import { storageStates, t } from './support.ts'

// The one starter course no other file takes as the demo NGO member, so this file's attempts are its own.
const slug = 'victim-centred-interviewing'
const c = (key: string, values?: Record<string, string | number>) => t('en', 'courses', key, values)

// Without JavaScript: the blank questions must be named, and the answers given kept, by the server alone.
test.use({ storageState: storageStates.ngoMember, javaScriptEnabled: false })

/** The numbers ("Question 3") of the questions with nothing chosen or typed, in whole or in part. */
function blankQuestionNumbers(page: Page) {
	return page.locator('fieldset.question').evaluateAll((questions) =>
		questions
			.filter((question) => {
				const controls = [...question.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select')]
				const ticks = controls.filter((control) => control.type === 'radio' || control.type === 'checkbox')
				const parts = controls.filter((control) => !ticks.includes(control))
				return (
					(ticks.length > 0 && !ticks.some((control) => control.checked)) || parts.some((control) => !control.value)
				)
			})
			.map((question) => question.querySelector('.question__number')?.textContent ?? ''),
	)
}

test('the demo NGO member submits a quiz half answered, is shown the blank questions, confirms, fails, and the review holds back the correct answers', async ({
	page,
}) => {
	const course = starterCourse(slug)
	await page.goto(`/en/courses/${slug}`)
	await page.getByRole('button', { name: c('enrol.submit') }).click()
	await expect(page.getByRole('progressbar', { name: c('course.progress') })).toBeVisible()

	// The start page says how many questions, the pass mark and the attempts left (unlimited here).
	await page.goto(`/en/courses/${slug}/quizzes/${course.quizKey}`)
	await expect(page.getByText(c('quiz.questionCount_other', { count: course.questionsPerAttempt }))).toBeVisible()
	const mark = new Intl.NumberFormat('en', { style: 'percent' }).format(0.75)
	await expect(page.getByText(c('quiz.passMark', { mark }))).toBeVisible()
	await expect(page.getByText(c('quiz.unlimited'))).toBeVisible()

	await page.getByRole('button', { name: c('quiz.start') }).click()
	// Each label of a matching, ordering, short-answer or number question sits by its control: the label's
	// words, not its box, are measured, since the fault was a label box stretched 14rem tall above its control.
	const gaps = await page.locator('.field--inline').evaluateAll((fields) =>
		fields.map((field) => {
			const range = document.createRange()
			range.selectNodeContents(field.querySelector('label')!)
			return field.querySelector('input, select')!.getBoundingClientRect().top - range.getBoundingClientRect().bottom
		}),
	)
	for (const gap of gaps) expect(gap, 'space between a label and its control').toBeLessThan(32)
	// Half the bank answered wrongly: of the questions drawn, at least two stay blank.
	await answerQuiz(page, course.questions.slice(0, course.questions.length / 2), 'en', false)
	const blank = await blankQuestionNumbers(page)
	expect(blank.length).toBeGreaterThan(1)
	await page.getByRole('button', { name: c('quiz.submit'), exact: true }).click()

	const notice = page.getByRole('alert').filter({ hasText: c('quiz.unansweredConfirm') })
	await expect(notice).toContainText(c('quiz.unanswered_other', { count: blank.length }))
	for (const number of blank) await expect(notice.getByRole('link', { name: number, exact: true })).toBeVisible()
	// The answers given are still there, and no attempt was used.
	expect(await blankQuestionNumbers(page)).toEqual(blank)
	await expect(page.getByRole('heading', { name: c('quiz.yourAttempts') })).toHaveCount(0)

	await page.getByRole('button', { name: c('quiz.submitAnyway') }).click()
	await expect(page.getByText(c('quiz.failedMessage'))).toBeVisible()
	await expect(page.getByRole('heading', { level: 2, name: c('quiz.feedback') })).toBeVisible()
	// Which answers were wrong is shown; the correct answers wait until the quiz is passed.
	await expect(page.getByRole('heading', { level: 3, name: `${blank[0]}: ${c('quiz.incorrect')}` })).toBeVisible()
	await expect(page.getByText(c('quiz.answersLater.after-last-attempt'))).toBeVisible()
	await expect(page.getByText(c('quiz.correctAnswer'), { exact: true })).toHaveCount(0)
	await expect(page.getByText(c('quiz.acceptedAnswers'), { exact: true })).toHaveCount(0)
	// What the page shows; the loader data is checked field by field in test/integration/quiz-review.test.ts
	// (the page's handoff also carries the site's strings, where a short accepted answer is an ordinary word).
	const shown = await page.locator('main').innerHTML()
	for (const secret of secretsOf(course.questions, 'en'))
		expect(shown, 'a failed attempt’s review must not show the answers').not.toContain(secret)
})
