import { type Language } from '#app/platform/i18n.ts'
import { type Question, type QuestionText, type Quiz } from './document.ts'
import { type Answer, scoreAnswer, quizScore } from './scoring.ts'
import { textIn } from '#app/platform/language-fallback.ts'

/**
 * One attempt's questions. `order` lists the question's choices (options, matches or
 * steps) as shown; `tokens` names them on the page instead of their authored ids, which
 * could give the answer away (a matching row and its right answer share an id).
 * Matching rows get their own `rowTokens`.
 */
export type PaperEntry = { questionId: string; order: string[]; tokens: string[]; rowTokens?: string[] }
export type Paper = PaperEntry[]
export type Random = () => number

function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = [...items]
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1))
		;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
	}
	return copy
}

function choiceOrder(question: Question, quiz: Quiz, random: Random): string[] {
	switch (question.kind) {
		case 'single-choice':
		case 'multiple-choice': {
			const ids = question.options.map((option) => option.id)
			return quiz.shuffleOptions ? shuffled(ids, random) : ids
		}
		// Matching answers and ordering steps are always shuffled: in authored order they give the answer away.
		case 'matching':
			return shuffled(
				question.pairs.map((pair) => pair.id),
				random,
			)
		case 'ordering':
			return shuffled(
				question.items.map((item) => item.id),
				random,
			)
		default:
			return []
	}
}

/** Short random names, distinct within one question. */
function tokensFor(count: number, random: Random, taken = new Set<string>()) {
	const tokens: string[] = []
	while (tokens.length < count) {
		const token = `c${Math.floor(random() * 36 ** 6).toString(36)}`
		if (taken.has(token)) continue
		taken.add(token)
		tokens.push(token)
	}
	return tokens
}

/** How many questions one attempt asks: every question of the quiz still in the bank, or the number drawn. */
export function questionsPerAttempt(quiz: Quiz, bank: readonly Question[]) {
	const available = quiz.questionIds.filter((id) => bank.some((question) => question.id === id)).length
	return quiz.drawCount !== null && quiz.drawCount < available ? quiz.drawCount : available
}

/** Fixes which questions an attempt asks, in what order their choices appear, and the names they go by. */
export function drawPaper(quiz: Quiz, bank: readonly Question[], random: Random = Math.random): Paper {
	const available = quiz.questionIds.flatMap((id) => bank.filter((question) => question.id === id))
	const chosen =
		quiz.drawCount !== null && quiz.drawCount < available.length
			? shuffled(available, random).slice(0, quiz.drawCount)
			: available
	return chosen.map((question) => {
		const order = choiceOrder(question, quiz, random)
		const taken = new Set<string>()
		const tokens = tokensFor(order.length, random, taken)
		return question.kind === 'matching'
			? { questionId: question.id, order, tokens, rowTokens: tokensFor(question.pairs.length, random, taken) }
			: { questionId: question.id, order, tokens }
	})
}

export type Choice = { id: string; text: string }
/** A question as the learner sees it before submitting: no correct flags, no feedback, no accepted answers, no authored ids. */
export type PresentedQuestion = {
	id: string
	kind: Question['kind']
	prompt: string
	fallback: boolean
	choices: Choice[]
	/** Matching only: the left-hand terms in authored order. */
	prompts: Choice[]
	unit: string | null
}

/** A choice's words in the learner's language, else in the source language (a choice added after the translation). */
function choiceText(
	question: Question,
	texts: { own: QuestionText; source: QuestionText | undefined },
	id: string,
	side: 'left' | 'right' = 'right',
) {
	const pick = (text: QuestionText | undefined) => {
		if (question.kind === 'matching') return text?.pairs?.[id]?.[side]
		if (question.kind === 'ordering') return text?.items?.[id]
		return text?.options?.[id]?.text
	}
	const own = pick(texts.own)
	return own ? { text: own, fallback: false } : { text: pick(texts.source) ?? '', fallback: true }
}

export function presentPaper(
	paper: Paper,
	bank: readonly Question[],
	language: Language,
	source: Language,
): PresentedQuestion[] {
	return paper.flatMap(({ questionId, order, tokens, rowTokens }) => {
		const question = bank.find((candidate) => candidate.id === questionId)
		if (!question) return []
		const { text, fallback } = textIn(question.texts, language, source)
		const texts = { own: text, source: question.texts[source] }
		const choices = order.map((id, index) => ({ id: tokens[index]!, ...choiceText(question, texts, id) }))
		const prompts =
			question.kind === 'matching'
				? question.pairs.map((pair, index) => ({
						id: rowTokens?.[index] ?? '',
						...choiceText(question, texts, pair.id, 'left'),
					}))
				: []
		return [
			{
				id: question.id,
				kind: question.kind,
				prompt: text.prompt,
				fallback: fallback || [...choices, ...prompts].some((choice) => choice.fallback),
				choices: choices.map(({ id, text: words }) => ({ id, text: words })),
				prompts: prompts.map(({ id, text: words }) => ({ id, text: words })),
				unit: text.unit ?? null,
			},
		]
	})
}

/** The right answer to one question, in the words of the language the attempt was taken in. */
export type AnswerKey =
	| { kind: 'choices'; choices: string[] }
	| { kind: 'truth'; value: boolean }
	| { kind: 'pairs'; pairs: { left: string; right: string }[] }
	| { kind: 'order'; items: string[] }
	| { kind: 'accepted'; answers: string[] }
	| { kind: 'number'; value: number; tolerance: number; unit: string | null }

function answerKeyOf(question: Question, texts: { own: QuestionText; source: QuestionText | undefined }): AnswerKey {
	const words = (id: string, side?: 'left' | 'right') => choiceText(question, texts, id, side).text
	switch (question.kind) {
		case 'single-choice':
		case 'multiple-choice':
			return {
				kind: 'choices',
				choices: question.options.filter((option) => option.correct).map(({ id }) => words(id)),
			}
		case 'true-false':
			return { kind: 'truth', value: question.answer }
		case 'matching':
			return { kind: 'pairs', pairs: question.pairs.map(({ id }) => ({ left: words(id, 'left'), right: words(id) })) }
		case 'ordering':
			return { kind: 'order', items: question.items.map(({ id }) => words(id)) }
		case 'short-text':
			// The answers this attempt was marked against: those of its language.
			return { kind: 'accepted', answers: texts.own.accepted ?? [] }
		case 'numeric':
			return { kind: 'number', value: question.answer, tolerance: question.tolerance, unit: texts.own.unit ?? null }
	}
}

export type MarkedQuestion = PresentedQuestion & {
	credit: number
	correct: boolean
	explanation: string | null
	/** Feedback on each choice the learner picked, and whether that pick was right. */
	picked: { id: string; text: string; right: boolean; feedback: string | null }[]
	answerText: string | null
	answerKey: AnswerKey
}

/** Scores a submitted paper; the result is what the learner sees after submitting. */
export function markPaper(
	paper: Paper,
	bank: readonly Question[],
	responses: Record<string, Answer>,
	language: Language,
	source: Language,
) {
	const presented = presentPaper(paper, bank, language, source)
	const marked: MarkedQuestion[] = presented.map((shown) => {
		const question = bank.find((candidate) => candidate.id === shown.id)!
		const { text } = textIn(question.texts, language, source)
		const answer = responses[shown.id]
		const { credit, correct } = scoreAnswer(question, text, answer)
		const chosenIds = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []
		const picked =
			question.kind === 'single-choice' || question.kind === 'multiple-choice'
				? question.options
						.filter((option) => chosenIds.includes(option.id))
						.map((option) => ({
							id: option.id,
							text: text.options?.[option.id]?.text ?? question.texts[source]?.options?.[option.id]?.text ?? '',
							right: option.correct,
							feedback: text.options?.[option.id]?.feedback ?? null,
						}))
				: []
		return {
			...shown,
			credit,
			correct,
			explanation: text.explanation ?? null,
			picked,
			// What the learner typed (or true/false); a choice's answer is its authored id, which could name the right one.
			answerText: typeof answer === 'string' && !('options' in question) ? answer : null,
			answerKey: answerKeyOf(question, { own: text, source: question.texts[source] }),
		}
	})
	return { questions: marked, score: quizScore(marked.map((question) => question.credit)) }
}

const isBlank = (answer: Answer) => {
	if (typeof answer === 'string') return answer.trim() === ''
	if (Array.isArray(answer)) return answer.length === 0
	// A matching row or an ordering step left unchosen leaves the question unanswered in part.
	return !answer || Object.values(answer).some((part) => !part.trim())
}

/** The questions of a paper left blank, wholly or in part, in the order they were asked. */
export function unansweredQuestions(paper: Paper, responses: Record<string, Answer>): string[] {
	return paper
		.filter(({ questionId }) => questionId in responses && isBlank(responses[questionId]))
		.map(({ questionId }) => questionId)
}

type FormReader = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] }
const field = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value.slice(0, 500) : '')

/**
 * The form's answers to this paper's questions as sent (by field name, choices by their tokens), so
 * a page sent back, with or without JavaScript, shows them again. Nothing else of the form is kept.
 */
export function answersAsGiven(
	paper: Paper,
	bank: readonly Question[],
	form: FormReader,
): Record<string, string | string[]> {
	const given: Record<string, string | string[]> = {}
	for (const { questionId, tokens, rowTokens = [] } of paper) {
		const question = bank.find((candidate) => candidate.id === questionId)
		if (!question) continue
		const name = `q-${questionId}`
		const parts = question.kind === 'matching' ? rowTokens : question.kind === 'ordering' ? tokens : null
		for (const fieldName of parts ? parts.map((token) => `${name}-${token}`) : [name]) {
			const values = form.getAll(fieldName).slice(0, 20).map(field).filter(Boolean)
			if (values.length) given[fieldName] = question.kind === 'multiple-choice' ? values : values[0]!
		}
	}
	return given
}

/**
 * Reads the learner's answers for the questions on this paper only, turning the
 * attempt's tokens back into authored ids; anything else in the form is ignored.
 */
export function readResponses(paper: Paper, bank: readonly Question[], form: FormReader): Record<string, Answer> {
	const responses: Record<string, Answer> = {}
	for (const { questionId, order, tokens, rowTokens = [] } of paper) {
		const question = bank.find((candidate) => candidate.id === questionId)
		if (!question) continue
		const name = `q-${questionId}`
		const idOf = (token: string) => order[tokens.indexOf(token)] ?? ''
		switch (question.kind) {
			case 'single-choice':
				responses[questionId] = idOf(field(form.get(name)))
				break
			case 'multiple-choice':
				responses[questionId] = form.getAll(name).slice(0, 20).map(field).map(idOf).filter(Boolean)
				break
			case 'matching':
				responses[questionId] = Object.fromEntries(
					question.pairs.map((pair, index) => [pair.id, idOf(field(form.get(`${name}-${rowTokens[index]}`)))]),
				)
				break
			case 'ordering':
				responses[questionId] = Object.fromEntries(
					order.map((id, index) => [id, field(form.get(`${name}-${tokens[index]}`))]),
				)
				break
			default:
				responses[questionId] = field(form.get(name))
		}
	}
	return responses
}
