import { expect, test } from 'vitest'
import { type Question, type Quiz } from './document.ts'
import { drawPaper, markPaper, presentPaper, readResponses, unansweredQuestions } from './paper.ts'

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

test('choices go by per-attempt tokens that the form maps back to authored ids', () => {
	const paper = drawPaper(quiz, bank)
	const shown = presentPaper(paper, bank, 'en', 'en')
	expect(JSON.stringify(shown)).not.toMatch(/"right"|"wrong"/)
	const tokenOf = (index: number, words: string) => shown[index]!.choices.find((choice) => choice.text === words)!.id
	const form = new URLSearchParams({ 'q-q0': tokenOf(0, 'Right'), 'q-q1': tokenOf(1, 'Wrong'), 'q-q2': 'right' })
	expect(readResponses(paper, bank, form)).toMatchObject({ q0: 'right', q1: 'wrong', q2: '' })
})

test('matching rows and their answers go by different tokens', () => {
	const matching: Question = {
		id: 'm',
		kind: 'matching',
		pairs: [{ id: 'act' }, { id: 'means' }],
		texts: {
			en: {
				prompt: 'Match',
				edition: 1,
				pairs: { act: { left: 'Act', right: 'Recruitment' }, means: { left: 'Means', right: 'Deception' } },
			},
		},
	}
	const paper = drawPaper({ ...quiz, questionIds: ['m'] }, [matching])
	const [shown] = presentPaper(paper, [matching], 'en', 'en')
	expect(shown!.prompts.map((prompt) => prompt.id)).not.toEqual(
		expect.arrayContaining(shown!.choices.map((choice) => choice.id)),
	)
	const form = new URLSearchParams()
	for (const prompt of shown!.prompts) {
		const answer = prompt.text === 'Act' ? 'Recruitment' : 'Deception'
		form.set(`q-m-${prompt.id}`, shown!.choices.find((choice) => choice.text === answer)!.id)
	}
	expect(readResponses(paper, [matching], form)).toEqual({ m: { act: 'act', means: 'means' } })
})

test('a choice missing from a translation is shown in the source language, with the fallback flag', () => {
	const question: Question = {
		...bank[0]!,
		texts: { ...bank[0]!.texts, fr: { prompt: 'Question', edition: 1, options: { right: { text: 'Juste' } } } },
	} as Question
	const [shown] = presentPaper(drawPaper({ ...quiz, questionIds: [question.id] }, [question]), [question], 'fr', 'en')
	expect(shown!.choices.map((choice) => choice.text).sort()).toEqual(['Juste', 'Wrong'])
	expect(shown!.fallback).toBe(true)
})

test('marking gives per-option feedback and the score', () => {
	const paper = drawPaper({ ...quiz, drawCount: 2 }, bank)
	const [first, second] = paper.map((entry) => entry.questionId)
	const result = markPaper(paper, bank, { [first!]: 'right', [second!]: 'wrong' }, 'en', 'en')
	expect(result.score).toBe(50)
	expect(result.questions[0]!.picked).toEqual([{ id: 'right', text: 'Right', right: true, feedback: 'Well done' }])
	expect(result.questions[1]!.picked[0]!.feedback).toBe('Not this one')
})

test('marking names the right answer of each kind in the language of the attempt, short answers by that language’s list', () => {
	const kinds: Question[] = [
		{
			id: 'order',
			kind: 'ordering',
			items: [{ id: 'first' }, { id: 'then' }],
			texts: { en: { prompt: 'Order', edition: 1, items: { first: 'Identify', then: 'Refer' } } },
		},
		{
			id: 'match',
			kind: 'matching',
			pairs: [{ id: 'act' }],
			texts: {
				en: { prompt: 'Match', edition: 1, pairs: { act: { left: 'Act', right: 'Recruitment' } } },
				fr: { prompt: 'Associer', edition: 1, pairs: { act: { left: 'Acte', right: 'Recrutement' } } },
			},
		},
		{
			id: 'short',
			kind: 'short-text',
			texts: {
				en: { prompt: 'Word?', edition: 1, accepted: ['consent'] },
				fr: { prompt: 'Mot ?', edition: 1, accepted: ['consentement'] },
			},
		},
		{
			id: 'days',
			kind: 'numeric',
			answer: 30,
			tolerance: 1,
			texts: { en: { prompt: 'Days?', edition: 1, unit: 'days' } },
		},
		{ id: 'truth', kind: 'true-false', answer: false, texts: { en: { prompt: 'True?', edition: 1 } } },
	]
	const paper = drawPaper({ ...quiz, questionIds: kinds.map((question) => question.id) }, kinds)
	const keys = markPaper(paper, kinds, {}, 'fr', 'en').questions.map((question) => question.answerKey)
	expect(keys).toEqual([
		{ kind: 'order', items: ['Identify', 'Refer'] },
		{ kind: 'pairs', pairs: [{ left: 'Acte', right: 'Recrutement' }] },
		{ kind: 'accepted', answers: ['consentement'] },
		{ kind: 'number', value: 30, tolerance: 1, unit: 'days' },
		{ kind: 'truth', value: false },
	])
})

test('a question left blank, or with a matching row or ordering step unchosen, is unanswered', () => {
	const paper = drawPaper(quiz, bank)
	expect(
		unansweredQuestions(paper, {
			q0: 'right',
			q1: '',
			q2: [],
			q3: { act: 'act', means: '' },
			q4: { first: '1', then: '2' },
			q5: '  ',
		}),
	).toEqual(['q1', 'q2', 'q3', 'q5'])
	// A question no longer in the bank is not asked, so it is not named either.
	expect(unansweredQuestions(paper, { q0: 'right' })).toEqual([])
})
