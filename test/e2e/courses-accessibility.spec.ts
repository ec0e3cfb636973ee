import { expect, test } from '@playwright/test'
import { expectNoViolations, scan } from './axe.ts'
import { starterCourse } from './course-content.ts'
import { expectQuizLayout } from './quiz-layout.ts'
import { savedLanguage, signInWithPassword, t } from './support.ts'

/** One learner per language, so the four runs never share an enrolment or its attempts. */
const learners = {
	en: 'legal@atlas.example',
	fr: 'ngo@atlas.example',
	es: 'trainer@atlas.example',
	ar: 'officer@atlas.example',
} as const
const slug = 'working-across-borders'

for (const [language, email] of Object.entries(learners)) {
	test(`catalogue, course, lesson, quiz and result pages have no axe violations in ${language}`, async ({ page }) => {
		const course = starterCourse(slug)
		const lesson = course.modules[0]!.lessons[0]!.key
		await scan(page, `/${language}/courses`)
		await scan(page, `/${language}/courses/${slug}`)
		await signInWithPassword(page, language, email)
		// They land on their home page in their saved language; the pages below are opened in this run's.
		await expect(page.getByRole('link', { name: t(savedLanguage(email), 'common', 'nav.home') })).toBeVisible()
		await scan(page, `/${language}/courses/${slug}`)
		await page.getByRole('button', { name: t(language, 'courses', 'enrol.submit') }).click()
		await expect(page.getByRole('progressbar', { name: t(language, 'courses', 'course.progress') })).toBeVisible()
		await expectNoViolations(page, `${language} course page, enrolled`)
		await scan(page, `/${language}/courses/${slug}/lessons/${lesson}`)
		await scan(page, `/${language}/courses/${slug}/quizzes/${course.quizKey}`)
		await page.getByRole('button', { name: t(language, 'courses', 'quiz.start') }).click()
		await expect(page.locator('fieldset.question').first()).toBeVisible()
		await expectNoViolations(page, `${language} quiz with its questions`)
		// Left to right and right to left, each question kind keeps its approved layout.
		if (language === 'en' || language === 'ar') await expectQuizLayout(page, course, language)
		await page.getByRole('button', { name: t(language, 'courses', 'quiz.submit') }).click()
		// Nothing was answered: the blank questions are named and the submission waits for confirmation.
		const submitAnyway = page.getByRole('button', { name: t(language, 'courses', 'quiz.submitAnyway') })
		await expect(submitAnyway).toBeVisible()
		await expectNoViolations(page, `${language} quiz with its unanswered questions named`)
		await submitAnyway.click()
		await expect(page.getByRole('heading', { level: 2, name: t(language, 'courses', 'quiz.feedback') })).toBeVisible()
		await expectNoViolations(page, `${language} quiz result`)
		await scan(page, `/${language}/learning`)
	})

	// Authoring pages as linked are checked by the trainer's crawl (crawl.spec.ts); these are their other states.
	test(`authoring pages in another language and with errors have no axe violations in ${language}`, async ({
		page,
	}) => {
		const course = starterCourse('identifying-victims-at-borders')
		const other = language === 'es' ? 'fr' : 'es'
		await signInWithPassword(page, language, 'trainer@atlas.example')
		const landedIn = savedLanguage('trainer@atlas.example')
		await expect(page.getByRole('link', { name: t(landedIn, 'common', 'nav.teaching') })).toBeVisible()
		await page.goto(`/${language}/teach`)
		const title = course.translations[language]?.title ?? course.translations.en!.title
		const base = (await page.getByRole('link', { name: title }).getAttribute('href'))!
		const lesson = course.modules[0]!.lessons[0]!.key
		for (const path of [
			`${base}/details?language=${other}`,
			`${base}/modules/${course.modules[0]!.key}?language=${other}`,
			`${base}/lessons/${lesson}?language=${other}`,
			...course.questions
				.slice(0, 3)
				.map((question) => `${base}/questions/${question.key}?quiz=${course.quizKey}&language=${other}`),
		]) {
			await scan(page, path)
		}
		await page.goto(`${base}/lessons/${lesson}`)
		await page.getByLabel(t(language, 'teach', 'editor.lessonBody')).fill('Text\n\n<Banner />')
		await page.getByRole('button', { name: t(language, 'teach', 'editor.preview') }).click()
		await expect(
			page.getByText(t(language, 'authoring', 'mdx.unknown-component', { line: 3, column: 1, name: 'Banner' })).first(),
		).toBeVisible()
		await expectNoViolations(page, `${language} lesson editor with MDX problems`)
		await page.goto(`/${language}/teach/courses/new`)
		await page.getByRole('button', { name: t(language, 'teach', 'teach.create') }).click()
		await expect(page.getByText(t(language, 'common', 'errors.required')).first()).toBeVisible()
		await expectNoViolations(page, `${language} new course with errors`)
		await page.goto(`/${language}/teach`)
		const cohortCourse = starterCourse('victim-centred-interviewing')
		await page.goto(
			`${(await page.getByRole('link', { name: cohortCourse.translations[language]?.title ?? cohortCourse.translations.en!.title }).getAttribute('href'))!}/cohorts`,
		)
		await page.getByRole('link', { name: 'Sample joint cohort (FR, ES, MA)' }).click()
		const csvLink = page.getByRole('link', { name: t(language, 'teach', 'cohorts.exportCsv') })
		await expect(csvLink).toBeVisible()
		await expectNoViolations(page, `${language} cohort progress`)
		const csv = await page.request.get((await csvLink.getAttribute('href'))!)
		expect(csv.headers()['content-type']).toContain('text/csv')
	})
}
