import { and, count, eq, isNull } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { cohorts, enrolments, lessonCompletions, quizAttempts } from '#app/db/schema/index.ts'
import { issueCertificate } from '#app/modules/certificates/issue.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { courseLanguages, type CourseDocument } from './document.ts'
import { courseProgress, type LearnerRecord } from './progress.ts'
import { findPublishedCourse, findRevision } from './store.server.ts'
import { type CourseFormat } from './vocabulary.ts'

export type EnrolmentRow = typeof enrolments.$inferSelect
export type EnrolmentRefusal =
	'not-found' | 'unknown-cohort' | 'cohort-closed' | 'cohort-full' | 'self-paced-not-offered'

export function findEnrolment(userId: string, courseId: string, db: Db = getDb()) {
	return db
		.select()
		.from(enrolments)
		.where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, courseId)))
		.get()
}

/** A cohort-only course is taken in a cohort; any other format may also be studied alone. */
export function offersSelfPaced(format: CourseFormat) {
	return format !== 'cohort'
}

/** The learner's language when the course is taught in it, else the course's source language. */
export function learningLanguage(document: CourseDocument, wanted: Language): Language {
	return courseLanguages(document).includes(wanted) ? wanted : document.sourceLanguage
}

/**
 * Enrols a vetted learner on the published revision, in a cohort or self-paced. A
 * cohort's window and capacity are checked inside the write lock, so two people
 * cannot take its last place. Enrolling twice returns the existing enrolment.
 */
export function enrolLearner(
	actor: Actor,
	slug: string,
	choice: { cohortId: string | null; language: Language },
	now = new Date(),
): Outcome<EnrolmentRefusal, { enrolment: EnrolmentRow }> {
	return writeTransaction((tx) => {
		const published = findPublishedCourse(slug, tx)
		if (!published) return refuse('not-found')
		const { course, revision } = published
		const existing = findEnrolment(actor.id, course.id, tx)
		if (existing) return done({ enrolment: existing })
		if (choice.cohortId) {
			const cohort = tx
				.select()
				.from(cohorts)
				.where(and(eq(cohorts.id, choice.cohortId), eq(cohorts.courseId, course.id)))
				.get()
			// A cohort that was removed or belongs to another course: the form offered it, so say so rather than 404.
			if (!cohort) return refuse('unknown-cohort')
			if (now < cohort.enrolmentOpensAt || now >= cohort.enrolmentClosesAt) return refuse('cohort-closed')
			const taken = tx.select({ n: count() }).from(enrolments).where(eq(enrolments.cohortId, cohort.id)).get()?.n ?? 0
			if (taken >= cohort.capacity) return refuse('cohort-full')
		} else if (!offersSelfPaced(revision.format)) {
			return refuse('self-paced-not-offered')
		}
		const enrolment = tx
			.insert(enrolments)
			.values({
				userId: actor.id,
				courseId: course.id,
				revisionId: revision.id,
				cohortId: choice.cohortId,
				language: learningLanguage(revision.document, choice.language),
				lastActivityAt: now,
			})
			.returning()
			.get()
		return done({ enrolment })
	})
}

export function learnerRecord(enrolmentId: string, db: Db = getDb()): LearnerRecord {
	const completedLessons = new Set(
		db
			.select({ id: lessonCompletions.lessonId })
			.from(lessonCompletions)
			.where(eq(lessonCompletions.enrolmentId, enrolmentId))
			.all()
			.map((row) => row.id),
	)
	const passedQuizzes = new Set(
		db
			.select({ id: quizAttempts.quizId })
			.from(quizAttempts)
			.where(and(eq(quizAttempts.enrolmentId, enrolmentId), eq(quizAttempts.passed, true)))
			.all()
			.map((row) => row.id),
	)
	return { completedLessons, passedQuizzes }
}

/**
 * Marks the course complete when its rule holds. Called inside the transaction of the
 * action that may complete it (a lesson done, a quiz passed), never by a later job, so
 * whatever listens for completion sees it at the same instant the learner does.
 */
export function settleCompletion(tx: Db, enrolment: EnrolmentRow, now: Date) {
	if (enrolment.completedAt) return { completedNow: false }
	const revision = findRevision(enrolment.revisionId, tx)
	if (!revision) return { completedNow: false }
	if (!courseProgress(revision.document, learnerRecord(enrolment.id, tx)).complete) return { completedNow: false }
	// Only the first action to complete the course sets the date, even if two race inside their transactions.
	const changed = tx
		.update(enrolments)
		.set({ completedAt: now })
		.where(and(eq(enrolments.id, enrolment.id), isNull(enrolments.completedAt)))
		.run().changes
	if (changed === 0) return { completedNow: false }
	// The certificate is issued in the same transaction as the completion, never later.
	issueCertificate(tx, enrolment, revision, now)
	return { completedNow: true }
}

/** Records a lesson as done. Doing it again changes nothing, not even the completion date. */
export function completeLesson(enrolment: EnrolmentRow, lessonId: string, now = new Date()) {
	return writeTransaction((tx) => {
		const inserted = tx
			.insert(lessonCompletions)
			.values({ enrolmentId: enrolment.id, lessonId, completedAt: now })
			.onConflictDoNothing()
			.run()
		if (inserted.changes === 0) return { completedNow: false }
		tx.update(enrolments)
			.set({ lastActivityAt: now, lastLessonId: lessonId })
			.where(eq(enrolments.id, enrolment.id))
			.run()
		return settleCompletion(tx, enrolment, now)
	})
}

/** Someone not enrolled has no learning language to change; asking changes nothing. */
export function changeLearningLanguage(userId: string, courseId: string, language: Language) {
	const enrolment = findEnrolment(userId, courseId)
	const revision = enrolment && findRevision(enrolment.revisionId)
	if (!enrolment || !revision) return
	writeTransaction((tx) =>
		tx
			.update(enrolments)
			.set({ language: learningLanguage(revision.document, language) })
			.where(eq(enrolments.id, enrolment.id))
			.run(),
	)
}
