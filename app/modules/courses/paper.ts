import { type Language } from '#app/platform/i18n.ts'
import { type Question, type Quiz } from './document.ts'
import { type Answer, scoreAnswer, quizScore } from './scoring.ts'
import { textIn } from './translation.ts'

export type Paper = { questionId: string; order: string[] }[]
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
		// Matching answers and ordering items are always shuffled: in authored order they give the answer away.
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

/** Fixes which questions an attempt asks and in what order their choices appear. */
export function drawPaper(quiz: Quiz, bank: readonly Question[], random: Random = Math.random): Paper {
	const available = quiz.questionIds.flatMap((id) => bank.filter((question) => question.id === id))
	const chosen = quiz.drawCount !== null && quiz.drawCount < available.length ? shuffled(available, random).slice(0, quiz.drawCount) : available
	return chosen.map((question) => ({ questionId: question.id, order: choiceOrder(question, quiz, random) }))
}

export type Choice = { id: string; text: string }
/** A question as the learner sees it before submitting: no correct flags, no feedback, no accepted answers. */
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

export function presentPaper(paper: Paper, bank: readonly Question[], language: Language, source: Language): PresentedQuestion[] {
	return paper.flatMap(({ questionId, order }) => {
		const question = bank.find((candidate) => candidate.id === questionId)
		if (!question) return []
		const { text, fallback } = textIn(question.texts, language, source)
		const choiceText = (id: string) => {
			if (question.kind === 'matching') return text.pairs?.[id]?.right ?? ''
			if (question.kind === 'ordering') return text.items?.[id] ?? ''
			return text.options?.[id]?.text ?? ''
		}
		return [
			{
				id: question.id,
				kind: question.kind,
				prompt: text.prompt,
				fallback,
				choices: order.map((id) => ({ id, text: choiceText(id) })),
				prompts: question.kind === 'matching' ? question.pairs.map((pair) => ({ id: pair.id, text: text.pairs?.[pair.id]?.left ?? '' })) : [],
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
export function markPaper(paper: Paper, bank: readonly Question[], responses: Record<string, Answer>, language: Language, source: Language) {
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
						.map((option) => ({ id: option.id, text: text.options?.[option.id]?.text ?? '', right: option.correct, feedback: text.options?.[option.id]?.feedback ?? null }))
				: []
		return { ...shown, credit, correct, explanation: text.explanation ?? null, picked, answerText: typeof answer === 'string' ? answer : null }
	})
	return { questions: marked, score: quizScore(marked.map((question) => question.credit)) }
}

type FormReader = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] }
const field = (value: FormDataEntryValue | null | undefined) => (typeof value === 'string' ? value.slice(0, 500) : '')

/** Reads the learner's answers for the questions on this paper only; anything else in the form is ignored. */
export function readResponses(paper: Paper, bank: readonly Question[], form: FormReader): Record<string, Answer> {
	const responses: Record<string, Answer> = {}
	for (const { questionId, order } of paper) {
		const question = bank.find((candidate) => candidate.id === questionId)
		if (!question) continue
		const name = `q-${questionId}`
		if (question.kind === 'multiple-choice') responses[questionId] = form.getAll(name).map(field).slice(0, 20)
		else if (question.kind === 'matching' || question.kind === 'ordering') {
			const keys = question.kind === 'matching' ? question.pairs.map((pair) => pair.id) : order
			responses[questionId] = Object.fromEntries(keys.map((key) => [key, field(form.get(`${name}-${key}`))]))
		} else responses[questionId] = field(form.get(name))
	}
	return responses
}
