import { type Question, type QuestionText } from './document.ts'

/** What a learner sent for one question, as read from the quiz form. */
export type Answer = string | string[] | Record<string, string> | undefined

export type QuestionScore = {
	/** 0 to 1: partial answers earn partial credit where the kind allows it. */
	credit: number
	correct: boolean
}

/** Case, accents, punctuation and runs of spaces do not count; Arabic diacritics neither. */
export function normaliseShortText(value: string) {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
		.toLocaleLowerCase('en')
		.replace(/[\p{P}\p{S}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
}

/**
 * Reads a typed number the way people in Atlas's languages write it: "2.5", "2,5", Arabic-Indic
 * digits and the Arabic decimal separator. A comma is a decimal mark when it is the one separator,
 * except before exactly three digits: "1,000" could be a thousand or one, so it is no answer.
 */
export function parseNumericAnswer(value: string): number | null {
	const latin = value
		.trim()
		.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
		.replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
		.replace(/\u066b/g, '.')
		.replace(/[\s\u00a0\u202f]/g, '')
	if (/^[-+]?\d+,\d{3}$/.test(latin)) return null
	const cleaned = /^[-+]?\d+,\d+$/.test(latin) ? latin.replace(',', '.') : latin
	if (!/^[-+]?\d+(\.\d+)?$/.test(cleaned)) return null
	return Number(cleaned)
}

const asList = (answer: Answer) => (Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [])
const asMap = (answer: Answer) => (answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {})
const asText = (answer: Answer) => (typeof answer === 'string' ? answer : '')
const whole = (right: boolean): QuestionScore => ({ credit: right ? 1 : 0, correct: right })
const share = (hits: number, total: number): QuestionScore => {
	const credit = total === 0 ? 0 : Math.max(0, hits) / total
	return { credit, correct: credit === 1 }
}

/**
 * Scores one answer on the server. `text` is the question in the language the learner
 * saw, which matters only for short text (accepted answers are per language).
 */
export function scoreAnswer(question: Question, text: QuestionText | undefined, answer: Answer): QuestionScore {
	switch (question.kind) {
		case 'single-choice': {
			const chosen = asList(answer)
			return whole(chosen.length === 1 && question.options.some((option) => option.correct && option.id === chosen[0]))
		}
		case 'multiple-choice': {
			// Each right tick earns a share, each wrong tick takes one back, never below zero.
			const chosen = new Set(asList(answer))
			const right = question.options.filter((option) => option.correct)
			const hits = right.filter((option) => chosen.has(option.id)).length
			const wrong = question.options.filter((option) => !option.correct && chosen.has(option.id)).length
			return share(hits - wrong, right.length)
		}
		case 'true-false':
			return whole(asText(answer) === String(question.answer))
		case 'matching': {
			const chosen = asMap(answer)
			return share(question.pairs.filter((pair) => chosen[pair.id] === pair.id).length, question.pairs.length)
		}
		case 'ordering': {
			// Positions are 1-based; an item earns its share when it sits where it belongs.
			const chosen = asMap(answer)
			return share(
				question.items.filter((item, index) => chosen[item.id] === String(index + 1)).length,
				question.items.length,
			)
		}
		case 'short-text': {
			const given = normaliseShortText(asText(answer))
			return whole(given !== '' && (text?.accepted ?? []).some((accepted) => normaliseShortText(accepted) === given))
		}
		case 'numeric': {
			const given = parseNumericAnswer(asText(answer))
			return whole(given !== null && Math.abs(given - question.answer) <= question.tolerance + 1e-9)
		}
	}
}

/** A quiz's score in whole percent: the mean credit of the questions on the paper. */
export function quizScore(credits: readonly number[]) {
	if (credits.length === 0) return 0
	return Math.round((credits.reduce((sum, credit) => sum + credit, 0) / credits.length) * 100)
}
