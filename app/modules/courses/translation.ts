import { type Language } from '#app/platform/i18n.ts'
import { type TranslationState } from './vocabulary.ts'

type Texts<T> = Partial<Record<Language, T>>

/** Where one language stands against the source, for the translation matrix. */
export function translationState<T extends { edition: number }>(
	texts: Texts<T>,
	language: Language,
	source: Language,
): TranslationState {
	if (language === source) return 'source'
	const translation = texts[language]
	if (!translation) return 'missing'
	return translation.edition < (texts[source]?.edition ?? 1) ? 'outdated' : 'current'
}

/**
 * Per course part (its details, modules, lessons, quiz titles and questions), where each language
 * stands: the source, translated and current, out of date (the source changed after the translation
 * was made), or missing.
 */
export function translationMatrix(
	document: {
		sourceLanguage: Language
		texts: Texts<{ title: string; edition: number }>
		modules: {
			id: string
			texts: Texts<{ title: string; edition: number }>
			lessons: { id: string; texts: Texts<{ title: string; edition: number }> }[]
			quiz: { id: string; questionIds: string[]; texts: Texts<{ title: string; edition: number }> } | null
		}[]
		questions: { id: string; texts: Texts<{ prompt: string; edition: number }> }[]
	},
	languages: readonly Language[],
) {
	const source = document.sourceLanguage
	const states = (texts: Texts<{ edition: number }>) =>
		Object.fromEntries(languages.map((language) => [language, translationState(texts, language, source)])) as Record<
			Language,
			TranslationState
		>
	return {
		course: states(document.texts),
		modules: document.modules.map((module) => ({
			id: module.id,
			title: module.texts[source]?.title ?? module.id,
			states: states(module.texts),
		})),
		lessons: document.modules.flatMap((module) =>
			module.lessons.map((lesson) => ({
				id: lesson.id,
				moduleId: module.id,
				title: lesson.texts[source]?.title ?? lesson.id,
				states: states(lesson.texts),
			})),
		),
		quizzes: document.modules.flatMap((module) =>
			module.quiz
				? [
						{
							id: module.quiz.id,
							moduleId: module.id,
							title: module.quiz.texts[source]?.title ?? module.quiz.id,
							states: states(module.quiz.texts),
						},
					]
				: [],
		),
		questions: document.questions.map((question) => ({
			id: question.id,
			quizId: document.modules.find((module) => module.quiz?.questionIds.includes(question.id))?.quiz?.id ?? null,
			title: question.texts[source]?.prompt ?? question.id,
			states: states(question.texts),
		})),
	}
}
