import { expect, test } from 'vitest'
import { type Question } from './document.ts'
import { normaliseShortText, parseNumericAnswer, quizScore, scoreAnswer } from './scoring.ts'

const texts = (extra: object = {}) => ({ en: { prompt: 'Q', edition: 1, ...extra } })
const single: Question = {
	id: 's',
	kind: 'single-choice',
	texts: texts(),
	options: [
		{ id: 'a', correct: false },
		{ id: 'b', correct: true },
	],
}
const multiple: Question = {
	id: 'm',
	kind: 'multiple-choice',
	texts: texts(),
	options: [
		{ id: 'a', correct: true },
		{ id: 'b', correct: true },
		{ id: 'c', correct: false },
		{ id: 'd', correct: false },
	],
}
const trueFalse: Question = { id: 't', kind: 'true-false', texts: texts(), answer: false }
const matching: Question = {
	id: 'p',
	kind: 'matching',
	texts: texts(),
	pairs: [{ id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'w' }],
}
const ordering: Question = {
	id: 'o',
	kind: 'ordering',
	texts: texts(),
	items: [{ id: 'first' }, { id: 'second' }, { id: 'third' }],
}
const shortText: Question = { id: 'x', kind: 'short-text', texts: texts({ accepted: ['Article 3', 'Artículo tres'] }) }
const numeric: Question = { id: 'n', kind: 'numeric', texts: texts(), answer: 30, tolerance: 0.5 }
const score = (question: Question, answer: Parameters<typeof scoreAnswer>[2]) =>
	scoreAnswer(question, question.texts.en, answer)

test('single choice: only the right option scores', () => {
	expect(score(single, 'b')).toEqual({ credit: 1, correct: true })
	expect(score(single, 'a')).toEqual({ credit: 0, correct: false })
	expect(score(single, ['a', 'b'])).toEqual({ credit: 0, correct: false })
	expect(score(single, undefined)).toEqual({ credit: 0, correct: false })
})

test('multiple choice: each right tick earns a share, each wrong tick takes one back, never below zero', () => {
	expect(score(multiple, ['a', 'b'])).toEqual({ credit: 1, correct: true })
	expect(score(multiple, ['a'])).toEqual({ credit: 0.5, correct: false })
	expect(score(multiple, ['a', 'b', 'c'])).toEqual({ credit: 0.5, correct: false })
	expect(score(multiple, ['c', 'd'])).toEqual({ credit: 0, correct: false })
	expect(score(multiple, 'a')).toEqual({ credit: 0.5, correct: false })
})

test('true or false compares the stated answer', () => {
	expect(score(trueFalse, 'false').correct).toBe(true)
	expect(score(trueFalse, 'true').correct).toBe(false)
	expect(score(trueFalse, 'maybe').correct).toBe(false)
})

test('matching earns a share per correct pair', () => {
	expect(score(matching, { x: 'x', y: 'y', z: 'z', w: 'w' })).toEqual({ credit: 1, correct: true })
	expect(score(matching, { x: 'x', y: 'z', z: 'y', w: 'w' })).toEqual({ credit: 0.5, correct: false })
	expect(score(matching, { x: 'y' })).toEqual({ credit: 0, correct: false })
	expect(score(matching, 'x')).toEqual({ credit: 0, correct: false })
})

test('ordering earns a share per item in its place', () => {
	expect(score(ordering, { first: '1', second: '2', third: '3' })).toEqual({ credit: 1, correct: true })
	expect(score(ordering, { first: '1', second: '3', third: '2' }).credit).toBeCloseTo(1 / 3)
	expect(score(ordering, { first: '3', second: '1', third: '2' }).credit).toBe(0)
})

test('short text ignores case, accents, punctuation and spacing but not other words', () => {
	expect(score(shortText, '  article   3. ').correct).toBe(true)
	expect(score(shortText, 'ARTICULO TRES').correct).toBe(true)
	expect(score(shortText, 'article 4').correct).toBe(false)
	expect(score(shortText, '').correct).toBe(false)
	expect(normaliseShortText('اَلْحُدُود')).toBe('الحدود')
})

test('numeric accepts answers within the tolerance, with a comma or a point', () => {
	expect(score(numeric, '30').correct).toBe(true)
	expect(score(numeric, '30,5').correct).toBe(true)
	expect(score(numeric, '29.4').correct).toBe(false)
	expect(score(numeric, 'thirty').correct).toBe(false)
	expect(score(numeric, '30abc').correct).toBe(false)
	expect(score(numeric, '٣٠').correct).toBe(true)
	expect(score(numeric, '٣٠٫٥').correct).toBe(true)
	expect(parseNumericAnswer('1,000')).toBeNull()
	expect(parseNumericAnswer('1.000,5')).toBeNull()
})

test('a quiz score is the mean credit in whole percent', () => {
	expect(quizScore([1, 1, 0.5, 0])).toBe(63)
	expect(quizScore([])).toBe(0)
})
