import { type CourseDocument } from './document.ts'

export type LearnerRecord = { completedLessons: ReadonlySet<string>; passedQuizzes: ReadonlySet<string> }

/** The steps that count towards completion: required lessons and required quizzes, module by module. */
function requiredSteps(document: CourseDocument) {
	return document.modules.map((module) => ({
		moduleId: module.id,
		lessons: module.lessons.filter((lesson) => lesson.required).map((lesson) => lesson.id),
		quizzes: module.quiz?.required ? [module.quiz.id] : [],
	}))
}

const percent = (done: number, total: number) => (total === 0 ? 100 : Math.floor((done / total) * 100))

/**
 * Progress per module and for the course. A course is complete when every required
 * lesson is done and every required quiz passed; optional lessons never hold it back.
 */
export function courseProgress(document: CourseDocument, record: LearnerRecord) {
	const modules = requiredSteps(document).map((steps) => {
		const total = steps.lessons.length + steps.quizzes.length
		const done =
			steps.lessons.filter((id) => record.completedLessons.has(id)).length +
			steps.quizzes.filter((id) => record.passedQuizzes.has(id)).length
		return { moduleId: steps.moduleId, done, total, percent: percent(done, total) }
	})
	const done = modules.reduce((sum, module) => sum + module.done, 0)
	const total = modules.reduce((sum, module) => sum + module.total, 0)
	return { modules, done, total, percent: percent(done, total), complete: done === total }
}

/** Where "resume" goes: the first lesson not yet done, else the first quiz not yet passed. */
export function nextStep(
	document: CourseDocument,
	record: LearnerRecord,
): { lessonId: string } | { quizId: string } | null {
	for (const module of document.modules) {
		const lesson = module.lessons.find((candidate) => !record.completedLessons.has(candidate.id))
		if (lesson) return { lessonId: lesson.id }
		if (module.quiz && !record.passedQuizzes.has(module.quiz.id)) return { quizId: module.quiz.id }
	}
	return null
}

/** The page "resume" opens (without its language): the next step, or the course page once nothing is left. */
export function resumePath(slug: string, next: ReturnType<typeof nextStep>) {
	const base = `/courses/${slug}`
	if (!next) return base
	return 'lessonId' in next ? `${base}/lessons/${next.lessonId}` : `${base}/quizzes/${next.quizId}`
}

/** Lessons in reading order, for previous and next links. */
export function lessonSequence(document: CourseDocument) {
	return document.modules.flatMap((module) => module.lessons.map((lesson) => ({ moduleId: module.id, lesson })))
}

/**
 * Where a learner goes after a lesson: a module's quiz comes after its last lesson, then the
 * next module; after the course's last lesson (with no quiz) they are back on the course page.
 */
export function stepAfterLesson(
	document: CourseDocument,
	lessonId: string,
): { quizId: string } | { lessonId: string } | null {
	const sequence = lessonSequence(document)
	const index = sequence.findIndex((entry) => entry.lesson.id === lessonId)
	const moduleId = sequence[index]?.moduleId
	const following = sequence[index + 1]
	const quiz = document.modules.find((module) => module.id === moduleId)?.quiz
	if (quiz && following?.moduleId !== moduleId) return { quizId: quiz.id }
	return following ? { lessonId: following.lesson.id } : null
}
