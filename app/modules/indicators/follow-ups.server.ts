import { and, asc, desc, eq, gt, isNull, lte } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { certificates, followUpSurveys, users } from '#app/db/schema/index.ts'
import { sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { defaultLanguage, isLanguage, type Language } from '#app/platform/i18n.ts'
import { type JobHandler, type JobPayload, runDueJobs, scheduleJob } from '#app/platform/jobs.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type FollowUpAnswer } from './answers.ts'
import { followUpAfterDays } from './vocabulary.ts'

/**
 * The follow-up survey (behaviour): some three months after a certificate, its holder is asked whether and how they
 * applied the course at work. The survey row is made when the question is sent, so "sent" and "answered" are both
 * counted from it; the answer fills the row in.
 */

export const followUpSurveyKind = 'indicators-follow-up-survey'

const dayMs = 24 * 60 * 60 * 1000
/**
 * Certificates issued before follow-ups existed are asked too, since their holders' answers count as much; but only
 * those issued within this many months, because a year on the question is about a course too long ago to remember.
 */
const askedWithinMonths = 12
/** Each transaction asks at most this many holders, so a first run over a year of certificates never holds the writer long. */
const batchSize = 500

function askFrom(now: Date) {
	const oldest = new Date(now)
	oldest.setUTCMonth(oldest.getUTCMonth() - askedWithinMonths)
	return oldest
}

/** Marks one batch of due certificates as asked and queues each holder's email, in one transaction. */
function scheduleBatch(now: Date) {
	return writeTransaction((tx) => {
		const due = tx
			.select({ id: certificates.id })
			.from(certificates)
			.innerJoin(users, eq(users.id, certificates.userId))
			.leftJoin(followUpSurveys, eq(followUpSurveys.certificateId, certificates.id))
			.where(
				and(
					lte(certificates.issuedAt, new Date(now.getTime() - followUpAfterDays * dayMs)),
					gt(certificates.issuedAt, askFrom(now)),
					isNull(certificates.revokedAt),
					eq(users.status, 'active'),
					isNull(followUpSurveys.certificateId),
				),
			)
			.orderBy(asc(certificates.issuedAt))
			.limit(batchSize)
			.all()
		for (const { id } of due) {
			tx.insert(followUpSurveys).values({ certificateId: id, sentAt: now }).run()
			scheduleJob(tx, {
				kind: followUpSurveyKind,
				key: `${followUpSurveyKind}:${id}`,
				payload: { certificateId: id },
				runAt: now,
			})
		}
		return due.length
	})
}

/** Asks every holder whose follow-up is due and not yet asked; returns how many were asked. Running again asks nobody twice. */
export function scheduleDueFollowUps(now: Date) {
	let asked = 0
	for (;;) {
		const batch = scheduleBatch(now)
		asked += batch
		if (batch < batchSize) return asked
	}
}

/** Emails a holder, in their language, the link to their follow-up; not once they have answered or left. */
export async function sendFollowUpSurvey(payload: JobPayload, _now: Date, db: Db = getDb()) {
	const row = db
		.select({
			answeredAt: followUpSurveys.answeredAt,
			certificateName: certificates.certificateName,
			revokedAt: certificates.revokedAt,
			email: users.email,
			name: users.name,
			locale: users.locale,
			status: users.status,
		})
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(eq(followUpSurveys.certificateId, String(payload.certificateId)))
		.get()
	if (!row || row.answeredAt || row.revokedAt || row.status !== 'active') return
	const language = isLanguage(row.locale) ? row.locale : defaultLanguage
	await sendAccountEmail(row, {
		kind: 'follow-up-survey',
		link: `/${language}/certificates/follow-ups/${String(payload.certificateId)}`,
		title: row.certificateName,
	})
}

export const followUpJobHandlers: Record<string, JobHandler> = {
	[followUpSurveyKind]: (payload, now) => sendFollowUpSurvey(payload, now),
}

/**
 * Every certificate issued at least `followUpAfterDays` days before `now` (and within the last year), not revoked,
 * whose holder is active and who has not been asked, gets its survey and an email to the holder. The emails are jobs
 * queued with the survey rows, then sent at once; one that fails is retried by the job runner.
 */
export async function sendDueFollowUps(now: Date): Promise<{ asked: number }> {
	const asked = scheduleDueFollowUps(now)
	await runDueJobs(followUpJobHandlers, now)
	return { asked }
}

/** The follow-ups a person has been asked and not answered, latest first, for the notice on their pages. */
export function pendingFollowUps(userId: string, db: Db = getDb()) {
	return db
		.select({
			certificateId: certificates.id,
			certificateName: certificates.certificateName,
			language: certificates.language,
			sentAt: followUpSurveys.sentAt,
		})
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.where(and(eq(certificates.userId, userId), isNull(followUpSurveys.answeredAt)))
		.orderBy(desc(followUpSurveys.sentAt))
		.all()
		.map((row) => ({ ...row, sentAt: row.sentAt.toISOString() }))
}

/** A survey the person was asked about their own certificate; anyone else's, or one never sent, does not exist for them. */
function ownSurvey(userId: string, certificateId: string, db: Db) {
	return db
		.select({ survey: followUpSurveys, certificate: certificates })
		.from(followUpSurveys)
		.innerJoin(certificates, eq(certificates.id, followUpSurveys.certificateId))
		.where(and(eq(followUpSurveys.certificateId, certificateId), eq(certificates.userId, userId)))
		.get()
}

/** What the follow-up page shows the holder: the certificate it asks about, and whether it is already answered. */
export function followUpFormFor(userId: string, certificateId: string, db: Db = getDb()) {
	const own = ownSurvey(userId, certificateId, db)
	if (!own) return refuse('not-found')
	const { survey, certificate } = own
	return done({
		certificate: {
			name: certificate.certificateName,
			language: certificate.language,
			issuedAt: certificate.issuedAt.toISOString(),
		},
		answered: survey.answeredAt !== null,
	})
}

/** Stores the holder's answer with the language they answered in; a second answer is refused and the first kept. */
export function answerFollowUp(
	userId: string,
	certificateId: string,
	answer: FollowUpAnswer,
	language: Language,
	now: Date,
): Outcome<'not-found' | 'already-answered'> {
	return writeTransaction((tx) => {
		if (!ownSurvey(userId, certificateId, tx)) return refuse('not-found')
		const changed = tx
			.update(followUpSurveys)
			.set({ applied: answer.applied, ways: answer.ways, language, answeredAt: now })
			.where(and(eq(followUpSurveys.certificateId, certificateId), isNull(followUpSurveys.answeredAt)))
			.run().changes
		return changed ? done() : refuse('already-answered')
	})
}
