import { textIn } from '#app/platform/language-fallback.ts'
import { lessonHtml } from '#app/platform/mdx/lesson-html.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type CourseDocument } from './document.ts'
import { completeLesson, type EnrolmentRow } from './enrolment.server.ts'
import { learnerStanding } from './learner.server.ts'
import { lessonSequence, stepAfterLesson } from './progress.ts'

/**
 * A lesson of the revision the learner is taking, in their learning language (or the source,
 * with a notice), rendered on the server, with where it sits in the course.
 */
export async function lessonPageFor(
	enrolment: EnrolmentRow,
	document: CourseDocument,
	lessonId: string,
): Promise<Outcome<'not-found', { page: Awaited<ReturnType<typeof describeLesson>> }>> {
	const sequence = lessonSequence(document)
	const index = sequence.findIndex((entry) => entry.lesson.id === lessonId)
	if (index < 0) return refuse('not-found')
	return done({ page: await describeLesson(enrolment, document, sequence, index) })
}

async function describeLesson(
	enrolment: EnrolmentRow,
	document: CourseDocument,
	sequence: ReturnType<typeof lessonSequence>,
	index: number,
) {
	const source = document.sourceLanguage
	const { lesson, moduleId } = sequence[index]!
	const { text, language: shownIn, fallback } = textIn(lesson.texts, enrolment.language, source)
	const module = document.modules.find((candidate) => candidate.id === moduleId)!
	const after = stepAfterLesson(document, lesson.id)
	const standing = learnerStanding(enrolment)
	const titleOf = (entry: (typeof sequence)[number] | undefined) =>
		entry ? { id: entry.lesson.id, title: textIn(entry.lesson.texts, enrolment.language, source).text.title } : null
	return {
		courseTitle: textIn(document.texts, enrolment.language, source).text.title,
		moduleTitle: textIn(module.texts, enrolment.language, source).text.title,
		quiz:
			module.quiz && after && 'quizId' in after
				? { id: module.quiz.id, title: textIn(module.quiz.texts, enrolment.language, source).text.title }
				: null,
		lesson: {
			id: lesson.id,
			title: text.title,
			html: await lessonHtml(text, shownIn),
			minutes: lesson.minutes,
			lawElements: lesson.lawElements ?? [],
		},
		shownIn,
		fallback,
		wanted: enrolment.language,
		done: standing.record.completedLessons.has(lesson.id),
		percent: standing.progress.percent,
		previous: titleOf(sequence[index - 1]),
		next: titleOf(sequence[index + 1]),
	}
}

/** Records the lesson as done and says where the learner goes next (null: back to the course page). */
export function finishLesson(
	enrolment: EnrolmentRow,
	document: CourseDocument,
	lessonId: string,
): Outcome<'not-found', { next: ReturnType<typeof stepAfterLesson> }> {
	if (!lessonSequence(document).some((entry) => entry.lesson.id === lessonId)) return refuse('not-found')
	completeLesson(enrolment, lessonId)
	return done({ next: stepAfterLesson(document, lessonId) })
}
