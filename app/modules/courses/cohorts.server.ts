import { and, asc, count, eq, inArray } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	cohorts,
	cohortTrainers,
	courses,
	enrolments,
	eventRegistrations,
	events,
	organisations,
	quizAttempts,
	users,
} from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { toCsv } from '#app/platform/csv.ts'
import { courseForEditing, type EditingRefusalReason } from './authoring.server.ts'
import { learnerStanding } from './learner.server.ts'
import { authorIdsOf, findRevision } from './store.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'

export type CohortInput = {
	title: string
	startsOn: Date
	endsOn: Date
	enrolmentOpensAt: Date
	enrolmentClosesAt: Date
	capacity: number
	trainerIds: string[]
}

export function cohortsOf(courseId: string, db: Db = getDb()) {
	return db
		.select({ cohort: cohorts, participants: count(enrolments.id) })
		.from(cohorts)
		.leftJoin(enrolments, eq(enrolments.cohortId, cohorts.id))
		.where(eq(cohorts.courseId, courseId))
		.groupBy(cohorts.id)
		.orderBy(asc(cohorts.startsOn))
		.all()
		.map(({ cohort, participants }) => ({
			id: cohort.id,
			title: cohort.title,
			startsOn: cohort.startsOn.toISOString(),
			endsOn: cohort.endsOn.toISOString(),
			enrolmentOpensAt: cohort.enrolmentOpensAt.toISOString(),
			enrolmentClosesAt: cohort.enrolmentClosesAt.toISOString(),
			capacity: cohort.capacity,
			participants,
		}))
}

/** A co-author opens a run of the course; its trainers are chosen among the co-authors, who may come from several organisations. */
export function createCohort(
	actor: Actor,
	courseId: string,
	input: CohortInput,
): Outcome<EditingRefusalReason, { cohort: typeof cohorts.$inferSelect }> {
	return writeTransaction((tx) => {
		const editable = courseForEditing(actor, courseId, tx)
		if (!editable.ok) return editable
		const trainerIds = input.trainerIds.filter((id) => editable.authorIds.includes(id))
		const { trainerIds: _, ...values } = input
		const cohort = tx
			.insert(cohorts)
			.values({ ...values, courseId, createdBy: actor.id })
			.returning()
			.get()
		const chosen = trainerIds.length ? trainerIds : [actor.id]
		tx.insert(cohortTrainers)
			.values(chosen.map((userId) => ({ cohortId: cohort.id, userId })))
			.run()
		return done({ cohort })
	})
}

/**
 * Each participant's progress, best quiz scores and last activity, for the cohort's
 * trainers and the course's co-authors only.
 */
export function cohortProgress(actor: Actor, cohortId: string, language: Language, db: Db = getDb()) {
	const staff = cohortStaff(cohortId, db)
	if (!staff) return refuse('not-found')
	const { cohort, trainerIds } = staff
	if (!can(actor, 'cohorts:follow', staff)) return refuse('forbidden')
	const course = db.select().from(courses).where(eq(courses.id, cohort.courseId)).get()!
	const rows = db
		.select({ enrolment: enrolments, name: users.name, country: users.country, organisation: organisations.name })
		.from(enrolments)
		.innerJoin(users, eq(users.id, enrolments.userId))
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(eq(enrolments.cohortId, cohortId))
		.orderBy(asc(users.name))
		.all()
	const attempts = rows.length
		? db
				.select({ enrolmentId: quizAttempts.enrolmentId, quizId: quizAttempts.quizId, score: quizAttempts.score })
				.from(quizAttempts)
				.where(
					inArray(
						quizAttempts.enrolmentId,
						rows.map((row) => row.enrolment.id),
					),
				)
				.all()
		: []
	// What learners see: the published revision, never the draft being written.
	const published =
		(course.publishedRevisionId && findRevision(course.publishedRevisionId, db)?.document) || course.draft
	const quizzes = published.modules.flatMap((module) =>
		module.quiz
			? [{ id: module.quiz.id, title: textIn(module.quiz.texts, language, published.sourceLanguage).text.title }]
			: [],
	)
	// The cohort's live and in-person sessions (events of the cohort): attending them counts in progress.
	const sessions = db
		.select({
			id: events.id,
			slug: events.slug,
			texts: events.texts,
			source: events.sourceLanguage,
			startsAt: events.startsAt,
		})
		.from(events)
		.where(and(eq(events.cohortId, cohortId), eq(events.status, 'scheduled')))
		.orderBy(asc(events.startsAt))
		.all()
	const attendance = sessions.length
		? db
				.select({ userId: eventRegistrations.userId })
				.from(eventRegistrations)
				.where(
					and(
						inArray(
							eventRegistrations.eventId,
							sessions.map((session) => session.id),
						),
						eq(eventRegistrations.attended, true),
					),
				)
				.all()
		: []
	const trainers = trainerIds.length
		? db.select({ name: users.name }).from(users).where(inArray(users.id, trainerIds)).all()
		: []
	return done({
		cohort: {
			id: cohort.id,
			title: cohort.title,
			courseId: course.id,
			startsOn: cohort.startsOn.toISOString(),
			endsOn: cohort.endsOn.toISOString(),
			capacity: cohort.capacity,
		},
		courseTitle: textIn(published.texts, language, published.sourceLanguage).text.title,
		trainers: trainers.map((trainer) => trainer.name),
		quizzes,
		sessions: sessions.map((session) => ({
			slug: session.slug,
			title: textIn(session.texts, language, session.source).text.title,
			startsAt: session.startsAt.toISOString(),
		})),
		participants: rows.map(({ enrolment, name, country, organisation }) => {
			const best = (quizId: string) => {
				const scores = attempts
					.filter(
						(attempt) => attempt.enrolmentId === enrolment.id && attempt.quizId === quizId && attempt.score !== null,
					)
					.map((attempt) => attempt.score!)
				return scores.length ? Math.max(...scores) : null
			}
			return {
				name,
				country,
				organisation,
				percent: learnerStanding(enrolment, db).progress.percent,
				scores: quizzes.map((quiz) => best(quiz.id)),
				sessionsAttended: attendance.filter((row) => row.userId === enrolment.userId).length,
				lastActivityAt: enrolment.lastActivityAt.toISOString(),
				completedAt: enrolment.completedAt?.toISOString() ?? null,
			}
		}),
	})
}

export type CohortProgress = Extract<ReturnType<typeof cohortProgress>, { ok: true }>

export function cohortCsv(
	progress: CohortProgress,
	headings: {
		name: string
		organisation: string
		country: string
		progress: string
		lastActivity: string
		completed: string
	},
) {
	const header = [
		headings.name,
		headings.organisation,
		headings.country,
		headings.progress,
		...progress.quizzes.map((quiz) => quiz.title),
		headings.lastActivity,
		headings.completed,
	]
	const lines = progress.participants.map((participant) => [
		participant.name,
		participant.organisation,
		participant.country,
		participant.percent,
		...participant.scores,
		participant.lastActivityAt,
		participant.completedAt,
	])
	return toCsv([header, ...lines])
}

/** Whether a person takes part in a cohort: its sessions and its forum are for them. */
export function enrolledInCohort(userId: string, cohortId: string, db: Db = getDb()) {
	return Boolean(
		db
			.select({ id: enrolments.id })
			.from(enrolments)
			.where(and(eq(enrolments.userId, userId), eq(enrolments.cohortId, cohortId)))
			.get(),
	)
}

/** Who runs a cohort (its trainers and the course's co-authors), for areas that hang things off a cohort. */
export function cohortStaff(cohortId: string, db: Db = getDb()) {
	const cohort = db.select().from(cohorts).where(eq(cohorts.id, cohortId)).get()
	if (!cohort) return null
	const trainerIds = db
		.select({ id: cohortTrainers.userId })
		.from(cohortTrainers)
		.where(eq(cohortTrainers.cohortId, cohortId))
		.all()
		.map((row) => row.id)
	return { cohort, trainerIds, authorIds: authorIdsOf(cohort.courseId, db) }
}
