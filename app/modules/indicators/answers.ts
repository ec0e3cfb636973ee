import { z } from 'zod'
import { parseSubmission, type Submission } from '#app/platform/forms.ts'
import {
	type ApplicationWay,
	type AppliedAnswer,
	applicationWays,
	appliedAnswers,
	appliedAnswersCounted,
	usefulnessScale,
} from './vocabulary.ts'

/**
 * The two learning-outcome forms as a learner sends them. Only choices from fixed lists, never free text: the answers
 * feed counts, and a sentence could name a person.
 */

export const recommendAnswers = ['yes', 'no'] as const

export type FeedbackAnswer = { usefulness: (typeof usefulnessScale)[number]; recommend: boolean }
export type FollowUpAnswer = { applied: AppliedAnswer; ways: ApplicationWay[] }

const usefulnessValues = usefulnessScale.map(String) as [string, ...string[]]

const feedbackSchema = z.object({
	usefulness: z
		.enum(usefulnessValues, { error: 'outcomes:errors.usefulness' })
		.transform((value) => Number(value) as FeedbackAnswer['usefulness']),
	recommend: z.enum(recommendAnswers, { error: 'outcomes:errors.recommend' }).transform((value) => value === 'yes'),
})

/** Ticked boxes sharing one name: none, one or several, each from the list, each once. */
const ways = z
	.union([z.string(), z.array(z.string()).max(applicationWays.length * 2)], { error: 'outcomes:errors.ways-unknown' })
	.optional()
	.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
	.pipe(z.array(z.enum(applicationWays, { error: 'outcomes:errors.ways-unknown' })))
	.transform((list) => applicationWays.filter((way) => list.includes(way)))

const followUpSchema = z
	.object({ applied: z.enum(appliedAnswers, { error: 'outcomes:errors.applied' }), ways })
	.superRefine((answer, context) => {
		if (appliedAnswersCounted.includes(answer.applied) && !answer.ways.length)
			context.addIssue({ code: 'custom', path: ['ways'], message: 'outcomes:errors.ways-required' })
	})
	// Without JavaScript the boxes stay on screen whatever is chosen: ways ticked before "not yet" are not kept.
	.transform((answer): FollowUpAnswer => ({
		applied: answer.applied,
		ways: appliedAnswersCounted.includes(answer.applied) ? answer.ways : [],
	}))

export function parseFeedbackForm(form: FormData): Submission<FeedbackAnswer> {
	return parseSubmission(feedbackSchema, form)
}

export function parseFollowUpForm(form: FormData): Submission<FollowUpAnswer> {
	return parseSubmission(followUpSchema, form)
}
