import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { courseFeedback, followUpSurveys, users } from '#app/db/schema/index.ts'
import { sendDueFollowUps } from '#app/modules/indicators/follow-ups.server.ts'
import * as followUpPage from '#app/routes/$lang+/certificates+/follow-ups.$certificateId.tsx'
import * as feedbackPage from '#app/routes/$lang+/courses+/$slug_.feedback.tsx'
import * as settings from '#app/routes/$lang+/settings+/index.tsx'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const day = 24 * 60 * 60 * 1000

const outcomesState = () =>
	JSON.stringify([
		getDb().select().from(courseFeedback).all(),
		getDb().select().from(followUpSurveys).all(),
		getDb().select({ id: users.id, gender: users.gender }).from(users).all(),
	])

test('any odd feedback, follow-up or gender form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const learner = await createUser({ roles: ['officer'] })
	const stranger = await createUser({ roles: ['officer'] })
	const published = await createPublishedCourse()
	const issuedAt = new Date(Date.now() - 100 * day)
	const certificate = await createCertificate(learner.id, issuedAt, published)
	await sendDueFollowUps(new Date())
	const slug = published.course.slug
	const cookie = signIn(learner.id).cookie
	const strangerCookie = signIn(stranger.id).cookie
	const forms = [
		{
			handler: feedbackPage.action,
			path: `/en/courses/${slug}/feedback`,
			cookie,
			fields: ['usefulness', 'recommend'],
		},
		{
			handler: feedbackPage.action,
			path: `/en/courses/${slug}/feedback`,
			cookie: strangerCookie,
			fields: ['usefulness', 'recommend'],
		},
		{
			handler: followUpPage.action,
			path: `/en/certificates/follow-ups/${certificate.id}`,
			cookie,
			fields: ['applied', 'ways'],
		},
		{
			handler: followUpPage.action,
			path: `/en/certificates/follow-ups/${certificate.id}`,
			cookie: strangerCookie,
			fields: ['applied', 'ways'],
		},
		{ handler: settings.action, path: '/en/settings', cookie, fields: ['intent', 'name', 'country', 'gender'] },
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...form.fields), oddValue), async (values) => {
				const before = outcomesState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: { slug, certificateId: certificate.id },
					cookie: form.cookie,
					form: values,
				})
				expect([200, 302, 400, 404]).toContain(response.status)
				if (response.status >= 400) expect(outcomesState()).toBe(before)
			}),
			{ numRuns: 25 },
		)
	}
	// Answers sent again and again, good or bad: at most one is taken, and the rest refused.
	const tries = fc.record({
		usefulness: fc.constantFrom('1', '5', '3', '9'),
		recommend: fc.constantFrom('yes', 'no', 'maybe'),
	})
	let taken = 0
	await fc.assert(
		fc.asyncProperty(tries, async (values) => {
			const response = await callRoute(feedbackPage.action, {
				path: `/en/courses/${slug}/feedback`,
				params: { slug },
				cookie,
				form: values,
			})
			expect([302, 400]).toContain(response.status)
			if (response.status === 302) taken += 1
		}),
		{ numRuns: 20 },
	)
	expect(taken).toBeLessThanOrEqual(1)
})

test('any odd course address or certificate id gets a page or a clear refusal, never a 500', async () => {
	const learner = await createUser({ roles: ['officer'] })
	const cookie = signIn(learner.id).cookie
	await fc.assert(
		fc.asyncProperty(oddText, oddText, async (slug, certificateId) => {
			for (const signedIn of [undefined, cookie]) {
				const feedback = await callRoute(feedbackPage.loader, {
					path: '/en/courses/x/feedback',
					params: { slug },
					cookie: signedIn,
				})
				expect([200, 302, 404]).toContain(feedback.status)
				const followUp = await callRoute(followUpPage.loader, {
					path: '/en/certificates/follow-ups/x',
					params: { certificateId },
					cookie: signedIn,
				})
				expect([200, 302, 404]).toContain(followUp.status)
			}
		}),
		{ numRuns: 40 },
	)
})
