import { and, count, eq, gte, inArray, isNotNull, sql, type SQL } from 'drizzle-orm'
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

/**
 * Feedback at completion answered in the month (`course_feedback.answered_at`) that meets `condition` (every answer
 * when there is none), by course.
 */
const feedbackCounter =
	(series: OutcomeSeries, condition?: SQL): Counter =>
	(db, month) =>
		db
			.select({ ...learner, courseId: enrolments.courseId })
			.from(courseFeedback)
			.innerJoin(enrolments, eq(enrolments.id, courseFeedback.enrolmentId))
			.innerJoin(users, eq(users.id, enrolments.userId))
			.where(and(within(courseFeedback.answeredAt, month.start, month.end), condition))
			.groupBy(users.country, users.organisationId, enrolments.courseId)
			.all()
			.map((row) => learnerFact(series, month, row, { course: row.courseId }))

/**
 * Follow-up surveys sent or answered in the month (`when`) that meet `condition`, by the certificate's course. An
 * answer always carries `applied`; a row without one is not an answer.
 */
const followUpCounter =
	(series: OutcomeSeries, when: 'sent' | 'answered', condition?: SQL): Counter =>
	(db, month) =>
		db
			.select({ ...learner, courseId: certificates.courseId })
			.from(followUpSurveys)
			.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
			.innerJoin(users, eq(users.id, certificates.userId))
			.where(
				and(
					within(when === 'sent' ? followUpSurveys.sentAt : followUpSurveys.answeredAt, month.start, month.end),
					condition,
				),
			)
			.groupBy(users.country, users.organisationId, certificates.courseId)
			.all()
			.map((row) => learnerFact(series, month, row, { course: row.courseId }))

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
	'feedback-answers': feedbackCounter('feedback-answers'),
	// Found the course useful: usefulness `usefulFrom` or more.
	'feedback-useful': feedbackCounter('feedback-useful', gte(courseFeedback.usefulness, usefulFrom)),
	// Would recommend the course to a colleague.
	'feedback-recommending': feedbackCounter('feedback-recommending', eq(courseFeedback.recommend, true)),
	'follow-ups-sent': followUpCounter('follow-ups-sent', 'sent'),
	'follow-ups-answered': followUpCounter('follow-ups-answered', 'answered', isNotNull(followUpSurveys.applied)),
	// Applied the course at work: an answer in `appliedAnswersCounted`.
	'follow-ups-applied': followUpCounter(
		'follow-ups-applied',
		'answered',
		inArray(followUpSurveys.applied, [...appliedAnswersCounted]),
	),
	'follow-ups-ways': followUpsWays,
}
