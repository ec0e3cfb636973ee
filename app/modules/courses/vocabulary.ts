/**
 * The words of the courses area, shared by the schema, the rules, the content import
 * and the pages. Free of drizzle and zod so pages can use them as they are.
 */
export const courseLevels = ['foundation', 'intermediate', 'advanced'] as const
export type CourseLevel = (typeof courseLevels)[number]

export const courseFormats = ['self-paced', 'cohort', 'blended'] as const
export type CourseFormat = (typeof courseFormats)[number]

/** The topic taxonomy is shared with the library, so a search facet means the same thing everywhere. */
export const topics = [
	'identification',
	'investigation',
	'prosecution',
	'victim-support',
	'referral',
	'prevention',
	'cross-border-cooperation',
	'financial-investigation',
	'online-exploitation',
	'labour-exploitation',
	'child-trafficking',
] as const
export type Topic = (typeof topics)[number]

export const competencies = [
	'victim-identification',
	'victim-centred-interviewing',
	'financial-investigation',
	'cross-border-case-coordination',
	'referral-and-protection',
	'evidence-gathering',
] as const
export type Competency = (typeof competencies)[number]

export const questionKinds = [
	'single-choice',
	'multiple-choice',
	'true-false',
	'matching',
	'ordering',
	'short-text',
	'numeric',
] as const
export type QuestionKind = (typeof questionKinds)[number]

/**
 * When a learner looking back at an attempt sees the correct answers (with the explanations and choice
 * feedback, which usually name them). `after-last-attempt` is once no further attempt can change the
 * result: the learner has passed, or has used every attempt.
 */
export const correctAnswerTimings = ['never', 'after-passing', 'after-last-attempt', 'after-every-attempt'] as const
export type CorrectAnswerTiming = (typeof correctAnswerTimings)[number]

/** Per lesson and language, as the translation matrix shows it. */
export const translationStates = ['source', 'current', 'outdated', 'missing'] as const
export type TranslationState = (typeof translationStates)[number]

export const coursesPageSize = 12
