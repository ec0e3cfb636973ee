import { eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { courseLawElements, courseRevisions, courses } from '#app/db/schema/index.ts'
import { courseLanguages, type CourseDocument } from './document.ts'
import { indexCourse } from './search-entries.server.ts'
import { hashDocument, latestRevision } from './store.server.ts'

/**
 * Publishes a document as the course's next revision, unless it is the same as the
 * latest one. Learners already enrolled stay on the revision they started.
 */
export function publishDocument(
	tx: Db,
	courseId: string,
	document: CourseDocument,
	publishedBy: string | null,
	now = new Date(),
) {
	const documentHash = hashDocument(document)
	const latest = latestRevision(courseId, tx)
	if (latest?.documentHash === documentHash) return null
	const revision = tx
		.insert(courseRevisions)
		.values({
			courseId,
			number: (latest?.number ?? 0) + 1,
			document,
			documentHash,
			level: document.level,
			format: document.format,
			topics: document.topics,
			competencies: document.competencies,
			languages: courseLanguages(document),
			publishedAt: now,
			publishedBy,
		})
		.returning()
		.get()
	tx.update(courses).set({ publishedRevisionId: revision.id, updatedAt: now }).where(eq(courses.id, courseId)).run()
	indexCourse(tx, courseId, document, now)
	recordTaughtElements(tx, courseId, document)
	return revision
}

/** Keeps which legal elements the published lessons and questions teach (the laws pages list them). */
function recordTaughtElements(tx: Db, courseId: string, document: CourseDocument) {
	tx.delete(courseLawElements).where(eq(courseLawElements.courseId, courseId)).run()
	const rows = [
		...document.modules.flatMap((module) =>
			module.lessons.flatMap((lesson) =>
				(lesson.lawElements ?? []).map((element) => ({ part: 'lesson' as const, partId: lesson.id, element })),
			),
		),
		...document.questions.flatMap((question) =>
			(question.lawElements ?? []).map((element) => ({ part: 'question' as const, partId: question.id, element })),
		),
	]
	if (rows.length)
		tx.insert(courseLawElements)
			.values(rows.map((row) => ({ ...row, courseId })))
			.run()
}
