import fs from 'node:fs'
import path from 'node:path'
import { type Locator, type Page } from '@playwright/test'
import { parse } from 'yaml'
import { t } from './support.ts'

type Texts = Record<string, Record<string, string | string[]>>
type Choice = { key: string; correct?: boolean; translations: Texts }
type QuizQuestion = {
	key: string
	kind: string
	answer?: boolean | number
	translations: Texts
	options?: Choice[]
	pairs?: Choice[]
	items?: Choice[]
}

/** A starter course as its content files describe it, so tests answer quizzes the way a reader of the lessons would. */
export function starterCourse(slug: string) {
	const dir = path.resolve('content/courses', slug)
	const course = parse(fs.readFileSync(path.join(dir, 'course.yaml'), 'utf8')) as {
		translations: Record<string, { title: string }>
		modules: {
			key: string
			quiz?: string
			lessons: { key: string; translations: Record<string, { title: string }> }[]
		}[]
	}
	const quizKey = course.modules.find((module) => module.quiz)!.quiz!
	const quiz = parse(fs.readFileSync(path.join(dir, 'quizzes', `${quizKey}.yaml`), 'utf8')) as {
		questions: QuizQuestion[]
		drawCount?: number | null
	}
	/** How many questions one attempt shows: all, or the number drawn at random. */
	const questionsPerAttempt = quiz.drawCount ?? quiz.questions.length
	return { ...course, quizKey, questions: quiz.questions, questionsPerAttempt }
}

const text = (choice: Choice, language: string, field = 'text') => String(choice.translations[language]![field])

/** Answers every question on the quiz page, all right or all wrong. */
export async function answerQuiz(page: Page, questions: QuizQuestion[], language: string, right: boolean) {
	// Wait for the paper: a quiz that draws some questions shows only those, so absent ones are skipped below.
	await page.locator('fieldset.question').first().waitFor()
	for (const question of questions) {
		const words = question.translations[language]!
		const group: Locator = page.locator('fieldset.question').filter({ hasText: String(words.prompt) })
		if ((await group.count()) === 0) continue
		const label = (name: string) => group.getByLabel(name, { exact: true })
		switch (question.kind) {
			case 'single-choice':
				await label(
					text(
						question.options!.find((option) => Boolean(option.correct) === right)!,
						language,
					),
				).check()
				break
			case 'multiple-choice':
				for (const option of question.options!.filter((candidate) => Boolean(candidate.correct) === right))
					await label(text(option, language)).check()
				break
			case 'true-false':
				await label(t(language, 'courses', `quiz.${String(right ? question.answer : !question.answer)}`)).check()
				break
			case 'matching': {
				const pairs = question.pairs!
				for (const [index, pair] of pairs.entries()) {
					const target = right ? pair : pairs[(index + 1) % pairs.length]!
					await label(text(pair, language, 'left')).selectOption({ label: text(target, language, 'right') })
				}
				break
			}
			case 'ordering': {
				const items = question.items!
				for (const [index, item] of items.entries()) {
					const position = right ? index + 1 : items.length - index
					await label(text(item, language)).selectOption({
						label: t(language, 'courses', 'quiz.position', { position }),
					})
				}
				break
			}
			case 'short-text':
				await group
					.getByLabel(t(language, 'courses', 'quiz.yourAnswer'))
					.fill(right ? String((words.accepted as string[])[0]) : 'zzz')
				break
			case 'numeric':
				await group
					.getByLabel(t(language, 'courses', 'quiz.yourAnswer'))
					.fill(String(right ? question.answer : Number(question.answer) + 1000))
				break
		}
	}
}

/** What must never reach the browser before submitting: feedback, explanations and accepted short answers. */
export function secretsOf(questions: QuizQuestion[], language: string) {
	return questions.flatMap((question) => {
		const words = question.translations[language]!
		const feedback = (question.options ?? [])
			.map((option) => option.translations[language]?.feedback)
			.filter((text): text is string => typeof text === 'string')
		const accepted = Array.isArray(words.accepted) ? words.accepted.filter((answer) => answer.length > 6) : []
		return [...feedback, ...(typeof words.explanation === 'string' ? [words.explanation] : []), ...accepted]
	})
}
