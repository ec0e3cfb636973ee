import { createHash, randomBytes } from 'node:crypto'
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding'
import { and, eq, inArray } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import {
	certificates,
	cohortTrainers,
	courseAuthors,
	courses,
	type enrolments,
	organisations,
	quizAttempts,
	users,
} from '#app/db/schema/index.ts'
import { type CourseDocument } from '#app/modules/courses/document.ts'
import { findRevision, type RevisionRow } from '#app/modules/courses/store.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { scheduleExpiryReminders } from './reminders.server.ts'
import { certificateToRenew } from './renewal.server.ts'
import { expiryDate } from './status.ts'

/**
 * What issuing reads of a completed enrolment. Named here from the table, not imported from the
 * courses area, because enrolment calls issuing: the dependency runs one way only.
 */
export type CompletedEnrolment = Pick<
	typeof enrolments.$inferSelect,
	'id' | 'userId' | 'courseId' | 'cohortId' | 'language'
>

/** 20 random bytes (160 bits), in base32 so it reads aloud and types without ambiguity. */
export function newVerificationCode() {
	return encodeBase32UpperCaseNoPadding(randomBytes(20))
}

/** Open Badges' identity hash: sha256 of the identifier with the salt appended. */
export function subjectHashOf(email: string, salt: string) {
	return `sha256$${createHash('sha256')
		.update(email.trim().toLowerCase() + salt)
		.digest('hex')}`
}

/** The mean of the best score of each required quiz, or null when the course has none. */
function courseScore(tx: Db, enrolmentId: string, document: CourseDocument) {
	const required = document.modules.flatMap((module) => (module.quiz?.required ? [module.quiz.id] : []))
	if (!required.length) return null
	const attempts = tx
		.select({ quizId: quizAttempts.quizId, score: quizAttempts.score })
		.from(quizAttempts)
		.where(and(eq(quizAttempts.enrolmentId, enrolmentId), inArray(quizAttempts.quizId, required)))
		.all()
	const best = required.map((quizId) =>
		Math.max(0, ...attempts.filter((attempt) => attempt.quizId === quizId).map((attempt) => attempt.score ?? 0)),
	)
	return Math.round(best.reduce((sum, score) => sum + score, 0) / best.length)
}

/**
 * Issues the certificate for a completed enrolment. Runs inside the transaction that
 * completed the course, so a completion never exists without its certificate. Every
 * field is copied as it is now: the holder's name, the course in the language it was
 * taken in, its competencies, the organisations and trainers behind it.
 *
 * A refresher course renews instead: when the learner holds a certificate of a course
 * that names this one as its refresher, and it is within its renewal window, the new
 * certificate is of that course, and the old one stays in the history, marked renewed.
 */
export function issueCertificate(tx: Db, enrolment: CompletedEnrolment, revision: RevisionRow, now: Date) {
	const existing = tx.select().from(certificates).where(eq(certificates.enrolmentId, enrolment.id)).get()
	if (existing) return existing
	const renewing = certificateToRenew(tx, enrolment.userId, enrolment.courseId, now)
	const renewedCourse = renewing ? tx.select().from(courses).where(eq(courses.id, renewing.courseId)).get() : undefined
	const renewedRevision = renewedCourse?.publishedRevisionId
		? findRevision(renewedCourse.publishedRevisionId, tx)
		: undefined
	const target =
		renewing && renewedRevision
			? { courseId: renewing.courseId, revision: renewedRevision }
			: { courseId: enrolment.courseId, revision }
	const document = target.revision.document
	const holder = tx
		.select({ name: users.name, email: users.email })
		.from(users)
		.where(eq(users.id, enrolment.userId))
		.get()!
	const course = tx
		.select({ organisationId: courses.organisationId })
		.from(courses)
		.where(eq(courses.id, target.courseId))
		.get()!
	const authors = tx
		.select({ name: users.name, organisationId: users.organisationId })
		.from(courseAuthors)
		.innerJoin(users, eq(users.id, courseAuthors.userId))
		.where(eq(courseAuthors.courseId, target.courseId))
		.all()
	const organisationIds = [...new Set([course.organisationId, ...authors.map((author) => author.organisationId)])]
	const issuers = tx
		.select({ id: organisations.id, name: organisations.name, country: organisations.country })
		.from(organisations)
		.where(inArray(organisations.id, organisationIds))
		.all()
	// In the language the learner just studied in, when the course has it.
	const { text, language } = textIn(document.texts, enrolment.language, document.sourceLanguage)
	// A cohort's trainers taught this learner; a self-paced course names its co-authors.
	const cohortTrainerNames = enrolment.cohortId
		? tx
				.select({ name: users.name })
				.from(cohortTrainers)
				.innerJoin(users, eq(users.id, cohortTrainers.userId))
				.where(eq(cohortTrainers.cohortId, enrolment.cohortId))
				.all()
				.map((trainer) => trainer.name)
		: []
	const salt = randomBytes(16).toString('hex')
	const certificate = tx
		.insert(certificates)
		.values({
			code: newVerificationCode(),
			userId: enrolment.userId,
			courseId: target.courseId,
			revisionId: target.revision.id,
			enrolmentId: enrolment.id,
			holderName: holder.name,
			subjectHash: subjectHashOf(holder.email, salt),
			subjectSalt: salt,
			courseTitle: text.title,
			courseSummary: text.summary,
			certificateName: text.certificate,
			courseRevision: target.revision.number,
			language,
			competencies: document.competencies,
			// The lead organisation first, then co-authors' organisations.
			issuers: organisationIds.flatMap((id) =>
				issuers.filter((issuer) => issuer.id === id).map(({ name, country }) => ({ name, country })),
			),
			trainers: (cohortTrainerNames.length ? cohortTrainerNames : authors.map((author) => author.name)).sort(),
			score: courseScore(tx, enrolment.id, revision.document),
			issuedAt: now,
			expiresAt: expiryDate(now, document.certificateValidityMonths),
		})
		.returning()
		.get()
	if (renewing) tx.update(certificates).set({ renewedBy: certificate.id }).where(eq(certificates.id, renewing.id)).run()
	scheduleExpiryReminders(tx, certificate)
	return certificate
}
