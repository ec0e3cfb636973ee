import { and, desc, eq, inArray, isNull, ne } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { courseAuthors, courseRevisions, courses, enrolments, userRoles, users } from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can, hasRole } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { courseDocumentSchema, type CourseDocument } from './document.ts'
import { newCourseDocument, publishProblems } from './draft-edits.ts'
import { settleCompletion } from './enrolment.server.ts'
import { publishDocument } from './publishing.server.ts'
import {
	authorIdsOf,
	type CourseRow,
	findCourse,
	findCourseBySlug,
	hashDocument,
	latestRevision,
} from './store.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'

/** The courses a trainer co-authors (every course for a platform admin), with their publishing state. */
export function coursesTaughtBy(actor: Actor, language: Language, db: Db = getDb()) {
	const rows = hasRole(actor, 'platform_admin')
		? db.select().from(courses).orderBy(desc(courses.updatedAt)).all()
		: db
				.select({ course: courses })
				.from(courseAuthors)
				.innerJoin(courses, eq(courses.id, courseAuthors.courseId))
				.where(eq(courseAuthors.userId, actor.id))
				.orderBy(desc(courses.updatedAt))
				.all()
				.map((row) => row.course)
	return rows.map((course) => {
		const latest = latestRevision(course.id, db)
		const { text, language: shownIn } = textIn(course.draft.texts, language, course.draft.sourceLanguage)
		return {
			id: course.id,
			slug: course.slug,
			title: text.title,
			shownIn,
			revision: latest?.number ?? null,
			unpublishedChanges: latest?.documentHash !== hashDocument(course.draft),
			updatedAt: course.updatedAt.toISOString(),
		}
	})
}

export type EditableCourse = { course: CourseRow; authorIds: string[] }
export type EditingRefusalReason = 'forbidden' | 'not-found'

/** The course with its co-authors, or `forbidden` when this person may not edit it. */
export function courseForEditing(
	actor: Actor,
	courseId: string,
	db: Db = getDb(),
): Outcome<EditingRefusalReason, EditableCourse> {
	const course = findCourse(courseId, db)
	if (!course) return refuse('not-found')
	const authorIds = authorIdsOf(course.id, db)
	if (!can(actor, 'courses:edit', { authorIds })) return refuse('forbidden')
	return done({ course, authorIds })
}

export type DraftRefusalReason = EditingRefusalReason | 'stale' | 'invalid'
export type DraftOutcome = Outcome<DraftRefusalReason, { document: CourseDocument }>

/**
 * Applies one edit to a draft inside the write lock: permission and, when the form
 * carried it, the draft version are checked against the row as it is now, so two
 * co-authors never overwrite each other's work unknowingly.
 */
export function editDraft(
	actor: Actor,
	courseId: string,
	change: (document: CourseDocument) => CourseDocument,
	expectedVersion?: number,
): DraftOutcome {
	return writeTransaction((tx) => {
		const editable = courseForEditing(actor, courseId, tx)
		if (!editable.ok) return editable
		const { course } = editable
		if (expectedVersion !== undefined && expectedVersion !== course.draftVersion) return refuse('stale')
		const parsed = courseDocumentSchema.safeParse(change(course.draft))
		if (!parsed.success) return refuse('invalid')
		tx.update(courses)
			.set({ draft: parsed.data, draftVersion: course.draftVersion + 1, updatedAt: new Date() })
			.where(eq(courses.id, course.id))
			.run()
		return done({ document: parsed.data })
	})
}

/** A course's address: its title in lower-case words, made unique with a number. */
export function courseSlugFor(title: string, db: Db = getDb()) {
	const base = slugWords(title) || 'course'
	let slug = base
	for (let n = 2; findCourseBySlug(slug, db); n++) slug = `${base}-${n}`
	return slug
}

/** Creates a draft course led by the author's organisation, with the author as its first co-author. */
export function createCourse(
	actor: Actor,
	input: Parameters<typeof newCourseDocument>[0] & Parameters<typeof newCourseDocument>[1],
): Outcome<'forbidden', { course: CourseRow }> {
	if (!can(actor, 'courses:create')) return refuse('forbidden')
	const { title, summary, outcomes, certificate, ...facts } = input
	return writeTransaction((tx) => {
		const course = tx
			.insert(courses)
			.values({
				slug: courseSlugFor(title, tx),
				organisationId: actor.organisationId,
				draft: newCourseDocument(facts, { title, summary, outcomes, certificate }),
			})
			.returning()
			.get()
		tx.insert(courseAuthors).values({ courseId: course.id, userId: actor.id }).run()
		return done({ course })
	})
}

export type PublishOutcome = Outcome<EditingRefusalReason | 'incomplete', { revision: number | null; changed: boolean }>

/** Publishes the draft as a new revision after checking nothing is empty. */
export function publishCourse(actor: Actor, courseId: string): PublishOutcome {
	return writeTransaction((tx) => {
		const editable = courseForEditing(actor, courseId, tx)
		if (!editable.ok) return editable
		// What is missing is listed on the outline page itself, so the refusal only says that something is.
		if (publishProblems(editable.course.draft).length) return refuse('incomplete')
		const revision = publishDocument(tx, courseId, editable.course.draft, actor.id)
		return done({
			revision: revision?.number ?? latestRevision(courseId, tx)?.number ?? null,
			changed: Boolean(revision),
		})
	})
}

/** Adds a co-author, who must be an active trainer; they may come from any organisation. */
export function addCoAuthor(
	actor: Actor,
	courseId: string,
	email: string,
): Outcome<EditingRefusalReason | 'not-a-trainer'> {
	return writeTransaction((tx) => {
		const editable = courseForEditing(actor, courseId, tx)
		if (!editable.ok) return editable
		const trainer = tx
			.select({ id: users.id })
			.from(users)
			.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'trainer')))
			.where(and(eq(users.email, email.trim().toLowerCase()), eq(users.status, 'active')))
			.get()
		if (!trainer) return refuse('not-a-trainer', { field: 'email' })
		tx.insert(courseAuthors).values({ courseId, userId: trainer.id }).onConflictDoNothing().run()
		return done()
	})
}

export function coAuthors(courseId: string, db: Db = getDb()) {
	const ids = authorIdsOf(courseId, db)
	if (!ids.length) return []
	return db
		.select({ id: users.id, name: users.name, email: users.email, country: users.country })
		.from(users)
		.where(inArray(users.id, ids))
		.orderBy(users.name)
		.all()
}

/**
 * Moves enrolled learners who have not finished onto the latest revision. Their
 * completed lessons and passed quizzes keep counting where the new revision still has
 * them, and each is checked at once: the new revision may already be complete for them.
 * Learners who completed the course keep the revision they completed.
 */
export function migrateLearners(
	actor: Actor,
	courseId: string,
	now = new Date(),
): Outcome<EditingRefusalReason, { moved: number }> {
	return writeTransaction((tx) => {
		const editable = courseForEditing(actor, courseId, tx)
		if (!editable.ok) return editable
		const latest = editable.course.publishedRevisionId
		if (!latest) return done({ moved: 0 })
		const behind = tx
			.select()
			.from(enrolments)
			.where(and(eq(enrolments.courseId, courseId), ne(enrolments.revisionId, latest), isNull(enrolments.completedAt)))
			.all()
		for (const enrolment of behind) {
			tx.update(enrolments).set({ revisionId: latest }).where(eq(enrolments.id, enrolment.id)).run()
			settleCompletion(tx, { ...enrolment, revisionId: latest }, now)
		}
		return done({ moved: behind.length })
	})
}

export function learnersOnOlderRevisions(courseId: string, db: Db = getDb()) {
	const course = findCourse(courseId, db)
	if (!course?.publishedRevisionId) return 0
	return db
		.select({ id: enrolments.id })
		.from(enrolments)
		.where(
			and(
				eq(enrolments.courseId, courseId),
				ne(enrolments.revisionId, course.publishedRevisionId),
				isNull(enrolments.completedAt),
			),
		)
		.all().length
}

export function revisionsOf(courseId: string, db: Db = getDb()) {
	return db
		.select({ number: courseRevisions.number, publishedAt: courseRevisions.publishedAt })
		.from(courseRevisions)
		.where(eq(courseRevisions.courseId, courseId))
		.orderBy(desc(courseRevisions.number))
		.all()
		.map((revision) => ({ number: revision.number, publishedAt: revision.publishedAt.toISOString() }))
}

/** Published courses that could renew this one's certificate, for the "refresher course" choice. */
export function refresherOptions(courseId: string, language: Language, db: Db = getDb()) {
	return db
		.select({ slug: courses.slug, revision: courseRevisions })
		.from(courses)
		.innerJoin(courseRevisions, eq(courseRevisions.id, courses.publishedRevisionId))
		.where(ne(courses.id, courseId))
		.all()
		.map(({ slug, revision }) => ({
			value: slug,
			label: textIn(revision.document.texts, language, revision.document.sourceLanguage).text.title,
		}))
		.sort((a, b) => a.label.localeCompare(b.label, language))
}
