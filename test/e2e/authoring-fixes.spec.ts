import { expect, type Page, test } from '@playwright/test'
import { storageStates, t } from './support.ts'

const teach = (key: string, values?: Record<string, string | number>) => t('en', 'teach', key, values)
const library = (language: string, key: string) => t(language, 'library', key)
const errorSummary = (page: Page, language: string) =>
	page.getByRole('group', { name: t(language, 'common', 'form.errorSummary') })
/** A summary link starts with its field's label, then the message. */
const startingWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

for (const language of ['en', 'ar'] as const) {
	test(`after a failed submit of the library form in ${language}, focus moves to the error summary, whose links lead to each field`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ storageState: storageStates.ngoMember })
		const page = await context.newPage()
		await page.goto(`/${language}/library/submit`)
		await page.getByRole('button', { name: library(language, 'submit.create') }).click()
		const summary = errorSummary(page, language)
		await expect(summary).toBeFocused()
		const toTitle = summary.getByRole('link', { name: startingWith(library(language, 'fields.title')) })
		await expect(toTitle).toHaveAttribute('href', '#submit-document-title')
		await expect(summary.getByRole('link', { name: startingWith(library(language, 'fields.topics')) })).toHaveAttribute(
			'href',
			'#submit-document-topics',
		)
		await toTitle.click()
		await expect(page.getByLabel(library(language, 'fields.title'), { exact: true })).toBeFocused()
		await context.close()
	})
}

/** A new course of the demo trainer's with one module and one lesson, its outline open. */
async function courseWithLesson(page: Page, lesson: string) {
	await page.goto('/en/teach/courses/new')
	await page.getByLabel(teach('editor.sourceLanguage')).selectOption('en')
	await page.getByLabel(teach('editor.courseTitle')).fill(`Removal check ${Date.now()}`)
	await page.getByLabel(teach('editor.summary')).fill('A course whose lesson is removed.')
	await page.getByLabel(teach('editor.outcomes')).fill('Remove a lesson safely')
	await page.getByLabel(teach('editor.certificateName')).fill('Removal check')
	await page.getByLabel(t('en', 'common', 'topics.identification'), { exact: true }).check()
	await page.getByRole('button', { name: teach('teach.create') }).click()
	await page.getByLabel(teach('editor.newModuleTitle')).fill('Only module')
	await page.getByRole('button', { name: teach('editor.addModule') }).click()
	await page.getByLabel(teach('editor.newLessonTitle')).fill(lesson)
	await page.getByRole('button', { name: teach('editor.addLesson') }).click()
	await expect(page.getByLabel(teach('editor.lessonTitle'))).toHaveValue(lesson)
	await page.getByRole('link', { name: teach('editor.backToCourse') }).click()
	await expect(page.getByRole('link', { name: lesson })).toBeVisible()
}

test('removing a lesson asks for confirmation first, in red, and keeping it changes nothing', async ({ browser }) => {
	const context = await browser.newContext({ storageState: storageStates.trainer })
	const page = await context.newPage()
	const lesson = `Lesson to remove ${Date.now()}`
	await courseWithLesson(page, lesson)
	const remove = page.getByRole('button', { name: teach('editor.remove', { title: lesson }) })
	await expect(remove).toHaveClass(/link-button--danger/)

	await remove.click()
	const question = page.getByRole('group', { name: teach('editor.confirmRemoveLesson', { title: lesson }) })
	await expect(question).toBeFocused()
	const confirm = question.getByRole('button', { name: teach('editor.confirmRemove', { title: lesson }) })
	await expect(confirm).toHaveClass(/button--danger/)
	// Asking removed nothing.
	await expect(page.getByRole('link', { name: lesson })).toBeVisible()
	await question.getByRole('link', { name: teach('editor.keep') }).click()
	await expect(question).toHaveCount(0)
	await expect(page.getByRole('link', { name: lesson })).toBeVisible()

	await remove.click()
	await question.getByRole('button', { name: teach('editor.confirmRemove', { title: lesson }) }).click()
	await expect(page.getByRole('link', { name: lesson })).toHaveCount(0)
	await context.close()
})

test('without JavaScript, removing a lesson takes a confirmation step: the first request only asks', async ({
	browser,
}) => {
	const context = await browser.newContext({ storageState: storageStates.trainer, javaScriptEnabled: false })
	const page = await context.newPage()
	const lesson = `Lesson to remove without JavaScript ${Date.now()}`
	await courseWithLesson(page, lesson)
	await page.getByRole('button', { name: teach('editor.remove', { title: lesson }) }).click()
	const question = page.getByRole('group', { name: teach('editor.confirmRemoveLesson', { title: lesson }) })
	await expect(question).toBeVisible()
	// The page the first request answered still lists the lesson, and so does the outline loaded afresh.
	await expect(page.getByRole('link', { name: lesson })).toBeVisible()
	await page.goto(page.url())
	await expect(page.getByRole('link', { name: lesson })).toBeVisible()
	await page.getByRole('button', { name: teach('editor.remove', { title: lesson }) }).click()
	await question.getByRole('button', { name: teach('editor.confirmRemove', { title: lesson }) }).click()
	await expect(page.getByRole('link', { name: lesson })).toHaveCount(0)
	await context.close()
})
