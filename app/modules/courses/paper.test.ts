import { expect, test } from 'vitest'
import { type Question, type Quiz } from './document.ts'
import { drawPaper, markPaper, presentPaper } from './paper.ts'

const bank: Question[] = Array.from({ length: 6 }, (_, index) => ({
	id: `q${index}`,
	kind: 'single-choice',
	texts: {
		en: {
			prompt: `Question ${index}`,
			edition: 1,
			explanation: 'Why',
			options: { right: { text: 'Right', feedback: 'Well done' }, wrong: { text: 'Wrong', feedback: 'Not this one' } },
		},
	},
	options: [
		{ id: 'right', correct: true },
		{ id: 'wrong', correct: false },
	],
}))
const quiz: Quiz = {
	id: 'final',
	passMark: 75,
	attemptsAllowed: 3,
	drawCount: null,
	shuffleOptions: false,
	required: true,
	questionIds: bank.map((question) => question.id),
	texts: { en: { title: 'Final', edition: 1 } },
}

test('without a draw count every question is asked in authored order', () => {
	expect(drawPaper(quiz, bank).map((entry) => entry.questionId)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5'])
})

test('a draw count asks that many distinct questions', () => {
	const paper = drawPaper({ ...quiz, drawCount: 4 }, bank)
	expect(paper).toHaveLength(4)
	expect(new Set(paper.map((entry) => entry.questionId)).size).toBe(4)
})

test('the paper shown before submitting carries no correctness, feedback or explanation', () => {
	const shown = JSON.stringify(presentPaper(drawPaper(quiz, bank), bank, 'fr', 'en'))
	expect(shown).not.toMatch(/correct|feedback|Well done|Not this one|Why/)
	expect(shown).toContain('Right')
})

test('marking gives per-option feedback and the score', () => {
	const paper = drawPaper({ ...quiz, drawCount: 2 }, bank)
	const [first, second] = paper.map((entry) => entry.questionId)
	const result = markPaper(paper, bank, { [first!]: 'right', [second!]: 'wrong' }, 'en', 'en')
	expect(result.score).toBe(50)
	expect(result.questions[0]!.picked).toEqual([{ id: 'right', text: 'Right', right: true, feedback: 'Well done' }])
	expect(result.questions[1]!.picked[0]!.feedback).toBe('Not this one')
})
