import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { certificates, enrolments, lessonCompletions, quizAttempts } from '#app/db/schema/index.ts'
import * as coursePage from '#app/routes/$lang+/courses+/$slug.tsx'
import * as lessonPage from '#app/routes/$lang+/courses+/$slug_.lessons.$lessonId.tsx'
import * as quizPage from '#app/routes/$lang+/courses+/$slug_.quizzes.$quizId.tsx'
import * as attemptPage from '#app/routes/$lang+/courses+/$slug_.quizzes.$quizId_.attempts.$attemptId.tsx'
import * as learning from '#app/routes/$lang+/learning.tsx'
import * as settings from '#app/routes/$lang+/settings+/index.tsx'
import { createCohort, createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

async function learner() {
	const user = await createUser({ roles: ['officer'] })
	return { user, cookie: signIn(user.id).cookie }
}

function enrolmentOf(userId: string) {
	return getDb().select().from(enrolments).where(eq(enrolments.userId, userId)).get()
}

async function enrol(slug: string, cookie: string, form: Record<string, string> = {}) {
	return callRoute(coursePage.action, {
		path: `/fr/courses/${slug}`,
		cookie,
		params: { slug },
		form: { intent: 'enrol', language: 'fr', ...form },
	})
}

const quizCall = (slug: string, cookie: string, form?: Record<string, string>) =>
	callRoute(quizPage[form ? 'action' : 'loader'], {
		path: `/fr/courses/${slug}/quizzes/check`,
		cookie,
		params: { slug, quizId: 'check' },
		form,
	})

test('a signed-out visitor reads the course page but is sent to sign in to enrol or open a lesson', async () => {
	const { course } = await createPublishedCourse()
	const page = await callRoute(coursePage.loader, { path: `/en/courses/${course.slug}`, params: { slug: course.slug } })
	expect(page.status).toBe(200)
	expect(
		(await jsonOf<{ course: { modules: { lessons: unknown[] }[] } }>(page)).course.modules[0]!.lessons,
	).toHaveLength(2)
	const enrolling = await callRoute(coursePage.action, {
		path: `/en/courses/${course.slug}`,
		params: { slug: course.slug },
		form: { intent: 'enrol', language: 'en' },
	})
	expect(enrolling.headers.get('Location')).toMatch(/\/en\/sign-in/)
	const lesson = await callRoute(lessonPage.loader, {
		path: `/en/courses/${course.slug}/lessons/first`,
		params: { slug: course.slug, lessonId: 'first' },
	})
	expect(lesson.headers.get('Location')).toMatch(/\/en\/sign-in/)
})

test('a learner who is not enrolled is sent to the course page from its lessons and quizzes', async () => {
	const { course } = await createPublishedCourse()
	const { cookie } = await learner()
	const lesson = await callRoute(lessonPage.loader, {
		path: `/fr/courses/${course.slug}/lessons/first`,
		cookie,
		params: { slug: course.slug, lessonId: 'first' },
	})
	expect(lesson.headers.get('Location')).toBe(`/fr/courses/${course.slug}`)
	expect((await quizCall(course.slug, cookie)).headers.get('Location')).toBe(`/fr/courses/${course.slug}`)
})

test('the lesson is rendered to HTML on the server, in the learner’s language or the source with a notice', async () => {
	const { course } = await createPublishedCourse()
	const { user, cookie } = await learner()
	await enrol(course.slug, cookie)
	expect(enrolmentOf(user.id)?.language).toBe('fr')
	const first = await jsonOf<{ lesson: { html: string }; fallback: boolean; shownIn: string }>(
		await callRoute(lessonPage.loader, {
			path: `/fr/courses/${course.slug}/lessons/first`,
			cookie,
			params: { slug: course.slug, lessonId: 'first' },
		}),
	)
	expect(first.lesson.html).toMatch(/<aside[^>]*class="callout callout--tip"/)
	expect(first).toMatchObject({ fallback: true, shownIn: 'en' })
	const second = await jsonOf<{ lesson: { html: string }; fallback: boolean }>(
		await callRoute(lessonPage.loader, {
			path: `/fr/courses/${course.slug}/lessons/second`,
			cookie,
			params: { slug: course.slug, lessonId: 'second' },
		}),
	)
	expect(second.fallback).toBe(false)
	expect(second.lesson.html).toContain('Deuxième texte.')
})

test('quiz answers, feedback, explanations and authored option ids are absent from the quiz page before submitting', async () => {
	const { course } = await createPublishedCourse()
	const { cookie } = await learner()
	await enrol(course.slug, cookie)
	await quizCall(course.slug, cookie, { intent: 'start' })
	const body = await (await quizCall(course.slug, cookie)).text()
	expect(body).toContain('Pick the right one')
	expect(body).not.toMatch(/SECRET-FEEDBACK|SECRET-EXPLANATION|correct|"answer"|tolerance/)
	// Nor the authored ids of the options, which could tell the right one apart.
	expect(body).not.toMatch(/"right"|"wrong"/)
})

test('failing, then passing the quiz completes the course and issues its certificate in the same action; attempts are kept and limited', async () => {
	const { course } = await createPublishedCourse()
	const { user, cookie } = await learner()
	await enrol(course.slug, cookie)
	for (const lessonId of ['first', 'second']) {
		await callRoute(lessonPage.action, {
			path: `/fr/courses/${course.slug}/lessons/${lessonId}`,
			cookie,
			params: { slug: course.slug, lessonId },
			form: {},
		})
	}
	expect(enrolmentOf(user.id)?.completedAt).toBeNull()
	const attempt = async (answers: Record<string, string>) => {
		await quizCall(course.slug, cookie, { intent: 'start' })
		const open = getDb()
			.select()
			.from(quizAttempts)
			.where(and(eq(quizAttempts.enrolmentId, enrolmentOf(user.id)!.id)))
			.all()
			.find((row) => !row.submittedAt)!
		// The page names choices by this attempt's tokens: pick the right one by its words, as a learner would.
		const page = await jsonOf<{ questions: { id: string; choices: { id: string; text: string }[] }[] }>(
			await quizCall(course.slug, cookie),
		)
		const right = page.questions
			.find((question) => question.id === 'choose')!
			.choices.find((choice) => choice.text === 'Right answer')!.id
		return quizCall(course.slug, cookie, { intent: 'submit', attemptId: open.id, 'q-choose': right, ...answers })
	}
	const failed = await attempt({ 'q-count': '29' })
	expect(failed.status).toBe(302)
	expect(enrolmentOf(user.id)?.completedAt).toBeNull()
	const review = await jsonOf<{
		score: number
		passed: boolean
		questions: { id: string; verdict: string | null; explanation: string | null }[]
	}>(
		await callRoute(attemptPage.loader, {
			path: failed.headers.get('Location')!,
			cookie,
			params: { slug: course.slug, quizId: 'check', attemptId: failed.headers.get('Location')!.split('/').pop()! },
		}),
	)
	expect(review).toMatchObject({ score: 50, passed: false })
	// An attempt is left, so the explanation (which names the answer) waits: see quiz-review.test.ts.
	expect(review.questions.find((question) => question.id === 'count')).toMatchObject({
		verdict: 'incorrect',
		explanation: null,
	})
	expect(getDb().select().from(certificates).where(eq(certificates.userId, user.id)).all()).toHaveLength(0)
	const passed = await attempt({ 'q-count': '30' })
	expect(passed.status).toBe(302)
	const completedAt = enrolmentOf(user.id)?.completedAt
	expect(completedAt).toBeInstanceOf(Date)
	// The certificate exists as soon as the completing action answers, in the language the course was taken in.
	const certificate = getDb().select().from(certificates).where(eq(certificates.userId, user.id)).get()
	expect(certificate).toMatchObject({
		holderName: user.name,
		language: 'fr',
		score: 100,
		competencies: ['victim-identification'],
		courseRevision: 1,
	})
	expect(certificate!.courseTitle).toMatch(/^Formation test/)
	expect(certificate!.issuedAt).toEqual(completedAt)
	expect(certificate!.code).toMatch(/^[A-Z2-7]{32}$/)
	// Re-opening a completed lesson changes nothing, not even the completion date.
	await callRoute(lessonPage.action, {
		path: `/fr/courses/${course.slug}/lessons/first`,
		cookie,
		params: { slug: course.slug, lessonId: 'first' },
		form: {},
	})
	expect(enrolmentOf(user.id)?.completedAt).toEqual(completedAt)
	expect(
		getDb()
			.select()
			.from(lessonCompletions)
			.where(eq(lessonCompletions.enrolmentId, enrolmentOf(user.id)!.id))
			.all(),
	).toHaveLength(2)
	const attempts = getDb()
		.select()
		.from(quizAttempts)
		.where(eq(quizAttempts.enrolmentId, enrolmentOf(user.id)!.id))
		.all()
	expect(attempts.map((row) => row.score)).toEqual([50, 100])
	// Two attempts were allowed and both are used.
	expect((await quizCall(course.slug, cookie, { intent: 'start' })).status).toBe(400)
	const mine = await jsonOf<{ courses: { percent: number }[]; competencies: string[] }>(
		await callRoute(learning.loader, { path: '/fr/learning', cookie }),
	)
	expect(mine.courses[0]!.percent).toBe(100)
	expect(mine.competencies).toEqual(['victim-identification'])
	const profile = await jsonOf<{ competencies: string[] }>(
		await callRoute(settings.loader, { path: '/fr/settings', cookie }),
	)
	expect(profile.competencies).toEqual(['victim-identification'])
})

test('an attempt belongs to its learner: another learner cannot see or submit it', async () => {
	const { course } = await createPublishedCourse()
	const first = await learner()
	const second = await learner()
	await enrol(course.slug, first.cookie)
	await enrol(course.slug, second.cookie)
	await quizCall(course.slug, first.cookie, { intent: 'start' })
	const attempt = getDb()
		.select()
		.from(quizAttempts)
		.where(eq(quizAttempts.enrolmentId, enrolmentOf(first.user.id)!.id))
		.get()!
	const stolen = await quizCall(course.slug, second.cookie, {
		intent: 'submit',
		attemptId: attempt.id,
		'q-choose': 'right',
		'q-count': '30',
	})
	expect(stolen.status).toBe(400)
	expect(getDb().select().from(quizAttempts).where(eq(quizAttempts.id, attempt.id)).get()?.submittedAt).toBeNull()
	const peek = await callRoute(attemptPage.loader, {
		path: '/fr',
		cookie: second.cookie,
		params: { slug: course.slug, quizId: 'check', attemptId: attempt.id },
	})
	expect(peek.status).toBe(404)
})

test('a cohort takes enrolments only while open and never beyond its capacity', async () => {
	const { course } = await createPublishedCourse({ format: 'cohort' })
	const full = createCohort(course.id, { capacity: 1 })
	const closed = createCohort(course.id, { enrolmentClosesAt: new Date(Date.now() - 1000) })
	const first = await learner()
	const second = await learner()
	expect((await enrol(course.slug, first.cookie)).status).toBe(400)
	expect((await enrol(course.slug, first.cookie, { cohortId: closed.id })).status).toBe(400)
	expect((await enrol(course.slug, first.cookie, { cohortId: full.id })).status).toBe(302)
	const refused = await enrol(course.slug, second.cookie, { cohortId: full.id })
	expect(refused.status).toBe(400)
	expect(await refused.text()).toContain('courses:errors.cohort-full')
	expect(enrolmentOf(second.user.id)).toBeUndefined()
})
