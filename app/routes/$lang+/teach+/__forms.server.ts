import { elementIds } from '#app/modules/laws/vocabulary.ts'
import { z } from 'zod'
import { partIdPattern } from '#app/modules/courses/document.ts'
import {
	competencies,
	correctAnswerTimings,
	courseFormats,
	courseLevels,
	topics,
} from '#app/modules/courses/vocabulary.ts'
import {
	choice,
	optionalText,
	optionalWholeNumber,
	requiredText,
	ticked,
	wholeNumber,
} from '#app/platform/form-fields.ts'
import { languages } from '#app/platform/i18n.ts'

const lines = (max: number) =>
	requiredText(4000).transform((value) =>
		value
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean)
			.slice(0, max),
	)

export const courseTextSchema = z.object({
	title: requiredText(200),
	summary: requiredText(2000),
	outcomes: lines(20),
	certificate: requiredText(200),
})

export const courseFactsSchema = z.object({
	level: choice(courseLevels),
	format: choice(courseFormats),
	topics: ticked(topics).pipe(z.array(z.enum(topics)).min(1, 'courses:errors.pickTopic')),
	competencies: ticked(competencies),
	estimatedHours: wholeNumber(1, 500),
	certificateValidityMonths: optionalWholeNumber(1, 120),
	refresherCourse: z
		.string()
		.regex(/^$|^[a-z0-9][a-z0-9-]{0,79}$/, 'errors.choose')
		.optional()
		.transform((value) => value || null),
})

export const newCourseSchema = courseTextSchema
	.extend(courseFactsSchema.shape)
	.extend({ sourceLanguage: choice(languages) })

export const titleSchema = z.object({ title: requiredText(200) })

export const lessonSchema = z.object({
	title: requiredText(200),
	body: z.string().max(100_000, 'errors.tooLong').default(''),
	draftVersion: z.string().regex(/^\d+$/).transform(Number).optional(),
	intent: z.enum(['preview', 'save']),
})

export const lessonFactsSchema = z.object({
	minutes: wholeNumber(1, 600),
	required: z.literal('on').optional().transform(Boolean),
	lawElements: ticked(elementIds),
})

export const quizSettingsSchema = z.object({
	passMark: wholeNumber(1, 100),
	attemptsAllowed: optionalWholeNumber(1, 20),
	drawCount: optionalWholeNumber(1, 200),
	shuffleOptions: z.literal('on').optional().transform(Boolean),
	required: z.literal('on').optional().transform(Boolean),
	showWhetherCorrect: z.literal('on').optional().transform(Boolean),
	correctAnswers: choice(correctAnswerTimings),
})

export const coAuthorSchema = z.object({ email: requiredText(200) })
export const optionalNote = optionalText(200)

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'courses:errors.date')
/** Dates are whole days: a cohort's enrolment opens at the start of its first day and closes at the end of its last (UTC). */
const at = (date: string, time: string) => new Date(`${date}T${time}Z`)

export const cohortSchema = z
	.object({
		title: requiredText(200),
		startsOn: day,
		endsOn: day,
		enrolmentOpensAt: day,
		enrolmentClosesAt: day,
		capacity: wholeNumber(1, 1000),
		trainerIds: z
			.union([z.string(), z.array(z.string())])
			.optional()
			.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).slice(0, 20)),
	})
	.transform((input) => ({
		...input,
		startsOn: at(input.startsOn, '12:00:00'),
		endsOn: at(input.endsOn, '12:00:00'),
		enrolmentOpensAt: at(input.enrolmentOpensAt, '00:00:00'),
		enrolmentClosesAt: at(input.enrolmentClosesAt, '23:59:59'),
	}))
	.refine((input) => input.endsOn >= input.startsOn, { message: 'courses:errors.endsBeforeStart', path: ['endsOn'] })
	.refine((input) => input.enrolmentClosesAt >= input.enrolmentOpensAt, {
		message: 'courses:errors.closesBeforeOpens',
		path: ['enrolmentClosesAt'],
	})

const partId = z.string().regex(partIdPattern)
const direction = z.enum(['up', 'down']).transform((value) => (value === 'up' ? -1 : 1) as -1 | 1)
/** Only the confirmation step's button sends `confirmed=yes`; the first "Remove" asks. */
const confirmed = z.literal('yes').optional().transform(Boolean)

/** Every button on the course outline posts one of these. */
export const outlineSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('add-module'), title: requiredText(200) }),
	z.object({ intent: z.literal('move-module'), id: partId, direction }),
	z.object({ intent: z.literal('remove-module'), id: partId, confirmed }),
	z.object({ intent: z.literal('add-lesson'), moduleId: partId, title: requiredText(200) }),
	z.object({ intent: z.literal('move-lesson'), id: partId, direction }),
	z.object({ intent: z.literal('remove-lesson'), id: partId, confirmed }),
	z.object({ intent: z.literal('add-quiz'), moduleId: partId, title: requiredText(200) }),
	z.object({ intent: z.literal('publish') }),
	z.object({ intent: z.literal('add-author'), email: requiredText(200) }),
	z.object({ intent: z.literal('migrate') }),
])
