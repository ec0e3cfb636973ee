import { expect, test } from 'vitest'
import {
	addLesson,
	addModule,
	addQuiz,
	moveLesson,
	moveModule,
	newCourseDocument,
	publishProblems,
	saveQuestion,
	setLessonText,
} from './draft-edits.ts'
import { translationMatrix } from './translation.ts'

const build = 'a'.repeat(64)
const base = () =>
	newCourseDocument(
		{
			sourceLanguage: 'en',
			level: 'foundation',
			format: 'self-paced',
			topics: ['identification'],
			competencies: [],
			estimatedHours: 2,
			certificateValidityMonths: null,
		},
		{ title: 'Course', summary: 'Summary', outcomes: ['One'], certificate: 'Certificate' },
	)
const withLessons = () => {
	let document = addModule(addModule(base(), 'm1', 'One'), 'm2', 'Two')
	for (const [module, id] of [
		['m1', 'a'],
		['m1', 'b'],
		['m2', 'c'],
	] as const)
		document = addLesson(document, module, { id, title: id, body: `Body ${id}`, build })
	return document
}
const order = (document: ReturnType<typeof base>) =>
	document.modules.map((module) => `${module.id}:${module.lessons.map((lesson) => lesson.id).join('')}`)

test('lessons move within a module and across to the next one at its edge', () => {
	expect(order(moveLesson(withLessons(), 'a', 1))).toEqual(['m1:ba', 'm2:c'])
	expect(order(moveLesson(withLessons(), 'b', 1))).toEqual(['m1:a', 'm2:bc'])
	expect(order(moveLesson(withLessons(), 'c', -1))).toEqual(['m1:abc', 'm2:'])
	expect(order(moveLesson(withLessons(), 'a', -1))).toEqual(['m1:ab', 'm2:c'])
	expect(order(moveModule(withLessons(), 'm2', -1))).toEqual(['m2:c', 'm1:ab'])
})

test('a translation is current until its source changes, then out of date until it is saved again', () => {
	let document = setLessonText(withLessons(), 'a', 'es', { title: 'a es', body: 'Cuerpo', build })
	expect(translationMatrix(document, ['en', 'es', 'fr']).lessons[0]!.states).toEqual({
		en: 'source',
		es: 'current',
		fr: 'missing',
	})
	document = setLessonText(document, 'a', 'en', { title: 'a', body: 'Body a', build })
	expect(translationMatrix(document, ['es']).lessons[0]!.states.es).toBe('current')
	document = setLessonText(document, 'a', 'en', { title: 'a', body: 'Changed body', build })
	expect(translationMatrix(document, ['es']).lessons[0]!.states.es).toBe('outdated')
	document = setLessonText(document, 'a', 'es', { title: 'a es', body: 'Cuerpo nuevo', build })
	expect(translationMatrix(document, ['es']).lessons[0]!.states.es).toBe('current')
})

test('a draft with an empty module, lesson or quiz cannot be published', () => {
	expect(publishProblems(base())).toEqual([{ code: 'no-modules' }])
	let document = addQuiz(withLessons(), 'm2', 'q', 'Quiz')
	document = setLessonText(document, 'c', 'en', { title: 'c', body: '  ', build })
	expect(publishProblems(document)).toEqual([
		{ code: 'empty-lesson', id: 'c' },
		{ code: 'empty-quiz', id: 'q' },
	])
	document = saveQuestion(setLessonText(document, 'c', 'en', { title: 'c', body: 'Text', build }), 'q', {
		id: 'q1',
		kind: 'true-false',
		answer: true,
		texts: { en: { prompt: 'True?', edition: 1 } },
	})
	expect(publishProblems(document)).toEqual([])
})
