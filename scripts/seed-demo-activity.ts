import { randomBytes } from 'node:crypto'
import { and, eq, inArray, like, lte, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	cohorts,
	cohortTrainers,
	courseFeedback,
	courses,
	enrolments,
	followUpSurveys,
	jobs,
	organisations,
	quizAttempts,
	userRoles,
	users,
} from '#app/db/schema/index.ts'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import { issueCertificate } from '#app/modules/certificates/issue.server.ts'
import { expiryReminderKind, reminderDays } from '#app/modules/certificates/reminders.server.ts'
import { learningLanguage } from '#app/modules/courses/enrolment.server.ts'
import { drawPaper } from '#app/modules/courses/paper.ts'
import { findRevision, type RevisionRow } from '#app/modules/courses/store.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import {
	learnerEmail,
	learnerName,
	planDemoActivity,
	type PlannedCohort,
	type PlannedEnrolment,
	type PlannedLearner,
	sampleCourses,
	sampleOrganisationNames,
	seededRandom,
} from './demo-activity-plan.ts'

/**
 * Sample learning activity for the demo, so its indicators show real-looking figures: fictional learners of the
 * sample network, their enrolments in the sample courses over the last 18 months, the certificates issued as
 * completion issues them, course feedback, follow-up surveys and two past joint cohorts. Nothing is about a real
 * person: every name says "Sample", every address ends in @atlas.example. Does nothing once its learners exist.
 */

type Counts = { learners: number; enrolments: number; certificates: number; feedback: number; followUps: number }
type SampleCourseRow = { id: string; revision: RevisionRow }

const learnersExist = (db: Db) =>
	Boolean(db.select({ id: users.id }).from(users).where(like(users.email, 'sample.learner%@atlas.example')).get())

function createCohorts(tx: Db, planned: PlannedCohort[], course: SampleCourseRow | undefined) {
	if (!course) return []
	const trainer = tx.select({ id: users.id }).from(users).where(eq(users.email, 'trainer@atlas.example')).get()
	return planned.map((cohort) => {
		const { id } = tx
			.insert(cohorts)
			.values({ ...cohort, courseId: course.id, capacity: 30, createdBy: trainer?.id ?? null })
			.returning({ id: cohorts.id })
			.get()
		if (trainer) tx.insert(cohortTrainers).values({ cohortId: id, userId: trainer.id }).run()
		return id
	})
}

function createLearner(tx: Db, learner: PlannedLearner, organisationId: string, passwordHash: string) {
	const { id } = tx
		.insert(users)
		.values({
			email: learnerEmail(learner.number),
			name: learnerName(learner.number),
			passwordHash,
			country: learner.country,
			organisationId,
			requestedRole: 'officer',
			status: 'active',
			emailConfirmedAt: learner.createdAt,
			locale: learner.locale,
			createdAt: learner.createdAt,
			decidedAt: learner.createdAt,
			gender: learner.gender,
		})
		.returning({ id: users.id })
		.get()
	tx.insert(userRoles).values({ userId: id, role: 'officer' }).run()
	return id
}

/**
 * The passed attempt at each required quiz, which completion asked for and from which issuing takes the score. Its
 * paper is drawn as a real attempt's is; the answers themselves are not kept, as nobody will review them.
 */
function passQuizzes(
	tx: Db,
	enrolment: { id: string; language: Language },
	course: SampleCourseRow,
	planned: PlannedEnrolment,
	random: () => number,
) {
	const { document } = course.revision
	for (const quiz of document.modules.flatMap((module) => (module.quiz?.required ? [module.quiz] : []))) {
		tx.insert(quizAttempts)
			.values({
				enrolmentId: enrolment.id,
				quizId: quiz.id,
				paper: drawPaper(quiz, document.questions, random),
				language: enrolment.language,
				responses: null,
				score: Math.max(planned.quizScore ?? 100, quiz.passMark),
				passed: true,
				startedAt: new Date(planned.completedAt!.getTime() - 20 * 60 * 1000),
				submittedAt: planned.completedAt,
			})
			.run()
	}
}

/** One enrolment as the learner lived it; a completed one is certified by the real issuing, dated at completion. */
function enrol(
	tx: Db,
	userId: string,
	learner: PlannedLearner,
	planned: PlannedEnrolment,
	course: SampleCourseRow,
	cohortId: string | null,
	counts: Counts,
	random: () => number,
) {
	const enrolment = tx
		.insert(enrolments)
		.values({
			userId,
			courseId: course.id,
			revisionId: course.revision.id,
			cohortId,
			language: learningLanguage(course.revision.document, learner.locale),
			enrolledAt: planned.enrolledAt,
			lastActivityAt: planned.completedAt ?? planned.enrolledAt,
			completedAt: planned.completedAt,
		})
		.returning()
		.get()
	counts.enrolments++
	if (!planned.completedAt) return undefined
	passQuizzes(tx, enrolment, course, planned, random)
	const certificate = issueCertificate(tx, enrolment, course.revision, planned.completedAt)
	counts.certificates++
	if (planned.feedback) {
		tx.insert(courseFeedback)
			.values({ enrolmentId: enrolment.id, ...planned.feedback, language: learner.locale })
			.run()
		counts.feedback++
	}
	if (planned.followUp) {
		const { sentAt, answer } = planned.followUp
		tx.insert(followUpSurveys)
			.values({ certificateId: certificate.id, sentAt, ...(answer ? { ...answer, language: learner.locale } : {}) })
			.run()
		counts.followUps++
	}
	return certificate.expiresAt ? certificate.id : undefined
}

/**
 * Issuing schedules each certificate's expiry reminders; those whose day has passed would all be emailed at the
 * demo's first start, so they are recorded as sent on their day, as they would have been.
 */
function markPastRemindersSent(tx: Db, certificateIds: string[], now: Date) {
	const keys = certificateIds.flatMap((id) => reminderDays.map((days) => `${expiryReminderKind}:${id}:${days}`))
	for (let start = 0; start < keys.length; start += 500) {
		tx.update(jobs)
			.set({ status: 'done', doneAt: sql`${jobs.runAt}` })
			.where(and(inArray(jobs.key, keys.slice(start, start + 500)), lte(jobs.runAt, now)))
			.run()
	}
}

export async function seedDemoActivity(now = new Date()): Promise<Counts> {
	const counts: Counts = { learners: 0, enrolments: 0, certificates: 0, feedback: 0, followUps: 0 }
	if (learnersExist(getDb())) return counts
	// The hash of a random secret that is thrown away: no password opens these accounts.
	const passwordHash = await hashPassword(randomBytes(32).toString('base64url'))
	const plan = planDemoActivity(now)
	return writeTransaction((tx) => {
		if (learnersExist(tx)) return counts
		const organisationIds = new Map(
			tx
				.select({ id: organisations.id, name: organisations.name })
				.from(organisations)
				.where(inArray(organisations.name, sampleOrganisationNames))
				.all()
				.map((row) => [row.name, row.id]),
		)
		const courseRows = new Map<string, SampleCourseRow>()
		for (const course of tx
			.select({ id: courses.id, slug: courses.slug, revisionId: courses.publishedRevisionId })
			.from(courses)
			.where(and(eq(courses.isSample, true), inArray(courses.slug, [...sampleCourses])))
			.all()) {
			const revision = course.revisionId ? findRevision(course.revisionId, tx) : undefined
			if (revision) courseRows.set(course.slug, { id: course.id, revision })
		}
		const cohortIds = createCohorts(tx, plan.cohorts, courseRows.get('victim-centred-interviewing'))
		// The quiz papers' draws, seeded too, so every fresh demo holds the same rows.
		const random = seededRandom(0x9a9e45)
		const expiring: string[] = []
		for (const learner of plan.learners) {
			const organisationId = organisationIds.get(learner.organisation)
			// Missing only if the sample network's content changed; its learners are left out rather than misplaced.
			if (!organisationId) continue
			const userId = createLearner(tx, learner, organisationId, passwordHash)
			counts.learners++
			for (const planned of learner.enrolments) {
				const course = courseRows.get(planned.course)
				const cohortId = planned.cohort === null ? null : cohortIds[planned.cohort]
				if (!course || cohortId === undefined) continue
				const certificateId = enrol(tx, userId, learner, planned, course, cohortId, counts, random)
				if (certificateId) expiring.push(certificateId)
			}
		}
		markPastRemindersSent(tx, expiring, now)
		return counts
	})
}
