import { and, count, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { certificates, courseFeedback, enrolments, followUpSurveys, users } from '#app/db/schema/index.ts'
import { type Fact } from '../facts.ts'
import { applicationWays, appliedAnswersCounted, usefulFrom } from '../vocabulary.ts'
import { type CountedMonth, type Counter } from './counter.ts'
import { learnerFact, within } from './learners.server.ts'

type OutcomeSeries =
	| 'completions'
	| 'feedback-answers'
	| 'feedback-useful'
	| 'feedback-recommending'
	| 'follow-ups-sent'
	| 'follow-ups-answered'
	| 'follow-ups-applied'
	| 'follow-ups-ways'

// Every outcome is the learner's: placed in their country (`users.country`) and organisation, by course.
const learner = { country: users.country, organisationId: users.organisationId, count: count() }

/** Completions: enrolments completed in the month (`enrolments.completed_at`), by course. */
function completions(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: enrolments.courseId })
		.from(enrolments)
		.innerJoin(users, eq(users.id, enrolments.userId))
		.where(within(enrolments.completedAt, month.start, month.end))
		.groupBy(users.country, users.organisationId, enrolments.courseId)
		.all()
		.map((row) => learnerFact('completions', month, row, { course: row.courseId }))
}

/** Feedback at completion answered in the month (`course_feedback.answered_at`), by course. */
function feedbackAnswers(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: enrolments.courseId })
		.from(courseFeedback)
		.innerJoin(enrolments, eq(enrolments.id, courseFeedback.enrolmentId))
		.innerJoin(users, eq(users.id, enrolments.userId))
		.where(within(courseFeedback.answeredAt, month.start, month.end))
		.groupBy(users.country, users.organisationId, enrolments.courseId)
		.all()
		.map((row) => learnerFact('feedback-answers', month, row, { course: row.courseId }))
}

/** Of those, the ones finding the course useful: usefulness `usefulFrom` or more, by course. */
function feedbackUseful(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: enrolments.courseId })
		.from(courseFeedback)
		.innerJoin(enrolments, eq(enrolments.id, courseFeedback.enrolmentId))
		.innerJoin(users, eq(users.id, enrolments.userId))
		.where(and(within(courseFeedback.answeredAt, month.start, month.end), gte(courseFeedback.usefulness, usefulFrom)))
		.groupBy(users.country, users.organisationId, enrolments.courseId)
		.all()
		.map((row) => learnerFact('feedback-useful', month, row, { course: row.courseId }))
}

/** Of those, the ones saying they would recommend the course to a colleague (`course_feedback.recommend`), by course. */
function feedbackRecommending(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: enrolments.courseId })
		.from(courseFeedback)
		.innerJoin(enrolments, eq(enrolments.id, courseFeedback.enrolmentId))
		.innerJoin(users, eq(users.id, enrolments.userId))
		.where(and(within(courseFeedback.answeredAt, month.start, month.end), eq(courseFeedback.recommend, true)))
		.groupBy(users.country, users.organisationId, enrolments.courseId)
		.all()
		.map((row) => learnerFact('feedback-recommending', month, row, { course: row.courseId }))
}

/** Follow-up surveys sent in the month (`follow_up_surveys.sent_at`), by the certificate's course. */
function followUpsSent(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: certificates.courseId })
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(within(followUpSurveys.sentAt, month.start, month.end))
		.groupBy(users.country, users.organisationId, certificates.courseId)
		.all()
		.map((row) => learnerFact('follow-ups-sent', month, row, { course: row.courseId }))
}

/**
 * Follow-ups answered in the month (`follow_up_surveys.answered_at`), by course. An answer always carries `applied`;
 * a row without one is not counted.
 */
function followUpsAnswered(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: certificates.courseId })
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(and(within(followUpSurveys.answeredAt, month.start, month.end), isNotNull(followUpSurveys.applied)))
		.groupBy(users.country, users.organisationId, certificates.courseId)
		.all()
		.map((row) => learnerFact('follow-ups-answered', month, row, { course: row.courseId }))
}

/** Of those, the ones that applied the course at work (an answer in `appliedAnswersCounted`), by course. */
function followUpsApplied(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, courseId: certificates.courseId })
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(
			and(
				within(followUpSurveys.answeredAt, month.start, month.end),
				inArray(followUpSurveys.applied, [...appliedAnswersCounted]),
			),
		)
		.groupBy(users.country, users.organisationId, certificates.courseId)
		.all()
		.map((row) => learnerFact('follow-ups-applied', month, row, { course: row.courseId }))
}

const knownWays = new Set<string>(applicationWays)

/**
 * Follow-ups answered in the month naming at least one way the officer applied the course (`follow_up_surveys.ways`),
 * by way. Grouped by the whole list, not by each way, so an answer naming three ways is one answer in the total and
 * one under each of its three ways. The form writes the list in `applicationWays` order, so equal choices group
 * together; a way Atlas no longer knows is left out.
 */
function followUpsWays(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learner, ways: followUpSurveys.ways })
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(
			and(
				within(followUpSurveys.answeredAt, month.start, month.end),
				sql`json_array_length(${followUpSurveys.ways}) > 0`,
			),
		)
		.groupBy(users.country, users.organisationId, followUpSurveys.ways)
		.all()
		.flatMap((row) => {
			const ways = (row.ways ?? []).filter((way) => knownWays.has(way))
			return ways.length ? [learnerFact('follow-ups-ways', month, row, { way: ways })] : []
		})
}

export const outcomeCounters: Record<OutcomeSeries, Counter> = {
	completions,
	'feedback-answers': feedbackAnswers,
	'feedback-useful': feedbackUseful,
	'feedback-recommending': feedbackRecommending,
	'follow-ups-sent': followUpsSent,
	'follow-ups-answered': followUpsAnswered,
	'follow-ups-applied': followUpsApplied,
	'follow-ups-ways': followUpsWays,
}
