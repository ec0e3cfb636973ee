import { expect, test } from '@playwright/test'
import { expectNoViolations } from './axe.ts'
import { starterCourse } from './course-content.ts'
import { demoPassword, signInWithPassword, t } from './support.ts'

/** The only spec that enrols the demo officer in this course, so its enrol button is there on a fresh demo database. */
const slug = 'victim-centred-interviewing'

test('an officer signing in in French lands on their home page, is told they enrolled, and finds where to resume', async ({
	page,
}) => {
	const fr = (namespace: string, key: string) => t('fr', namespace, key)
	const course = starterCourse(slug)
	const title = course.translations.fr?.title ?? course.translations.en!.title
	const firstLesson = course.modules[0]!.lessons[0]!.key

	await signInWithPassword(page, 'fr', 'officer@atlas.example')
	await expect(page).toHaveURL(/\/fr\/home$/)
	await expect(page.getByRole('heading', { level: 1, name: fr('home', 'title') })).toBeVisible()
	await expectNoViolations(page, 'fr member home')
	const menu = page.getByRole('navigation', { name: fr('common', 'layout.mainNavigation') })
	await expect(menu.getByRole('link', { name: fr('common', 'nav.home'), exact: true })).toHaveAttribute(
		'href',
		'/fr/home',
	)
	// Their learning and certificates are a step from home, not more links in the header.
	await expect(menu.getByRole('link', { name: fr('common', 'nav.certificates'), exact: true })).toHaveCount(0)
	await expect(page.getByRole('main').getByRole('link', { name: fr('certificates', 'mine.title') })).toHaveAttribute(
		'href',
		'/fr/certificates',
	)

	// Enrolling says what happened, after the redirect, in the live region screen readers announce.
	await page.goto(`/fr/courses/${slug}`)
	await page.getByRole('button', { name: fr('courses', 'enrol.submit') }).click()
	const message = page.getByRole('status').filter({ hasText: fr('courses', 'enrol.done') })
	await expect(message).toBeVisible()
	await expect(message).toHaveAttribute('aria-live', 'polite')
	await expectNoViolations(page, 'fr course page with the enrolment message')

	// Said once: the next page no longer says it.
	await menu.getByRole('link', { name: fr('common', 'nav.home'), exact: true }).click()
	await expect(page).toHaveURL(/\/fr\/home$/)
	await expect(page.getByText(fr('courses', 'enrol.done'))).toHaveCount(0)

	// The course is in progress on the home page, with a link to the first lesson not yet done.
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) })
	const resume = card.getByRole('link', { name: fr('home', 'courses.resume') })
	await expect(resume).toHaveAttribute('href', `/fr/courses/${slug}/lessons/${firstLesson}`)
	await resume.click()
	await expect(page).toHaveURL(new RegExp(`/fr/courses/${slug}/lessons/${firstLesson}$`))
})

test('a visitor who opens the home page is asked to sign in, then lands on it', async ({ page }) => {
	await page.goto('/es/home')
	await expect(page).toHaveURL(/\/es\/sign-in\?redirectTo=%2Fes%2Fhome$/)
	await page.getByLabel(t('es', 'accounts', 'fields.email')).fill('legal@atlas.example')
	await page.getByLabel(t('es', 'accounts', 'fields.password'), { exact: true }).fill(demoPassword)
	await page.getByRole('button', { name: t('es', 'accounts', 'signIn.submit') }).click()
	await expect(page).toHaveURL(/\/es\/home$/)
	// A legal expert reviews library documents: the count of what waits for them links to the queue.
	const reviews = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: t('es', 'home', 'waiting.reviews.title') }) })
	await expect(reviews.getByRole('link', { name: t('es', 'home', 'waiting.reviews.link') })).toHaveAttribute(
		'href',
		'/es/library/submissions',
	)
})
