import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { cohorts, courses } from '#app/db/schema/index.ts'
import * as cohortsPage from '#app/routes/$lang+/teach+/courses.$courseId_.cohorts.tsx'
import * as details from '#app/routes/$lang+/teach+/courses.$courseId_.details.tsx'
import * as lessonEditor from '#app/routes/$lang+/teach+/courses.$courseId_.lessons.$lessonId.tsx'
import * as questionEditor from '#app/routes/$lang+/teach+/courses.$courseId_.questions.$questionId.tsx'
import * as quizEditor from '#app/routes/$lang+/teach+/courses.$courseId_.quizzes.$quizId.tsx'
import * as overview from '#app/routes/$lang+/teach+/courses.$courseId.tsx'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const forms = [
	{
		name: 'outline',
		handler: overview.action,
		path: '',
		fields: ['intent', 'title', 'id', 'direction', 'moduleId', 'email'],
	},
	{
		name: 'details',
		handler: details.action,
		path: '/details',
		fields: [
			'intent',
			'title',
			'summary',
			'outcomes',
			'certificate',
			'level',
			'format',
			'topics',
			'estimatedHours',
			'certificateValidityMonths',
		],
	},
	{
		name: 'lesson',
		handler: lessonEditor.action,
		path: '/lessons/first',
		fields: ['intent', 'title', 'body', 'draftVersion', 'minutes', 'required'],
	},
	{
		name: 'quiz',
		handler: quizEditor.action,
		path: '/quizzes/check',
		fields: [
			'intent',
			'title',
			'passMark',
			'attemptsAllowed',
			'drawCount',
			'questionId',
			'showWhetherCorrect',
			'correctAnswers',
		],
	},
	{
		name: 'question',
		handler: questionEditor.action,
		path: '/questions/choose?quiz=check',
		fields: ['prompt', 'explanation', 'option-0-text', 'option-0-id', 'option-1-text', 'option-1-correct', 'answer'],
	},
	{
		name: 'cohort',
		handler: cohortsPage.action,
		path: '/cohorts',
		fields: ['title', 'startsOn', 'endsOn', 'enrolmentOpensAt', 'enrolmentClosesAt', 'capacity', 'trainerIds'],
	},
]

test.each(forms)(
	'any odd $name form of the course editor gets an answer, never a 500, and a 400 changes nothing',
	async ({ handler, path, fields }) => {
		const author = await createUser({ roles: ['trainer'] })
		const { course } = await createPublishedCourse({ authorIds: [author.id] })
		const { cookie } = signIn(author.id)
		const state = () =>
			JSON.stringify([
				getDb().select().from(courses).where(eq(courses.id, course.id)).get(),
				getDb().select().from(cohorts).where(eq(cohorts.courseId, course.id)).all(),
			])
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), oddValue), async (form) => {
				const before = state()
				const response = await callRoute(handler, {
					path: `/en/teach/courses/${course.id}${path}`,
					cookie,
					params: { courseId: course.id, lessonId: 'first', quizId: 'check', questionId: 'choose' },
					form,
				})
				expect([200, 302, 400, 409]).toContain(response.status)
				if (response.status === 400 || response.status === 409) expect(state()).toBe(before)
			}),
			{ numRuns: 40 },
		)
	},
)
