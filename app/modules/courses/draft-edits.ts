import { type ElementId } from '#app/modules/laws/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import {
	type CourseDocument,
	type CourseModule,
	type CourseText,
	type Lesson,
	type Question,
	type Quiz,
	type QuizReview,
} from './document.ts'
import { sameWords } from './editions.ts'
import { defaultQuizReview } from './quiz-review.ts'

/**
 * Pure edits of a course draft. Each returns a new document; the caller validates it
 * and saves it in one transaction. Editions: editing the source language moves its
 * edition on when the text changed; saving a translation records the source edition it
 * now matches.
 */
type Texts<T> = Partial<Record<Language, T & { edition: number }>>

export function withText<T extends object>(texts: Texts<T>, language: Language, source: Language, text: T): Texts<T> {
	const old = texts[language]
	const edition =
		language === source ? (old ? old.edition + (sameWords(old, text) ? 0 : 1) : 1) : (texts[source]?.edition ?? 1)
	return { ...texts, [language]: { ...text, edition } }
}

/** A short id for a new part, unique within the course. */
export function newPartId(prefix: string, taken: (id: string) => boolean, random: () => number = Math.random) {
	for (;;) {
		const id = `${prefix}-${Math.floor(random() * 36 ** 6)
			.toString(36)
			.padStart(6, '0')}`
		if (!taken(id)) return id
	}
}

export function partIds(document: CourseDocument) {
	return new Set([
		...document.modules.flatMap((module) => [
			module.id,
			...module.lessons.map((lesson) => lesson.id),
			...(module.quiz ? [module.quiz.id] : []),
		]),
		...document.questions.map((question) => question.id),
	])
}

export function newCourseDocument(
	facts: Pick<
		CourseDocument,
		'sourceLanguage' | 'level' | 'format' | 'topics' | 'competencies' | 'estimatedHours' | 'certificateValidityMonths'
	>,
	text: Omit<CourseText, 'edition'>,
): CourseDocument {
	return {
		...facts,
		sources: [],
		texts: { [facts.sourceLanguage]: { ...text, edition: 1 } },
		modules: [],
		questions: [],
	}
}

/** The facts every language shares: level, format, topics, competencies, hours, validity, refresher. */
export function setCourseFacts(
	document: CourseDocument,
	facts: Partial<Omit<CourseDocument, 'sourceLanguage' | 'texts' | 'modules' | 'questions' | 'sources'>>,
): CourseDocument {
	return { ...document, ...facts }
}

export function setCourseText(
	document: CourseDocument,
	language: Language,
	text: Omit<CourseText, 'edition'>,
): CourseDocument {
	return { ...document, texts: withText(document.texts, language, document.sourceLanguage, text) }
}

const mapModule = (
	document: CourseDocument,
	moduleId: string,
	change: (module: CourseModule) => CourseModule,
): CourseDocument => ({
	...document,
	modules: document.modules.map((module) => (module.id === moduleId ? change(module) : module)),
})

const mapLesson = (document: CourseDocument, lessonId: string, change: (lesson: Lesson) => Lesson): CourseDocument => ({
	...document,
	modules: document.modules.map((module) => ({
		...module,
		lessons: module.lessons.map((lesson) => (lesson.id === lessonId ? change(lesson) : lesson)),
	})),
})

function moved<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
	const target = index + direction
	if (index < 0 || target < 0 || target >= items.length) return [...items]
	const copy = [...items]
	;[copy[index], copy[target]] = [copy[target]!, copy[index]!]
	return copy
}

export function addModule(document: CourseDocument, id: string, title: string): CourseDocument {
	const module: CourseModule = {
		id,
		texts: { [document.sourceLanguage]: { title, edition: 1 } },
		lessons: [],
		quiz: null,
	}
	return { ...document, modules: [...document.modules, module] }
}

export function setModuleTitle(document: CourseDocument, moduleId: string, language: Language, title: string) {
	return mapModule(document, moduleId, (module) => ({
		...module,
		texts: withText(module.texts, language, document.sourceLanguage, { title }),
	}))
}

export function moveModule(document: CourseDocument, moduleId: string, direction: -1 | 1): CourseDocument {
	return {
		...document,
		modules: moved(
			document.modules,
			document.modules.findIndex((module) => module.id === moduleId),
			direction,
		),
	}
}

/** Removes a module with its lessons and quiz; the quiz's questions stay in the bank. */
export function removeModule(document: CourseDocument, moduleId: string): CourseDocument {
	return { ...document, modules: document.modules.filter((module) => module.id !== moduleId) }
}

export function addLesson(
	document: CourseDocument,
	moduleId: string,
	lesson: { id: string; title: string; body: string; build: string },
): CourseDocument {
	const { id, ...text } = lesson
	return mapModule(document, moduleId, (module) => ({
		...module,
		lessons: [
			...module.lessons,
			{ id, minutes: 15, required: true, texts: { [document.sourceLanguage]: { ...text, edition: 1 } } },
		],
	}))
}

export function setLessonText(
	document: CourseDocument,
	lessonId: string,
	language: Language,
	text: { title: string; body: string; build: string },
) {
	return mapLesson(document, lessonId, (lesson) => ({
		...lesson,
		texts: withText(lesson.texts, language, document.sourceLanguage, text),
	}))
}

export function setLessonFacts(
	document: CourseDocument,
	lessonId: string,
	facts: { minutes: number; required: boolean; lawElements: ElementId[] },
) {
	return mapLesson(document, lessonId, (lesson) => ({ ...lesson, ...facts }))
}

/** Moves a lesson up or down within its module, or into the neighbouring module at the edge. */
export function moveLesson(document: CourseDocument, lessonId: string, direction: -1 | 1): CourseDocument {
	const moduleIndex = document.modules.findIndex((module) => module.lessons.some((lesson) => lesson.id === lessonId))
	if (moduleIndex < 0) return document
	const module = document.modules[moduleIndex]!
	const index = module.lessons.findIndex((lesson) => lesson.id === lessonId)
	const target = index + direction
	if (target >= 0 && target < module.lessons.length)
		return mapModule(document, module.id, (found) => ({ ...found, lessons: moved(found.lessons, index, direction) }))
	const neighbour = document.modules[moduleIndex + direction]
	if (!neighbour) return document
	const lesson = module.lessons[index]!
	return {
		...document,
		modules: document.modules.map((candidate) => {
			if (candidate.id === module.id)
				return { ...candidate, lessons: candidate.lessons.filter((other) => other.id !== lessonId) }
			if (candidate.id === neighbour.id)
				return {
					...candidate,
					lessons: direction === 1 ? [lesson, ...candidate.lessons] : [...candidate.lessons, lesson],
				}
			return candidate
		}),
	}
}

export function removeLesson(document: CourseDocument, lessonId: string): CourseDocument {
	return {
		...document,
		modules: document.modules.map((module) => ({
			...module,
			lessons: module.lessons.filter((lesson) => lesson.id !== lessonId),
		})),
	}
}

export function addQuiz(document: CourseDocument, moduleId: string, id: string, title: string): CourseDocument {
	const quiz: Quiz = {
		id,
		passMark: 75,
		attemptsAllowed: 3,
		drawCount: null,
		shuffleOptions: true,
		required: true,
		review: defaultQuizReview,
		questionIds: [],
		texts: { [document.sourceLanguage]: { title, edition: 1 } },
	}
	return mapModule(document, moduleId, (module) => (module.quiz ? module : { ...module, quiz }))
}

const mapQuiz = (document: CourseDocument, quizId: string, change: (quiz: Quiz) => Quiz): CourseDocument => ({
	...document,
	modules: document.modules.map((module) =>
		module.quiz?.id === quizId ? { ...module, quiz: change(module.quiz) } : module,
	),
})

export function setQuizSettings(
	document: CourseDocument,
	quizId: string,
	{
		showWhetherCorrect,
		correctAnswers,
		...settings
	}: Pick<Quiz, 'passMark' | 'attemptsAllowed' | 'drawCount' | 'shuffleOptions' | 'required'> & QuizReview,
) {
	return mapQuiz(document, quizId, (quiz) => ({ ...quiz, ...settings, review: { showWhetherCorrect, correctAnswers } }))
}

export function setQuizTitle(document: CourseDocument, quizId: string, language: Language, title: string) {
	return mapQuiz(document, quizId, (quiz) => ({
		...quiz,
		texts: withText(quiz.texts, language, document.sourceLanguage, { title }),
	}))
}

/** Adds a question to the bank and to the quiz, or replaces it when it exists. */
export function saveQuestion(document: CourseDocument, quizId: string, question: Question): CourseDocument {
	const exists = document.questions.some((candidate) => candidate.id === question.id)
	const questions = exists
		? document.questions.map((candidate) => (candidate.id === question.id ? question : candidate))
		: [...document.questions, question]
	return mapQuiz({ ...document, questions }, quizId, (quiz) =>
		quiz.questionIds.includes(question.id) ? quiz : { ...quiz, questionIds: [...quiz.questionIds, question.id] },
	)
}

export function removeQuestion(document: CourseDocument, quizId: string, questionId: string): CourseDocument {
	return mapQuiz(
		{ ...document, questions: document.questions.filter((question) => question.id !== questionId) },
		quizId,
		(quiz) => ({
			...quiz,
			questionIds: quiz.questionIds.filter((id) => id !== questionId),
		}),
	)
}

/** What stops a draft from being published, so learners never meet an empty lesson or quiz. */
export function publishProblems(document: CourseDocument) {
	const problems: {
		code: 'no-modules' | 'empty-module' | 'empty-lesson' | 'empty-quiz' | 'draw-too-large'
		id?: string
	}[] = []
	if (!document.modules.length) problems.push({ code: 'no-modules' })
	for (const module of document.modules) {
		if (!module.lessons.length && !module.quiz) problems.push({ code: 'empty-module', id: module.id })
		for (const lesson of module.lessons)
			if (!lesson.texts[document.sourceLanguage]?.body.trim()) problems.push({ code: 'empty-lesson', id: lesson.id })
		if (module.quiz && !module.quiz.questionIds.length) problems.push({ code: 'empty-quiz', id: module.quiz.id })
		if (module.quiz?.drawCount && module.quiz.drawCount > module.quiz.questionIds.length)
			problems.push({ code: 'draw-too-large', id: module.quiz.id })
	}
	return problems
}
