import { expect, test } from 'vitest'
import { type Question } from './document.ts'
import { drawPaper, markPaper } from './paper.ts'
import { defaultQuizReview, reviewedQuestion, reviewOptionsOf, reviewShows } from './quiz-review.ts'

const failedWithAttemptsLeft = { passed: false, attemptsLeft: 2 }
const failedOut = { passed: false, attemptsLeft: 0 }
const passed = { passed: true, attemptsLeft: 1 }
const failedUnlimited = { passed: false, attemptsLeft: null }

test('a quiz saved before trainers could choose gets the default', () => {
	expect(reviewOptionsOf({})).toEqual(defaultQuizReview)
	expect(reviewOptionsOf({ review: { showWhetherCorrect: false, correctAnswers: 'never' } }).correctAnswers).toBe(
		'never',
	)
})

test('by default a learner sees after each attempt which answers were right, but the correct answers only once no attempt is left', () => {
	expect(reviewShows(defaultQuizReview, failedWithAttemptsLeft)).toEqual({
		whetherCorrect: true,
		correctAnswers: false,
	})
	expect(reviewShows(defaultQuizReview, failedUnlimited).correctAnswers).toBe(false)
	expect(reviewShows(defaultQuizReview, failedOut).correctAnswers).toBe(true)
	expect(reviewShows(defaultQuizReview, passed).correctAnswers).toBe(true)
})

test('each timing of the correct answers', () => {
	const shown = (correctAnswers: (typeof defaultQuizReview)['correctAnswers']) =>
		[failedWithAttemptsLeft, failedUnlimited, failedOut, passed].map(
			(moment) => reviewShows({ showWhetherCorrect: true, correctAnswers }, moment).correctAnswers,
		)
	expect(shown('never')).toEqual([false, false, false, false])
	expect(shown('after-passing')).toEqual([false, false, false, true])
	expect(shown('after-last-attempt')).toEqual([false, false, true, true])
	expect(shown('after-every-attempt')).toEqual([true, true, true, true])
})

test('whether answers were right is the trainer’s choice, whatever the correct answers', () => {
	expect(reviewShows({ showWhetherCorrect: false, correctAnswers: 'after-last-attempt' }, failedOut)).toEqual({
		whetherCorrect: false,
		correctAnswers: true,
	})
})

const question: Question = {
	id: 'consent',
	kind: 'single-choice',
	options: [
		{ id: 'irrelevant', correct: true },
		{ id: 'decisive', correct: false },
	],
	texts: {
		en: {
			prompt: 'What is the effect of consent?',
			explanation: 'Consent is irrelevant once deception was used.',
			options: {
				irrelevant: { text: 'None', feedback: 'Right: it does not count.' },
				decisive: { text: 'It decides', feedback: 'No: it is irrelevant.' },
			},
			edition: 1,
		},
	},
}

function markedWrong() {
	const paper = drawPaper(
		{
			id: 'q',
			passMark: 75,
			attemptsAllowed: 3,
			drawCount: null,
			shuffleOptions: false,
			required: true,
			questionIds: ['consent'],
			texts: { en: { title: 'Quiz', edition: 1 } },
		},
		[question],
	)
	return markPaper(paper, [question], { consent: 'decisive' }, 'en', 'en').questions[0]!
}

test('hidden correct answers leave nothing that names them: no answer key, explanation, choice feedback or authored id', () => {
	const reviewed = reviewedQuestion(markedWrong(), { whetherCorrect: true, correctAnswers: false })
	expect(reviewed).toMatchObject({
		verdict: 'incorrect',
		picked: [{ text: 'It decides', isRight: false, feedback: null }],
		explanation: null,
		answerKey: null,
	})
	expect(JSON.stringify(reviewed)).not.toMatch(/irrelevant|None|decisive/)
})

test('hidden verdicts leave no credit or right flag behind', () => {
	const reviewed = reviewedQuestion(markedWrong(), { whetherCorrect: false, correctAnswers: false })
	expect(reviewed.verdict).toBeNull()
	expect(reviewed.picked).toEqual([{ text: 'It decides', isRight: null, feedback: null }])
	expect(JSON.stringify(reviewed)).not.toMatch(/credit|correct"|right"/)
})

test('shown correct answers come with the explanation and the feedback on the learner’s choice', () => {
	const reviewed = reviewedQuestion(markedWrong(), { whetherCorrect: true, correctAnswers: true })
	expect(reviewed).toMatchObject({
		answerKey: { kind: 'choices', choices: ['None'] },
		explanation: 'Consent is irrelevant once deception was used.',
		picked: [{ text: 'It decides', isRight: false, feedback: 'No: it is irrelevant.' }],
	})
})
