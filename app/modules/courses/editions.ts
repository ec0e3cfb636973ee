import { type Language } from '#app/platform/i18n.ts'
import { type CourseDocument } from './document.ts'

type Texts = Partial<Record<Language, { edition: number }>>

/** Whether two versions of a text say the same thing, whatever their editions. */
export function sameWords(a: object | undefined, b: object | undefined) {
	const words = (text: object | undefined) => {
		if (!text) return undefined
		const { edition: _, ...rest } = text as { edition?: number }
		return JSON.stringify(rest)
	}
	return a !== undefined && words(a) === words(b)
}

/**
 * Gives imported texts their editions from the previous version of the course: a source
 * text that changed moves to the next edition; a translation that did not change keeps
 * its edition, and so shows as out of date when its source moved on.
 */
export function carryEditions<T extends Texts>(previous: T | undefined, next: T, source: Language): T {
	const before = previous?.[source]
	const sourceEdition = before ? before.edition + (sameWords(before, next[source]) ? 0 : 1) : 1
	const result: Texts = {}
	for (const [language, text] of Object.entries(next) as [Language, { edition: number }][]) {
		const old = previous?.[language]
		const unchanged = sameWords(old, text)
		const edition = language === source ? sourceEdition : unchanged && old && before ? old.edition : sourceEdition
		result[language] = { ...text, edition }
	}
	return result as T
}

/** Applies carryEditions to every translatable part, matching parts by id. */
export function carryDocumentEditions(previous: CourseDocument | undefined, next: CourseDocument): CourseDocument {
	const source = next.sourceLanguage
	const carry = <T extends Texts>(old: T | undefined, texts: T) => carryEditions(old, texts, source)
	const oldModule = (id: string) => previous?.modules.find((module) => module.id === id)
	return {
		...next,
		texts: carry(previous?.texts, next.texts),
		modules: next.modules.map((module) => ({
			...module,
			texts: carry(oldModule(module.id)?.texts, module.texts),
			lessons: module.lessons.map((lesson) => ({
				...lesson,
				texts: carry(oldModule(module.id)?.lessons.find((old) => old.id === lesson.id)?.texts, lesson.texts),
			})),
			quiz: module.quiz && { ...module.quiz, texts: carry(oldModule(module.id)?.quiz?.texts, module.quiz.texts) },
		})),
		questions: next.questions.map((question) => ({
			...question,
			texts: carry(previous?.questions.find((old) => old.id === question.id)?.texts, question.texts),
		})),
	}
}
