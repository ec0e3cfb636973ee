import { z } from 'zod'
import { languages, type Language } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { elementIds } from '#app/modules/laws/vocabulary.ts'
import { competencies, correctAnswerTimings, courseFormats, courseLevels, topics } from './vocabulary.ts'

/**
 * A course's content is one document: its draft lives on the course row and every
 * published revision keeps a frozen copy. Learners read a revision; trainers edit the
 * draft. Decision 008 explains why a document rather than a table per part.
 *
 * Every translatable part carries `edition`: the source language's edition counts its
 * edits, a translation records the source edition it was made from, so "out of date"
 * is `translation.edition < source.edition`.
 */
const edition = z.number().int().min(1)
/** Ids of modules, lessons, quizzes and questions: stable across revisions, so progress keeps counting. */
export const partIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/
const id = z.string().regex(partIdPattern)
const line = z.string().trim().min(1).max(300)
const paragraph = z.string().trim().min(1).max(4000)
const perLanguage = <T extends z.ZodType>(text: T) => z.partialRecord(z.enum(languages), text)

export const courseTextSchema = z.object({
	title: line,
	summary: paragraph,
	outcomes: z.array(line).min(1).max(20),
	certificate: line,
	edition,
})

export const lessonTextSchema = z.object({
	title: line,
	body: z.string().max(100_000),
	/** sha256 of the body; the compiled MDX is kept under this key in lesson_builds. */
	build: z.string().regex(/^[0-9a-f]{64}$/),
	edition,
})

export const lessonSchema = z.object({
	id,
	minutes: z.number().int().min(1).max(600),
	required: z.boolean(),
	texts: perLanguage(lessonTextSchema),
	/** The legal elements the lesson teaches; each links to that element compared across countries. */
	lawElements: z.array(z.enum(elementIds)).max(40).optional(),
})

const questionTextSchema = z.object({
	prompt: paragraph,
	explanation: paragraph.optional(),
	options: z.record(z.string(), z.object({ text: line, feedback: paragraph.optional() })).optional(),
	pairs: z.record(z.string(), z.object({ left: line, right: line })).optional(),
	items: z.record(z.string(), line).optional(),
	accepted: z.array(line).max(30).optional(),
	unit: z.string().trim().max(40).optional(),
	edition,
})

const questionBase = {
	id,
	texts: perLanguage(questionTextSchema),
	lawElements: z.array(z.enum(elementIds)).max(40).optional(),
}
const keyed = z.object({ id })

export const questionSchema = z.discriminatedUnion('kind', [
	z.object({
		...questionBase,
		kind: z.literal('single-choice'),
		options: z
			.array(z.object({ id, correct: z.boolean() }))
			.min(2)
			.max(10),
	}),
	z.object({
		...questionBase,
		kind: z.literal('multiple-choice'),
		options: z
			.array(z.object({ id, correct: z.boolean() }))
			.min(2)
			.max(10),
	}),
	z.object({ ...questionBase, kind: z.literal('true-false'), answer: z.boolean() }),
	z.object({ ...questionBase, kind: z.literal('matching'), pairs: z.array(keyed).min(2).max(10) }),
	/** Items are kept in their correct order. */
	z.object({ ...questionBase, kind: z.literal('ordering'), items: z.array(keyed).min(2).max(10) }),
	z.object({ ...questionBase, kind: z.literal('short-text') }),
	z.object({ ...questionBase, kind: z.literal('numeric'), answer: z.number(), tolerance: z.number().min(0) }),
])

/** What a learner sees when looking back at an attempt; `quiz-review.ts` holds the rule and the default. */
export const quizReviewSchema = z.object({
	/** Whether each answer was right, wrong or partly right, after every attempt. */
	showWhetherCorrect: z.boolean(),
	correctAnswers: z.enum(correctAnswerTimings),
})

export const quizSchema = z.object({
	id,
	passMark: z.number().int().min(1).max(100),
	/** Null means unlimited. */
	attemptsAllowed: z.number().int().min(1).max(20).nullable(),
	/** Null means every question of the quiz, otherwise how many to draw at random. */
	drawCount: z.number().int().min(1).nullable(),
	shuffleOptions: z.boolean(),
	required: z.boolean(),
	/**
	 * Absent in quizzes saved before trainers could choose, and in content files that do not say:
	 * those get the default, which never shows correct answers while attempts remain.
	 */
	review: quizReviewSchema.optional(),
	questionIds: z.array(id).max(200),
	texts: perLanguage(z.object({ title: line, edition })),
})

export const moduleSchema = z.object({
	id,
	texts: perLanguage(z.object({ title: line, edition })),
	lessons: z.array(lessonSchema).max(50),
	quiz: quizSchema.nullable(),
})

export const courseDocumentSchema = z.object({
	sourceLanguage: z.enum(languages),
	level: z.enum(courseLevels),
	format: z.enum(courseFormats),
	topics: z.array(z.enum(topics)).min(1),
	competencies: z.array(z.enum(competencies)),
	estimatedHours: z.number().int().min(1).max(500),
	certificateValidityMonths: z.number().int().min(1).max(120).nullable(),
	/** A shorter course (by its address) whose completion renews this course's certificate. */
	refresherCourse: z.string().regex(slugPattern).nullable().optional(),
	sources: z.array(z.string().trim().min(1).max(600)).max(40),
	texts: perLanguage(courseTextSchema),
	modules: z.array(moduleSchema).max(30),
	/** The course's question bank; quizzes refer to questions by id. */
	questions: z.array(questionSchema).max(500),
})

export type CourseDocument = z.infer<typeof courseDocumentSchema>
export type CourseModule = z.infer<typeof moduleSchema>
export type Lesson = z.infer<typeof lessonSchema>
export type Quiz = z.infer<typeof quizSchema>
export type QuizReview = z.infer<typeof quizReviewSchema>
export type Question = z.infer<typeof questionSchema>
export type QuestionText = z.infer<typeof questionTextSchema>
export type CourseText = z.infer<typeof courseTextSchema>

/** Languages the course can be read in: those with the course's own texts. */
export function courseLanguages(document: CourseDocument): Language[] {
	return languages.filter((language) => document.texts[language])
}
