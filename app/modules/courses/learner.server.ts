import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { courses, enrolments } from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type EnrolmentRow, findEnrolment, learnerRecord } from './enrolment.server.ts'
import { courseProgress, nextStep, resumePath } from './progress.ts'
import { courseCard } from './catalogue.server.ts'
import { findRevision, type RevisionRow } from './store.server.ts'
import { competencies } from './vocabulary.ts'

/**
 * What a learner is taking: their enrolment and the revision they enrolled on, which may be
 * older than the published one. Lessons and quizzes are read from it, never from the latest.
 */
export function courseBeingTaken(
	userId: string,
	courseId: string,
	db: Db = getDb(),
): Outcome<'not-enrolled' | 'not-found', { enrolment: EnrolmentRow; revision: RevisionRow }> {
	const enrolment = findEnrolment(userId, courseId, db)
	if (!enrolment) return refuse('not-enrolled')
	const revision = findRevision(enrolment.revisionId, db)
	if (!revision) return refuse('not-found')
	return done({ enrolment, revision })
}

/** A learner's standing on a course: progress per module and where to resume. */
export function learnerStanding(enrolment: EnrolmentRow, db: Db = getDb()) {
	const revision = findRevision(enrolment.revisionId, db)
	if (!revision) throw new Error(`Enrolment ${enrolment.id} points at a missing revision`)
	const record = learnerRecord(enrolment.id, db)
	return {
		revision,
		record,
		progress: courseProgress(revision.document, record),
		next: nextStep(revision.document, record),
	}
}

/** What a page may show about an enrolment; dates as ISO strings. */
export function enrolmentSummary(enrolment: EnrolmentRow, latestRevisionNumber: number | null, db: Db = getDb()) {
	const { revision, record, progress, next } = learnerStanding(enrolment, db)
	return {
		language: enrolment.language as Language,
		revision: revision.number,
		newerRevision: latestRevisionNumber !== null && latestRevisionNumber > revision.number,
		completedAt: enrolment.completedAt?.toISOString() ?? null,
		progress,
		next,
		completedLessons: [...record.completedLessons],
		passedQuizzes: [...record.passedQuizzes],
	}
}

/** A learner's courses with progress and where to resume, and the competencies their completed courses give them. */
export function myLearning(userId: string, language: Language, db: Db = getDb()) {
	const rows = db
		.select({ enrolment: enrolments, slug: courses.slug })
		.from(enrolments)
		.innerJoin(courses, eq(courses.id, enrolments.courseId))
		.where(eq(enrolments.userId, userId))
		.orderBy(desc(enrolments.lastActivityAt))
		.all()
	const learning = rows.map(({ enrolment, slug }) => {
		const { revision, progress, next } = learnerStanding(enrolment, db)
		return {
			...courseCard(slug, revision, enrolment.language),
			percent: progress.percent,
			next,
			resumePath: resumePath(slug, next),
			completedAt: enrolment.completedAt?.toISOString() ?? null,
			lastActivityAt: enrolment.lastActivityAt.toISOString(),
			competenciesGained: enrolment.completedAt ? revision.competencies : [],
		}
	})
	return { courses: learning, competencies: inVocabularyOrder(learning.flatMap((course) => course.competenciesGained)) }
}

/**
 * The courses a learner has started and not finished, latest activity first, each with the page that resumes it.
 * Read through the learner's own enrolments (`enrolments_learner_course`), at most `limit` of them.
 */
export function coursesInProgress(userId: string, limit: number, db: Db = getDb()) {
	return db
		.select({ enrolment: enrolments, slug: courses.slug })
		.from(enrolments)
		.innerJoin(courses, eq(courses.id, enrolments.courseId))
		.where(and(eq(enrolments.userId, userId), isNull(enrolments.completedAt)))
		.orderBy(desc(enrolments.lastActivityAt))
		.limit(limit)
		.all()
		.map(({ enrolment, slug }) => {
			const { revision, progress, next } = learnerStanding(enrolment, db)
			const { title, shownIn } = courseCard(slug, revision, enrolment.language)
			return {
				slug,
				title,
				shownIn,
				percent: progress.percent,
				resumePath: resumePath(slug, next),
				lastActivityAt: enrolment.lastActivityAt.toISOString(),
			}
		})
}

const inVocabularyOrder = (earned: readonly string[]) =>
	competencies.filter((competency) => earned.includes(competency))

/** The competencies a person's completed courses give them, as their profile shows them. */
export function earnedCompetencies(userId: string, db: Db = getDb()) {
	const completed = db
		.select({ revisionId: enrolments.revisionId })
		.from(enrolments)
		.where(and(eq(enrolments.userId, userId), isNotNull(enrolments.completedAt)))
		.all()
	return inVocabularyOrder(completed.flatMap((row) => findRevision(row.revisionId, db)?.competencies ?? []))
}
