import { expect, type Page } from '@playwright/test'
import { type starterCourse } from './course-content.ts'

/** The kinds whose label and control sit side by side: the layout a regression has broken before (issue 15). */
const inlineKinds = ['matching', 'ordering', 'short-text', 'numeric', 'true-false'] as const

/**
 * Compares each question kind's box on the quiz page with its approved screenshot (test/e2e/*-snapshots). A
 * change of size fails at once (a question wider than the column, say), so does a control moved away from its
 * label. Question numbers and the steps of an ordering question change with each attempt's shuffle, so they are
 * masked, and for the screenshot alone each step's label keeps to one line, so every row has the same height
 * whatever the order: the layout is what is compared, not the words.
 */
export async function expectQuizLayout(page: Page, course: ReturnType<typeof starterCourse>, language: string) {
	for (const kind of inlineKinds) {
		const question = course.questions.find((candidate) => candidate.kind === kind)!
		const fieldset = page
			.locator('fieldset.question')
			.filter({ hasText: String((question.translations[language] ?? question.translations.en)!.prompt) })
		// Through the CSS object model: the page's content security policy refuses an injected style sheet.
		await fieldset
			.locator('.field--inline label')
			.evaluateAll((labels) =>
				labels.forEach((label) =>
					Object.assign((label as HTMLElement).style, { whiteSpace: 'nowrap', overflow: 'hidden' }),
				),
			)
		await expect(fieldset, `the ${kind} question in ${language}`).toHaveScreenshot(`quiz-${kind}-${language}.png`, {
			mask: [fieldset.locator('.question__number'), ...(kind === 'ordering' ? [fieldset.locator('label')] : [])],
			maxDiffPixelRatio: 0.02,
			animations: 'disabled',
		})
	}
}
