import { afterAll, beforeAll, expect, test } from 'vitest'
import { resources } from '#app/locales/index.ts'
import { sendDueFollowUps } from '#app/modules/indicators/follow-ups.server.ts'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'

/** The learning-outcome forms as a browser without JavaScript gets them: plain HTML forms, errors beside their fields. */

const day = 24 * 60 * 60 * 1000
let app: Awaited<ReturnType<typeof startHttpApp>>
const learner = { cookie: '', slug: '', certificateId: '' }

beforeAll(async () => {
	const user = await createUser({ roles: ['officer'] })
	const published = await createPublishedCourse()
	const certificate = await createCertificate(user.id, new Date(Date.now() - 100 * day), published)
	await sendDueFollowUps(new Date())
	Object.assign(learner, { cookie: signIn(user.id).cookie, slug: published.course.slug, certificateId: certificate.id })
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

async function page(path: string, form?: Record<string, string>) {
	const response = await fetch(`${app.url}${path}`, {
		method: form ? 'POST' : 'GET',
		redirect: 'manual',
		headers: {
			Cookie: learner.cookie,
			...(form ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' } : {}),
		},
		body: form ? new URLSearchParams(form) : undefined,
	})
	return { status: response.status, html: await response.text() }
}

/** The fieldset of one question, from its opening tag to its end. */
const fieldsetOf = (html: string, name: string) =>
	new RegExp(`<fieldset[^>]*>(?:(?!</fieldset>).)*name="${name}"(?:(?!</fieldset>).)*</fieldset>`, 's').exec(
		html,
	)?.[0] ?? ''

test('the learner’s pages invite them to the feedback and to the pending follow-up', async () => {
	const fr = resources.fr.courses.course as Record<string, string>
	const course = await page(`/fr/courses/${learner.slug}`)
	expect(course.html).toContain(`href="/fr/courses/${learner.slug}/feedback"`)
	expect(course.html).toContain(fr.feedbackLink)
	const learning = await page('/fr/learning')
	expect(learning.html).toContain(`href="/fr/courses/${learner.slug}/feedback"`)
	expect(learning.html).toContain(`href="/fr/certificates/follow-ups/${learner.certificateId}"`)
	const certificates = await page('/es/certificates')
	expect(certificates.html).toContain(`href="/es/certificates/follow-ups/${learner.certificateId}"`)
})

test('the feedback form is radio groups in fieldsets, and a failed submit shows each error inside its own group', async () => {
	const strings = resources.ar.outcomes as { feedback: Record<string, string>; errors: Record<string, string> }
	const form = await page(`/ar/courses/${learner.slug}/feedback`)
	expect(form.status).toBe(200)
	const usefulness = fieldsetOf(form.html, 'usefulness')
	expect(usefulness).toContain(`<legend>${strings.feedback.usefulness}</legend>`)
	expect(usefulness.match(/type="radio"/g)).toHaveLength(5)
	expect(fieldsetOf(form.html, 'recommend').match(/type="radio"/g)).toHaveLength(2)

	const failed = await page(`/ar/courses/${learner.slug}/feedback`, { usefulness: '9' })
	expect(failed.status).toBe(400)
	expect(fieldsetOf(failed.html, 'usefulness')).toContain(strings.errors.usefulness)
	expect(fieldsetOf(failed.html, 'recommend')).toContain(strings.errors.recommend)
	const links = [...failed.html.matchAll(/<a href="#(feedback-[a-z]+)"/g)].map(([, id]) => id)
	expect(links).toEqual(['feedback-usefulness', 'feedback-recommend'])
	for (const id of links) expect(failed.html).toContain(`id="${id}"`)
})

test('the follow-up form keeps what was ticked after an error, shown beside the “How?” boxes', async () => {
	const strings = resources.fr.outcomes as { errors: Record<string, string> }
	const failed = await page(`/fr/certificates/follow-ups/${learner.certificateId}`, { applied: 'once' })
	expect(failed.status).toBe(400)
	expect(fieldsetOf(failed.html, 'ways')).toContain(strings.errors['ways-required'])
	expect(fieldsetOf(failed.html, 'applied')).toMatch(/name="applied" checked="" value="once"/)
})

test('the settings offer gender as an optional choice, “prefer not to say” first', async () => {
	const settings = resources.es.settings.profile as Record<string, string>
	const { html } = await page('/es/settings')
	const select = /<select[^>]*name="gender"[^>]*>(.*?)<\/select>/s.exec(html)?.[1] ?? ''
	expect(select).toMatch(new RegExp(`^<option value="" selected="">${settings.genderNotStated}</option>`))
	expect(select.match(/<option/g)).toHaveLength(4)
	expect(html).toContain(settings.genderHint)
})
