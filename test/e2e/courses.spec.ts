import { expect, test } from '@playwright/test'
import { verifyThenRevoke } from './certificate-steps.ts'
import { answerQuiz, secretsOf, starterCourse } from './course-content.ts'
import { signInWithPassword, t } from './support.ts'

const slug = 'identifying-victims-at-borders'
const percent = (value: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(value / 100)

test('in French, an officer finds a course by filter, enrols, reads the lessons, fails the quiz once, passes it and completes the course; its certificate is there at once, verifiable and revocable', async ({
	page,
	browser,
}) => {
	const course = starterCourse(slug)
	const fr = (key: string, values?: Record<string, string | number>) => t('fr', 'courses', key, values)
	await signInWithPassword(page, 'fr', 'officer@atlas.example')
	await expect(page.getByRole('link', { name: t('fr', 'common', 'nav.home') })).toBeVisible()
	await page
		.getByRole('navigation', { name: t('fr', 'common', 'layout.mainNavigation') })
		.getByRole('link', { name: t('fr', 'common', 'nav.courses') })
		.click()
	await page.getByLabel(fr('catalogue.topic')).selectOption('identification')
	await page.getByLabel(fr('catalogue.language')).selectOption('fr')
	await page.getByRole('button', { name: fr('catalogue.show') }).click()
	await expect(page).toHaveURL(/topic=identification/)
	await page.getByRole('link', { name: course.translations.fr!.title }).click()
	await page.getByRole('button', { name: fr('enrol.submit') }).click()
	await page.getByRole('link', { name: fr('course.start') }).click()

	for (const lesson of course.modules.flatMap((module) => module.lessons)) {
		await expect(page.getByRole('heading', { level: 1, name: lesson.translations.fr!.title })).toBeVisible()
		await page.getByRole('button', { name: fr('learn.markDone') }).click()
	}

	await page.getByRole('button', { name: fr('quiz.start') }).click()
	// Before submitting, the page holds the questions only: no feedback, explanation or accepted answer.
	const html = await page.content()
	for (const secret of secretsOf(course.questions, 'fr'))
		expect(html, 'the quiz page must not carry answers').not.toContain(secret)
	await answerQuiz(page, course.questions, 'fr', false)
	await page.getByRole('button', { name: fr('quiz.submit') }).click()
	await expect(page.getByText(fr('quiz.failedMessage'))).toBeVisible()
	await page.getByRole('link', { name: fr('quiz.tryAgain') }).click()
	await page.getByRole('button', { name: fr('quiz.tryAgain') }).click()
	await answerQuiz(page, course.questions, 'fr', true)
	await page.getByRole('button', { name: fr('quiz.submit') }).click()
	await expect(page.getByText(fr('quiz.yourScore', { score: percent(100), mark: percent(75) }))).toBeVisible()
	await expect(page.getByText(fr('quiz.courseComplete'))).toBeVisible()

	// The certificate is there at once, with the QR code of its verification address.
	// The result's own link (the main menu has one too).
	await page
		.getByRole('main')
		.getByRole('link', { name: t('fr', 'certificates', 'mine.title') })
		.click()
	const certificate = page.locator('.certificate-card').filter({ hasText: course.translations.fr!.title })
	await expect(certificate.getByRole('img', { name: t('fr', 'certificates', 'mine.qr') }).locator('svg')).toBeVisible()
	const code = (await certificate
		.getByRole('link', { name: t('fr', 'certificates', 'mine.verifyLink') })
		.getAttribute('href'))!
		.split('/')
		.pop()!
	await page.goto(`/fr/courses/${slug}`)
	await expect(page.getByText(fr('course.completed'))).toBeVisible()
	await expect(page.getByRole('progressbar', { name: fr('course.progress') })).toHaveAttribute('value', '100')

	// Anyone verifies the certificate; an admin revokes it and the page says so.
	await verifyThenRevoke(browser, code, { holder: 'Sample Officer', course: course.translations.fr!.title })

	// The same learner switches to Arabic: the lesson pages lay out right to left.
	await page.getByLabel(fr('course.learningIn')).selectOption('ar')
	// Wait for the change to be saved: navigating away at once would cancel the form's request.
	const saved = page.waitForResponse(
		(response) => response.request().method() === 'POST' && response.url().includes(`/courses/${slug}`),
	)
	await page.getByRole('button', { name: fr('course.changeLanguage') }).click()
	expect((await saved).status()).toBeLessThan(400)
	const lesson = course.modules[0]!.lessons[0]!
	await page.goto(`/ar/courses/${slug}/lessons/${lesson.key}`)
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
	const article = page.locator('article.lesson')
	await expect(article.getByRole('heading', { level: 1, name: lesson.translations.ar!.title })).toBeVisible()
	expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
	await expect(article).toHaveAttribute('lang', 'ar')
})
