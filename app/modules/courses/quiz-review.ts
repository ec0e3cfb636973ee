import { type Quiz, type QuizReview } from './document.ts'
import { type AnswerKey, type MarkedQuestion, type PresentedQuestion } from './paper.ts'

/**
 * What a learner sees when looking back at an attempt, after Moodle's review options. The trainer
 * chooses per quiz; the default says after each attempt which answers were right, and shows the
 * correct answers only once no attempt is left to use them in (passed, or every attempt used).
 */
export const defaultQuizReview: QuizReview = { showWhetherCorrect: true, correctAnswers: 'after-last-attempt' }

export function reviewOptionsOf(quiz: Pick<Quiz, 'review'>): QuizReview {
	return quiz.review ?? defaultQuizReview
}

/** Where the learner stands on the quiz now, not when the attempt was made. */
export type ReviewMoment = { passed: boolean; attemptsLeft: number | null }

export type ReviewShows = { whetherCorrect: boolean; correctAnswers: boolean }

export function reviewShows(options: QuizReview, moment: ReviewMoment): ReviewShows {
	const finished = moment.passed || moment.attemptsLeft === 0
	const correctAnswers = {
		never: false,
		'after-passing': moment.passed,
		'after-last-attempt': finished,
		'after-every-attempt': true,
	}[options.correctAnswers]
	return { whetherCorrect: options.showWhetherCorrect, correctAnswers }
}

export type Verdict = 'correct' | 'partly-correct' | 'incorrect'

/**
 * One question of a submitted attempt as its review page receives it. Built field by field, so
 * nothing hidden can reach the browser by being forgotten: no credit, no authored option ids.
 */
export type ReviewedQuestion = Pick<PresentedQuestion, 'id' | 'kind' | 'prompt' | 'unit'> & {
	verdict: Verdict | null
	/** The choices the learner picked; whether each was right only with the verdicts, its feedback only with the answers. */
	picked: { text: string; isRight: boolean | null; feedback: string | null }[]
	answerText: string | null
	/** Explanations usually name the answer, so they come with the correct answers. */
	explanation: string | null
	answerKey: AnswerKey | null
}

const verdictOf = (question: MarkedQuestion): Verdict =>
	question.correct ? 'correct' : question.credit > 0 ? 'partly-correct' : 'incorrect'

export function reviewedQuestion(question: MarkedQuestion, shows: ReviewShows): ReviewedQuestion {
	return {
		id: question.id,
		kind: question.kind,
		prompt: question.prompt,
		unit: question.unit,
		verdict: shows.whetherCorrect ? verdictOf(question) : null,
		picked: question.picked.map((pick) => ({
			text: pick.text,
			isRight: shows.whetherCorrect ? pick.right : null,
			feedback: shows.correctAnswers ? pick.feedback : null,
		})),
		answerText: question.answerText,
		explanation: shows.correctAnswers ? question.explanation : null,
		answerKey: shows.correctAnswers ? question.answerKey : null,
	}
}
