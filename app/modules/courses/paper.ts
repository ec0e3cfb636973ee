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

export type MarkedQuestion = PresentedQuestion & {
	credit: number
	correct: boolean
	explanation: string | null
	/** Feedback on each choice the learner picked, and whether that pick was right. */
	picked: { id: string; text: string; right: boolean; feedback: string | null }[]
	answerText: string | null
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
			answerText: typeof answer === 'string' ? answer : null,
		}
	})
	return { questions: marked, score: quizScore(marked.map((question) => question.credit)) }
}

type FormReader = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] }
const field = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value.slice(0, 500) : '')

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
