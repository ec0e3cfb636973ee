import { expect, test } from 'vitest'
import { type CourseDocument } from './document.ts'
import { courseProgress, nextStep, resumePath, stepAfterLesson } from './progress.ts'

const lesson = (id: string, required = true) => ({ id, minutes: 10, required, texts: {} })
const document = {
	modules: [
		{ id: 'm1', texts: {}, lessons: [lesson('a'), lesson('b', false)], quiz: null },
		{
			id: 'm2',
			texts: {},
			lessons: [lesson('c')],
			quiz: {
				id: 'final',
				required: true,
				passMark: 75,
				attemptsAllowed: null,
				drawCount: null,
				shuffleOptions: false,
				questionIds: [],
				texts: {},
			},
		},
	],
} as unknown as CourseDocument
const record = (lessons: string[], quizzes: string[] = []) => ({
	completedLessons: new Set(lessons),
	passedQuizzes: new Set(quizzes),
})

test('a course is complete only when required lessons are done and required quizzes passed', () => {
	expect(courseProgress(document, record(['a', 'c'])).complete).toBe(false)
	expect(courseProgress(document, record(['a', 'c'], ['final']))).toMatchObject({ complete: true, percent: 100 })
})

test('optional lessons never hold a course back and do not count in its progress', () => {
	const progress = courseProgress(document, record(['a']))
	expect(progress.percent).toBe(33)
	expect(progress.modules[0]).toMatchObject({ done: 1, total: 1, percent: 100 })
	expect(progress.modules[1]).toMatchObject({ done: 0, total: 2, percent: 0 })
})

test('resume goes to the first lesson not done, then to the quiz not passed', () => {
	expect(nextStep(document, record([]))).toEqual({ lessonId: 'a' })
	expect(nextStep(document, record(['a', 'b']))).toEqual({ lessonId: 'c' })
	expect(nextStep(document, record(['a', 'b', 'c']))).toEqual({ quizId: 'final' })
	expect(nextStep(document, record(['a', 'b', 'c'], ['final']))).toBeNull()
})

test('resume opens the next lesson or quiz page, and the course page when nothing is left', () => {
	expect(resumePath('c1', nextStep(document, record(['a'])))).toBe('/courses/c1/lessons/b')
	expect(resumePath('c1', nextStep(document, record(['a', 'b', 'c'])))).toBe('/courses/c1/quizzes/final')
	expect(resumePath('c1', null)).toBe('/courses/c1')
})

test('after a module’s last lesson comes its quiz, then the next module; after the last step, the course page', () => {
	expect(stepAfterLesson(document, 'a')).toEqual({ lessonId: 'b' })
	expect(stepAfterLesson(document, 'b')).toEqual({ lessonId: 'c' })
	expect(stepAfterLesson(document, 'c')).toEqual({ quizId: 'final' })
	const withoutQuiz = { modules: [document.modules[0]!] } as unknown as CourseDocument
	expect(stepAfterLesson(withoutQuiz, 'b')).toBeNull()
})
