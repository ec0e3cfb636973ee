import { createHash } from 'node:crypto'
import { and, desc, eq, inArray } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { courseAuthors, courseRevisions, courses, organisations, users } from '#app/db/schema/index.ts'
import { type CourseDocument } from './document.ts'

export type CourseRow = typeof courses.$inferSelect
export type RevisionRow = typeof courseRevisions.$inferSelect

/** Revisions never change once published, so each is parsed once per process. */
const revisionCache = new Map<string, RevisionRow>()

export function findRevision(id: string, db: Db = getDb()): RevisionRow | undefined {
	const cached = revisionCache.get(id)
	if (cached) return cached
	const row = db.select().from(courseRevisions).where(eq(courseRevisions.id, id)).get()
	if (row && revisionCache.size < 500) revisionCache.set(id, row)
	return row
}

export function latestRevision(courseId: string, db: Db = getDb()) {
	return db
		.select()
		.from(courseRevisions)
		.where(eq(courseRevisions.courseId, courseId))
		.orderBy(desc(courseRevisions.number))
		.limit(1)
		.get()
}

export function findCourseBySlug(slug: string, db: Db = getDb()) {
	return db.select().from(courses).where(eq(courses.slug, slug)).get()
}

export function findCourse(id: string, db: Db = getDb()) {
	return db.select().from(courses).where(eq(courses.id, id)).get()
}

/** The published course a learner can see, or undefined while it has never been published. */
export function findPublishedCourse(slug: string, db: Db = getDb()) {
	const course = findCourseBySlug(slug, db)
	if (!course?.publishedRevisionId) return undefined
	const revision = findRevision(course.publishedRevisionId, db)
	return revision ? { course, revision } : undefined
}

export function authorIdsOf(courseId: string, db: Db = getDb()) {
	return db
		.select({ userId: courseAuthors.userId })
		.from(courseAuthors)
		.where(eq(courseAuthors.courseId, courseId))
		.all()
		.map((row) => row.userId)
}

/** Co-authors with their organisations, the "trainers" a course page names. */
export function authorsOf(courseIds: string[], db: Db = getDb()) {
	if (!courseIds.length) return []
	return db
		.select({
			courseId: courseAuthors.courseId,
			name: users.name,
			organisation: organisations.name,
			country: organisations.country,
		})
		.from(courseAuthors)
		.innerJoin(users, eq(users.id, courseAuthors.userId))
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(and(inArray(courseAuthors.courseId, courseIds)))
		.orderBy(users.name)
		.all()
}

export function hashDocument(document: CourseDocument) {
	return createHash('sha256').update(JSON.stringify(document)).digest('hex')
}
