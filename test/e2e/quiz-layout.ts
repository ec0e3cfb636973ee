import { expect, type Page } from '@playwright/test'
import { type starterCourse } from './course-content.ts'

/** The kinds whose label and control sit side by side: the layout a regression has broken before (issue 15). */
const inlineKinds = ['matching', 'ordering', 'short-text', 'numeric', 'true-false'] as const

/**
 * Compares each question kind's box on the quiz page with its approved screenshot (test/e2e/*-snapshots). A
 * change of size fails at once, so does a control moved away from its label. Steps of an ordering question are
 * shuffled per attempt, and so are the question numbers' neighbours, so their words are masked; the layout is
 * what is compared.
 */
export async function expectQuizLayout(page: Page, course: ReturnType<typeof starterCourse>, language: string) {
	for (const kind of inlineKinds) {
		const question = course.questions.find((candidate) => candidate.kind === kind)!
		const fieldset = page
			.locator('fieldset.question')
			.filter({ hasText: String(question.translations[language]!.prompt) })
		await expect(fieldset, `the ${kind} question in ${language}`).toHaveScreenshot(`quiz-${kind}-${language}.png`, {
			mask: [fieldset.locator('.question__number'), ...(kind === 'ordering' ? [fieldset.locator('label')] : [])],
			maxDiffPixelRatio: kind === 'ordering' ? 0.1 : 0.02,
			animations: 'disabled',
		})
	}
}
