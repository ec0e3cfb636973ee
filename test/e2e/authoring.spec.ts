import { expect, type Page, test } from '@playwright/test'
import { findOnSomePage, signInWithPassword, t } from './support.ts'

const en = (key: string, values?: Record<string, string | number>) => t('en', 'courses', key, values)
const teach = (key: string, values?: Record<string, string | number>) => t('en', 'teach', key, values)
const authoring = (key: string, values?: Record<string, string | number>) => t('en', 'authoring', key, values)

async function addQuestion(page: Page, kind: string, fill: () => Promise<void>) {
	await page.getByLabel(teach('editor.questionKind')).selectOption(kind)
	await page.getByRole('button', { name: teach('editor.addQuestion') }).click()
	await fill()
	await page.getByRole('button', { name: teach('editor.saveQuestion') }).click()
	await expect(page.getByRole('heading', { level: 1, name: teach('editor.quizHeading') })).toBeVisible()
}

test('a trainer writes a course in English with a Callout lesson and a three-kind quiz, translates it into Spanish, publishes it, and sees the translation go out of date', async ({
	page,
}) => {
	const title = `Screening interviews at ports ${Date.now()}`
	await signInWithPassword(page, 'en', 'trainer@atlas.example')
	// Signing in leads to their home page in their saved language (Spanish); this journey is written in English.
	await expect(page).toHaveURL(/\/es\/home$/)
	await page.goto('/en/teach')
	await page.getByRole('link', { name: teach('teach.newCourse') }).click()
	await page.getByLabel(teach('editor.sourceLanguage')).selectOption('en')
	await page.getByLabel(teach('editor.courseTitle')).fill(title)
	await page.getByLabel(teach('editor.summary')).fill('How to screen travellers for signs of trafficking at sea ports.')
	await page.getByLabel(teach('editor.outcomes')).fill('Plan a screening interview\nRefer a presumed victim')
	await page.getByLabel(teach('editor.certificateName')).fill('Port screening')
	await page.getByLabel(t('en', 'common', 'topics.identification'), { exact: true }).check()
	await page.getByRole('button', { name: teach('teach.create') }).click()

	await page.getByLabel(teach('editor.newModuleTitle')).fill('At the port')
	await page.getByRole('button', { name: teach('editor.addModule') }).click()
	await page.getByLabel(teach('editor.newLessonTitle')).fill('Before the interview')
	await page.getByRole('button', { name: teach('editor.addLesson') }).click()

	// Refused MDX names its line; then a lesson with a Callout is previewed and saved.
	const body = page.getByLabel(teach('editor.lessonBody'))
	await body.fill('## Plan\n\nimport x from "y"')
	await page.getByRole('button', { name: teach('editor.save'), exact: true }).click()
	// Shown at the field and, as a link to it, in the error summary.
	await expect(page.getByText(authoring('mdx.import-export', { line: 3, column: 1 })).first()).toBeVisible()
	await body.fill(
		'## Plan\n\nFind a quiet room.\n\n<Callout kind="warning">Never use a companion as interpreter.</Callout>',
	)
	await page.getByRole('button', { name: teach('editor.preview') }).click()
	await expect(page.locator('.lesson__body .callout--warning')).toContainText('Never use a companion as interpreter.')
	await page.getByRole('button', { name: teach('editor.save'), exact: true }).click()
	await expect(page.getByText(teach('editor.saved'))).toBeVisible()
	const lessonUrl = page.url()

	await page.getByRole('link', { name: teach('editor.backToCourse') }).click()
	await page.getByLabel(teach('editor.newQuizTitle')).fill('Port check')
	await page.getByRole('button', { name: teach('editor.addQuiz') }).click()
	await addQuestion(page, 'single-choice', async () => {
		await page.getByLabel(teach('editor.prompt'), { exact: true }).fill('Who should interpret?')
		await page
			.getByLabel(teach('editor.rows.optionText', { number: 1 }), { exact: true })
			.fill('An independent interpreter')
		await page.getByLabel(teach('editor.rows.correct', { number: 1 })).check()
		await page.getByLabel(teach('editor.rows.optionText', { number: 2 }), { exact: true }).fill('The travel companion')
	})
	await addQuestion(page, 'true-false', async () => {
		await page
			.getByLabel(teach('editor.prompt'), { exact: true })
			.fill('Trafficking always involves crossing a border.')
		await page.getByLabel(en('quiz.false')).check()
	})
	await addQuestion(page, 'numeric', async () => {
		await page
			.getByLabel(teach('editor.prompt'), { exact: true })
			.fill('How many days is the minimum reflection period?')
		await page.getByLabel(teach('editor.correctAnswer')).fill('30')
	})
	await expect(page.getByRole('listitem').filter({ hasText: 'Who should interpret?' })).toBeVisible()

	// Spanish: the course texts and the lesson.
	await page.getByRole('link', { name: teach('editor.backToCourse') }).click()
	await page.getByRole('link', { name: teach('editor.details') }).click()
	await page
		.getByRole('navigation', { name: teach('editor.languages') })
		.getByRole('link', { name: new RegExp(`^${t('en', 'common', 'languageNames.es')}`) })
		.click()
	await page.getByLabel(teach('editor.courseTitle')).fill(`Entrevistas en puertos ${title.split(' ').pop()}`)
	await page.getByLabel(teach('editor.summary')).fill('Cómo detectar indicios de trata en los puertos.')
	await page.getByLabel(teach('editor.outcomes')).fill('Preparar una entrevista')
	await page.getByLabel(teach('editor.certificateName')).fill('Control portuario')
	await page.getByRole('button', { name: teach('editor.save'), exact: true }).click()
	await expect(page.getByText(teach('editor.saved'))).toBeVisible()
	await page.goto(`${lessonUrl}?language=es`)
	await page.getByLabel(teach('editor.lessonTitle')).fill('Antes de la entrevista')
	await page
		.getByLabel(teach('editor.lessonBody'))
		.fill('## Plan\n\n<Callout kind="warning">Nunca use a un acompañante como intérprete.</Callout>')
	await page.getByRole('button', { name: teach('editor.save'), exact: true }).click()
	await expect(page.getByText(teach('editor.saved'))).toBeVisible()

	await page.getByRole('link', { name: teach('editor.backToCourse') }).click()
	await page.getByRole('button', { name: teach('editor.publish') }).click()
	await expect(page.getByText(teach('editor.publishedNow', { revision: 1 }))).toBeVisible()
	await page.goto('/es/courses?language=es&topic=identification')
	await findOnSomePage(page, page.getByRole('link', { name: `Entrevistas en puertos ${title.split(' ').pop()}` }))

	// The English source changes: the Spanish lesson is marked out of date.
	await page.goto(lessonUrl)
	await page
		.getByLabel(teach('editor.lessonBody'))
		.fill(
			'## Plan\n\nFind a quiet, private room.\n\n<Callout kind="warning">Never use a companion as interpreter.</Callout>',
		)
	await page.getByRole('button', { name: teach('editor.save'), exact: true }).click()
	await expect(page.getByText(teach('editor.saved'))).toBeVisible()
	await page.getByRole('link', { name: teach('editor.backToCourse') }).click()
	await page.getByRole('link', { name: teach('editor.translations'), exact: true }).click()
	const row = page.getByRole('row', { name: /Before the interview/ })
	const spanish = row.getByRole('cell').nth(2)
	await expect(spanish).toContainText(teach('translationStates.outdated'))
	await expect(row.getByRole('cell').nth(0)).toContainText(teach('translationStates.source'))
})
