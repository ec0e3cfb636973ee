import { and, eq, isNotNull, isNull } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { courseFeedback, courses, enrolments } from '#app/db/schema/index.ts'
import { courseCard } from '#app/modules/courses/catalogue.server.ts'
import { findEnrolment } from '#app/modules/courses/enrolment.server.ts'
import { findCourseBySlug, findRevision } from '#app/modules/courses/store.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { isSlug } from '#app/platform/slugs.ts'
import { type FeedbackAnswer } from './answers.ts'

/**
 * Course feedback at completion (reaction): one answer per enrolment, in the language the learner read the form in.
 * A learner names a course by its address; their enrolment is found from who they are, so nobody can answer for
 * someone else's.
 */

export type FeedbackRefusal = 'not-found' | 'not-completed' | 'already-answered'
export type FeedbackState = 'open' | 'not-completed' | 'answered'

function ownEnrolment(userId: string, slug: string, db: Db) {
	const course = isSlug(slug) ? findCourseBySlug(slug, db) : undefined
	return course ? findEnrolment(userId, course.id, db) : undefined
}

const answered = (enrolmentId: string, db: Db) =>
	Boolean(
		db
			.select({ id: courseFeedback.enrolmentId })
			.from(courseFeedback)
			.where(eq(courseFeedback.enrolmentId, enrolmentId))
			.get(),
	)

/**
 * What the feedback page shows a learner about one of their courses: the form (`open`), or why there is none. Anyone
 * not enrolled on the course is answered `not-found`, as if the page did not exist.
 */
export function feedbackFormFor(
	userId: string,
	slug: string,
	language: Language,
	db: Db = getDb(),
): Outcome<'not-found', { course: { slug: string; title: string; shownIn: Language }; state: FeedbackState }> {
	const enrolment = ownEnrolment(userId, slug, db)
	const revision = enrolment && findRevision(enrolment.revisionId, db)
	if (!enrolment || !revision) return refuse('not-found')
	const { title, shownIn } = courseCard(slug, revision, language)
	const state: FeedbackState = !enrolment.completedAt
		? 'not-completed'
		: answered(enrolment.id, db)
			? 'answered'
			: 'open'
	return done({ course: { slug, title, shownIn }, state })
}

/** Stores a learner's feedback on a course they completed; a second answer is refused and the first kept. */
export function recordCourseFeedback(
	userId: string,
	slug: string,
	answer: FeedbackAnswer,
	language: Language,
	now: Date,
): Outcome<FeedbackRefusal> {
	return writeTransaction((tx) => {
		const enrolment = ownEnrolment(userId, slug, tx)
		if (!enrolment) return refuse('not-found')
		if (!enrolment.completedAt) return refuse('not-completed')
		const inserted = tx
			.insert(courseFeedback)
			.values({ enrolmentId: enrolment.id, ...answer, language, answeredAt: now })
			.onConflictDoNothing()
			.run().changes
		return inserted ? done() : refuse('already-answered')
	})
}

/** The addresses of the courses a learner has completed and not yet given feedback on: each is an invitation. */
export function coursesAwaitingFeedback(userId: string, db: Db = getDb()) {
	return db
		.select({ slug: courses.slug })
		.from(enrolments)
		.innerJoin(courses, eq(courses.id, enrolments.courseId))
		.leftJoin(courseFeedback, eq(courseFeedback.enrolmentId, enrolments.id))
		.where(and(eq(enrolments.userId, userId), isNotNull(enrolments.completedAt), isNull(courseFeedback.enrolmentId)))
		.all()
		.map((row) => row.slug)
}
