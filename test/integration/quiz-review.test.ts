import { and, eq, isNull } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { courseRevisions, courses, enrolments, quizAttempts } from '#app/db/schema/index.ts'
import * as coursePage from '#app/routes/$lang+/courses+/$slug.tsx'
import * as quizPage from '#app/routes/$lang+/courses+/$slug_.quizzes.$quizId.tsx'
import * as attemptPage from '#app/routes/$lang+/courses+/$slug_.quizzes.$quizId_.attempts.$attemptId.tsx'
import * as overview from '#app/routes/$lang+/teach+/courses.$courseId.tsx'
import * as quizEditor from '#app/routes/$lang+/teach+/courses.$courseId_.quizzes.$quizId.tsx'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

/**
 * The factory's quiz: pass mark 100, two attempts, "Pick the right one" (single choice; the right option's
 * feedback says SECRET-FEEDBACK) and "How many days?" (30; its explanation says SECRET-EXPLANATION).
 */
async function person(roles: NonNullable<Parameters<typeof createUser>[0]>['roles']) {
	const user = await createUser({ roles })
	return { user, cookie: signIn(user.id).cookie }
}

async function enrolledLearner(slug: string) {
	const learner = await person(['officer'])
	await callRoute(coursePage.action, {
		path: `/en/courses/${slug}`,
		cookie: learner.cookie,
		params: { slug },
		form: { intent: 'enrol', language: 'en' },
	})
	return learner
}

const quizCall = (slug: string, cookie: string, form?: Record<string, string>) =>
	callRoute(quizPage[form ? 'action' : 'loader'], {
		path: `/en/courses/${slug}/quizzes/check`,
		cookie,
		params: { slug, quizId: 'check' },
		form,
	})

type QuizPageData = {
	questionCount: number
	passMark: number
	attemptsLeft: number | null
	attemptsAllowed: number | null
	openAttemptId: string | null
	questions: { id: string; choices: { id: string; text: string }[] }[]
}

function attemptsOf(userId: string) {
	const enrolment = getDb().select().from(enrolments).where(eq(enrolments.userId, userId)).get()!
	return getDb().select().from(quizAttempts).where(eq(quizAttempts.enrolmentId, enrolment.id)).all()
}

/** Starts an attempt and answers it as a learner would, picking choices by their words. */
async function takeQuiz(slug: string, cookie: string, answers: { choose?: string; count?: string }, intent = 'submit') {
	await quizCall(slug, cookie, { intent: 'start' })
	const page = await jsonOf<QuizPageData>(await quizCall(slug, cookie))
	const token = page.questions
		.find((question) => question.id === 'choose')!
		.choices.find((choice) => choice.text === answers.choose)?.id
	return quizCall(slug, cookie, {
		intent,
		attemptId: page.openAttemptId!,
		...(token ? { 'q-choose': token } : {}),
		...(answers.count !== undefined ? { 'q-count': answers.count } : {}),
	})
}

type Review = {
	passed: boolean
	correctAnswersWhen: string | null
	questions: {
		id: string
		verdict: string | null
		explanation: string | null
		answerKey: unknown
		picked: { text: string; isRight: boolean | null; feedback: string | null }[]
	}[]
}

async function reviewOf(slug: string, cookie: string, submitted: Response) {
	const location = submitted.headers.get('Location')!
	const response = await callRoute(attemptPage.loader, {
		path: location,
		cookie,
		params: { slug, quizId: 'check', attemptId: location.split('/').pop()! },
	})
	const body = await response.text()
	return { body, review: JSON.parse(body) as Review }
}

function setReview(courseId: string, cookie: string, form: Record<string, string>) {
	return callRoute(quizEditor.action, {
		path: `/en/teach/courses/${courseId}/quizzes/check`,
		cookie,
		params: { courseId, quizId: 'check' },
		form: { intent: 'settings', passMark: '100', attemptsAllowed: '2', shuffleOptions: 'on', required: 'on', ...form },
	})
}

test('by default a failed attempt with attempts left sends no correct answer, explanation or choice feedback to the browser, only whether each answer was right; after the last attempt it does', async () => {
	const { course } = await createPublishedCourse()
	const { cookie } = await enrolledLearner(course.slug)
	const failed = await takeQuiz(course.slug, cookie, { choose: 'Right answer', count: '29' })
	expect(failed.status).toBe(302)
	const first = await reviewOf(course.slug, cookie, failed)
	expect(first.review.passed).toBe(false)
	expect(first.body).not.toMatch(/SECRET-FEEDBACK|SECRET-EXPLANATION/)
	// Neither the number expected nor the authored ids of the options, which could name the right one.
	expect(first.body).not.toMatch(/"right"|"wrong"|"value":30/)
	expect(first.review.questions.map((question) => question.answerKey)).toEqual([null, null])
	expect(first.review.questions.map((question) => question.verdict)).toEqual(['correct', 'incorrect'])
	expect(first.review.questions[0]!.picked).toEqual([{ text: 'Right answer', isRight: true, feedback: null }])
	expect(first.review.correctAnswersWhen).toBe('after-last-attempt')

	const last = await takeQuiz(course.slug, cookie, { choose: 'Wrong answer', count: '31' })
	const second = await reviewOf(course.slug, cookie, last)
	expect(second.review.correctAnswersWhen).toBeNull()
	expect(second.body).toContain('SECRET-EXPLANATION')
	expect(second.review.questions.map((question) => question.answerKey)).toEqual([
		{ kind: 'choices', choices: ['Right answer'] },
		{ kind: 'number', value: 30, tolerance: 0, unit: null },
	])
	// The first attempt, looked at again now that no attempt is left, shows them too.
	expect((await reviewOf(course.slug, cookie, failed)).body).toContain('SECRET-FEEDBACK')
})

test('the trainer’s review options are saved in the draft, published with the revision and honoured', async () => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const refused = await setReview(course.id, author.cookie, { correctAnswers: 'whenever' })
	expect(refused.status).toBe(400)
	expect(
		(await setReview(course.id, author.cookie, { correctAnswers: 'never' /* whether right: unticked */ })).status,
	).toBe(200)
	const editor = await jsonOf<{ settings: { showWhetherCorrect: boolean; correctAnswers: string } }>(
		await callRoute(quizEditor.loader, {
			path: `/en/teach/courses/${course.id}/quizzes/check`,
			cookie: author.cookie,
			params: { courseId: course.id, quizId: 'check' },
		}),
	)
	expect(editor.settings).toMatchObject({ showWhetherCorrect: false, correctAnswers: 'never' })
	await callRoute(overview.action, {
		path: `/en/teach/courses/${course.id}`,
		cookie: author.cookie,
		params: { courseId: course.id },
		form: { intent: 'publish' },
	})
	const { publishedRevisionId } = getDb().select().from(courses).where(eq(courses.id, course.id)).get()!
	const revision = getDb().select().from(courseRevisions).where(eq(courseRevisions.id, publishedRevisionId!)).get()!
	expect(revision.document.modules[0]!.quiz!.review).toEqual({ showWhetherCorrect: false, correctAnswers: 'never' })

	// A learner on the new revision uses every attempt and still sees neither the answers nor which were right.
	const { cookie } = await enrolledLearner(course.slug)
	await takeQuiz(course.slug, cookie, { choose: 'Wrong answer', count: '1' })
	const last = await takeQuiz(course.slug, cookie, { choose: 'Wrong answer', count: '2' })
	const { body, review } = await reviewOf(course.slug, cookie, last)
	expect(body).not.toMatch(/SECRET-EXPLANATION|"value":30/)
	expect(review.questions.map((question) => question.verdict)).toEqual([null, null])
	expect(review.questions[0]!.picked).toEqual([{ text: 'Wrong answer', isRight: null, feedback: null }])
	expect(review.correctAnswersWhen).toBe('never')

	// "After every attempt" shows them after the first failed one.
	await setReview(course.id, author.cookie, { correctAnswers: 'after-every-attempt', showWhetherCorrect: 'on' })
	await callRoute(overview.action, {
		path: `/en/teach/courses/${course.id}`,
		cookie: author.cookie,
		params: { courseId: course.id },
		form: { intent: 'publish' },
	})
	const other = await enrolledLearner(course.slug)
	const failed = await takeQuiz(course.slug, other.cookie, { choose: 'Wrong answer', count: '1' })
	const open = await reviewOf(course.slug, other.cookie, failed)
	expect(open.body).toContain('SECRET-EXPLANATION')
	expect(open.review.questions[0]!.verdict).toBe('incorrect')
})

test('a submit with unanswered questions names them, keeps the answers given and uses no attempt until confirmed', async () => {
	const { course } = await createPublishedCourse()
	const { user, cookie } = await enrolledLearner(course.slug)
	const refused = await takeQuiz(course.slug, cookie, { choose: 'Wrong answer' })
	expect(refused.status).toBe(400)
	const reply = await jsonOf<{
		unanswered: { id: string; number: number }[]
		fieldErrors: Record<string, string[]>
		answers: Record<string, string>
	}>(refused)
	expect(reply.unanswered).toEqual([{ id: 'count', number: 2 }])
	expect(reply.fieldErrors.form).toEqual(['courses:errors.unanswered'])
	// The answer given comes back, so a page without JavaScript shows it again.
	expect(reply.answers['q-choose']).toMatch(/^c[0-9a-z]+$/)
	const open = attemptsOf(user.id)
	expect(open).toHaveLength(1)
	expect(open[0]!.submittedAt).toBeNull()
	const standing = await jsonOf<QuizPageData>(await quizCall(course.slug, cookie))
	expect(standing.attemptsLeft).toBe(2)

	const confirmed = await quizCall(course.slug, cookie, {
		intent: 'submit-anyway',
		attemptId: open[0]!.id,
		'q-choose': reply.answers['q-choose']!,
	})
	expect(confirmed.status).toBe(302)
	expect(
		getDb()
			.select()
			.from(quizAttempts)
			.where(and(eq(quizAttempts.id, open[0]!.id), isNull(quizAttempts.submittedAt)))
			.get(),
	).toBeUndefined()
	expect((await jsonOf<QuizPageData>(await quizCall(course.slug, cookie))).attemptsLeft).toBe(1)
})

test('without JavaScript, the page sent back names the blank questions, keeps the answers given and offers to submit anyway; the review page holds no answer', async () => {
	const { course } = await createPublishedCourse()
	const { cookie } = await enrolledLearner(course.slug)
	const app = await startHttpApp()
	try {
		const here = `${app.url}/en/courses/${course.slug}/quizzes/check`
		const post = (form: Record<string, string>) =>
			fetch(here, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					Cookie: cookie,
					'Content-Type': 'application/x-www-form-urlencoded',
					'Sec-Fetch-Site': 'same-origin',
				},
				body: new URLSearchParams(form),
			})
		const startPage = await (await fetch(here, { headers: { Cookie: cookie } })).text()
		for (const sentence of ['Each attempt has 2 questions.', 'You pass with 100% or more.', 'Attempts left: 2 of 2.'])
			expect(startPage).toContain(sentence)
		expect((await post({ intent: 'start' })).status).toBe(302)
		const paper = await jsonOf<QuizPageData>(await quizCall(course.slug, cookie))
		const wrong = paper.questions[0]!.choices.find((choice) => choice.text === 'Wrong answer')!.id
		const sentBack = await post({ intent: 'submit', attemptId: paper.openAttemptId!, 'q-choose': wrong })
		expect(sentBack.status).toBe(400)
		const html = await sentBack.text()
		expect(html).toContain('One question is not answered in full:')
		expect(html).toMatch(/<a href="#question-count">Question 2<\/a>/)
		expect(html).toMatch(new RegExp(`<input type="radio"(?=[^>]*value="${wrong}")(?=[^>]*checked="")[^>]*>`))
		expect(html).toMatch(/<button type="submit" name="intent" value="submit-anyway"[^>]*>Submit anyway<\/button>/)

		const confirmed = await post({ intent: 'submit-anyway', attemptId: paper.openAttemptId!, 'q-choose': wrong })
		expect(confirmed.status).toBe(302)
		const review = await (
			await fetch(`${app.url}${confirmed.headers.get('Location')}`, { headers: { Cookie: cookie } })
		).text()
		expect(review).toContain('You did not pass this time.')
		expect(review).toMatch(/<h3>Question 2(<!-- -->)?: incorrect<\/h3>/)
		// (The page's translations name "Correct answer" too, so the answer box is looked for by its class.)
		expect(review).not.toMatch(/SECRET-FEEDBACK|SECRET-EXPLANATION|class="answer-key"/)

		// The last attempt: now the page shows the answers.
		await post({ intent: 'start' })
		const last = await jsonOf<QuizPageData>(await quizCall(course.slug, cookie))
		const lastReview = await (
			await fetch(
				`${app.url}${(await post({ intent: 'submit-anyway', attemptId: last.openAttemptId! })).headers.get('Location')}`,
				{ headers: { Cookie: cookie } },
			)
		).text()
		expect(lastReview).toMatch(
			/<div class="answer-key"><p class="answer-key__label">Correct answer<\/p><ul><li>Right answer/,
		)
		expect(lastReview).toMatch(/<div class="answer-key"><p class="answer-key__label">Correct answer<\/p><p>30<\/p>/)
		expect(lastReview).toContain('SECRET-EXPLANATION')
	} finally {
		await app.close()
	}
})

test('the quiz start page says how many questions, the pass mark and the attempts left', async () => {
	const { course } = await createPublishedCourse()
	const { cookie } = await enrolledLearner(course.slug)
	const page = await jsonOf<QuizPageData>(await quizCall(course.slug, cookie))
	expect(page).toMatchObject({ questionCount: 2, passMark: 100, attemptsLeft: 2, attemptsAllowed: 2 })
})
