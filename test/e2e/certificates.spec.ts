import { expect, test } from '@playwright/test'
import { scan } from './axe.ts'
import { expectPrintedCertificateInsideFrame } from './certificate-steps.ts'
import { answerQuiz, starterCourse } from './course-content.ts'
import { signInWithPassword, t } from './support.ts'

const slug = 'identifying-victims-at-borders'
const languages = ['en', 'fr', 'es', 'ar'] as const

test('a learner completes a course in Arabic: the printable certificate and its PDF are right to left, in the Arabic font Atlas serves', async ({
	page,
	browser,
}) => {
	// A whole course to its certificate, then sixteen scans of its pages: longer than one page's budget.
	test.slow()
	const course = starterCourse(slug)
	const ar = (key: string, values?: Record<string, string | number>) => t('ar', 'courses', key, values)
	await signInWithPassword(page, 'ar', 'ngo@atlas.example')
	await expect(page.getByRole('link', { name: t('ar', 'common', 'nav.home') })).toBeVisible()
	await page.goto(`/ar/courses/${slug}`)
	await page.getByLabel(ar('enrol.language')).selectOption('ar')
	await page.getByRole('button', { name: ar('enrol.submit') }).click()
	await page.getByRole('link', { name: ar('course.start') }).click()
	for (const lesson of course.modules.flatMap((module) => module.lessons)) {
		await expect(page.getByRole('heading', { level: 1, name: lesson.translations.ar!.title })).toBeVisible()
		await page.getByRole('button', { name: ar('learn.markDone') }).click()
	}
	await page.getByRole('button', { name: ar('quiz.start') }).click()
	await answerQuiz(page, course.questions, 'ar', true)
	await page.getByRole('button', { name: ar('quiz.submit') }).click()
	await expect(page.getByText(ar('quiz.courseComplete'))).toBeVisible()

	// At once in "my certificates", with a QR code of its verification address.
	// The result's own link (the main menu has one too).
	await page
		.getByRole('main')
		.getByRole('link', { name: t('ar', 'certificates', 'mine.title') })
		.click()
	const card = page.locator('.certificate-card').filter({ hasText: course.translations.ar!.title })
	await expect(card.getByRole('img', { name: t('ar', 'certificates', 'mine.qr') }).locator('svg')).toBeVisible()
	const verifyUrl = (await card
		.getByRole('link', { name: t('ar', 'certificates', 'mine.verifyLink') })
		.getAttribute('href'))!
	const code = verifyUrl.split('/').pop()!

	// The Arabic print view: right to left, in the Arabic font Atlas serves itself.
	await page.goto(`/en/certificates/${code}/print`)
	const certificate = page.locator('article.certificate')
	await expect(certificate).toHaveAttribute('dir', 'rtl')
	await expect(certificate).toHaveAttribute('lang', 'ar')
	await expect(certificate).toContainText(t('ar', 'certificates', 'print.heading'))
	expect(await certificate.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
	const fontLoaded = await page.evaluate(async () => {
		await document.fonts.ready
		return document.fonts.check('16px "Atlas Naskh"', 'شهادة')
	})
	expect(fontLoaded).toBe(true)
	await expectPrintedCertificateInsideFrame(page)
	const pdf = await page.request.get(
		(await page.getByRole('link', { name: t('en', 'certificates', 'print.pdf') }).getAttribute('href'))!,
	)
	expect(pdf.headers()['content-type']).toBe('application/pdf')
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

	for (const language of languages) {
		await scan(page, `/${language}/certificates`)
		await scan(page, `/${language}/certificates/transcript`)
	}

	// Anyone can open the verification page, in every language.
	const visitorContext = await browser.newContext()
	const visitor = await visitorContext.newPage()
	for (const language of languages) await scan(visitor, `/${language}/verify/${code}`)
	await expect(visitor.locator('dl.facts')).toContainText('Sample NGO Member')
	// The holder's name is for whom they share the link with, not for search engines.
	expect((await visitor.request.get(`/en/verify/${code}`)).headers()['x-robots-tag']).toBe('noindex, nofollow')
	expect(await (await visitor.request.get('/robots.txt')).text()).toContain('Disallow: /*/verify/')
	await visitorContext.close()
})
