import { eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { courseRevisions, courses } from '#app/db/schema/index.ts'
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
	return revision
}
