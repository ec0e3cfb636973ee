import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { certificates, courses, enrolments } from '#app/db/schema/index.ts'
import { courseCard } from '#app/modules/courses/catalogue.server.ts'
import { findRevision } from '#app/modules/courses/store.server.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can, hasRole } from '#app/platform/permissions.ts'
import { certificateStatus } from './status.ts'
import { verificationCodePattern } from './verification-code.ts'
import { type RevocationCategory } from './vocabulary.ts'

export type CertificateRow = typeof certificates.$inferSelect

export function findCertificate(code: string, db: Db = getDb()) {
	const normalised = code.trim().toUpperCase()
	if (!verificationCodePattern.test(normalised)) return undefined
	return db.select().from(certificates).where(eq(certificates.code, normalised)).get()
}

/** A certificate as its holder (or a platform admin) may print it; for anyone else it does not exist. */
export function holderCertificate(actor: Actor, code: string, db: Db = getDb()) {
	const row = findCertificate(code, db)
	return row && (row.userId === actor.id || hasRole(actor, 'platform_admin')) ? row : undefined
}

/** The address anyone can open to check a certificate; printed and put in the QR code. */
export function verificationUrl(code: string, language: Language) {
	return `${getEnv().PUBLIC_URL}/${language}/verify/${code}`
}

/**
 * Every field of a certificate a verifier compares, with its status today. A revocation shows its category only:
 * the administrator's note is for administrators (`revokedReason` on the row).
 */
export function describeCertificate(row: CertificateRow, now = new Date()) {
	return {
		code: row.code,
		holderName: row.holderName,
		courseTitle: row.courseTitle,
		certificateName: row.certificateName,
		courseRevision: row.courseRevision,
		language: row.language,
		competencies: row.competencies,
		issuers: row.issuers,
		trainers: row.trainers,
		score: row.score,
		issuedAt: row.issuedAt.toISOString(),
		expiresAt: row.expiresAt?.toISOString() ?? null,
		status: certificateStatus(row, now, getEnv().CERTIFICATE_EXPIRING_DAYS),
		revokedAt: row.revokedAt?.toISOString() ?? null,
		revocationCategory: row.revokedAt ? (row.revokedCategory ?? 'other') : null,
		renewed: Boolean(row.renewedBy),
	}
}

export type CertificateView = ReturnType<typeof describeCertificate>

export function certificatesOf(userId: string, now = new Date(), db: Db = getDb()) {
	return db
		.select()
		.from(certificates)
		.where(eq(certificates.userId, userId))
		.orderBy(desc(certificates.issuedAt))
		.all()
		.map((row) => describeCertificate(row, now))
}

/** Every course a person enrolled in, with dates, score and where its certificate stands. */
export function transcriptOf(userId: string, language: Language, now = new Date(), db: Db = getDb()) {
	const rows = db
		.select({ enrolment: enrolments, slug: courses.slug, certificate: certificates })
		.from(enrolments)
		.innerJoin(courses, eq(courses.id, enrolments.courseId))
		.leftJoin(certificates, eq(certificates.enrolmentId, enrolments.id))
		.where(eq(enrolments.userId, userId))
		.orderBy(desc(enrolments.enrolledAt))
		.all()
	return rows.flatMap(({ enrolment, slug, certificate }) => {
		const revision = findRevision(enrolment.revisionId, db)
		if (!revision) return []
		const card = courseCard(slug, revision, enrolment.language)
		return [
			{
				slug,
				title: card.title,
				shownIn: card.shownIn,
				enrolledAt: enrolment.enrolledAt.toISOString(),
				completedAt: enrolment.completedAt?.toISOString() ?? null,
				score: certificate?.score ?? null,
				certificate: certificate
					? {
							code: certificate.code,
							status: certificateStatus(certificate, now, getEnv().CERTIFICATE_EXPIRING_DAYS),
							expiresAt: certificate.expiresAt?.toISOString() ?? null,
						}
					: null,
			},
		]
	})
}

export type Revocation = { category: RevocationCategory; note?: string }

/**
 * A platform admin revokes a certificate with a category, published, and an optional note, kept for administrators;
 * the audit log records who and both. A code that matches nothing is the typed code's fault (`unknown-code`), not a
 * missing page.
 */
export function revokeCertificate(
	actor: Actor,
	code: string,
	revocation: Revocation,
	now = new Date(),
): Outcome<'forbidden' | 'unknown-code' | 'already-revoked'> {
	const { category, note } = revocation
	if (!can(actor, 'certificates:revoke')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const certificate = findCertificate(code, tx)
		if (!certificate) return refuse('unknown-code')
		const changed = tx
			.update(certificates)
			.set({ revokedAt: now, revokedCategory: category, revokedReason: note ?? null, revokedBy: actor.id })
			.where(and(eq(certificates.id, certificate.id), isNull(certificates.revokedAt)))
			.run().changes
		if (!changed) return refuse('already-revoked')
		recordAudit(
			{
				event: 'certificate-revoked',
				actorUserId: actor.id,
				subjectUserId: certificate.userId,
				details: { code: certificate.code, category, ...(note ? { reason: note } : {}) },
			},
			tx,
		)
		return done()
	})
}

/** What the revocation list publishes: the credential id and the category of its revocation, never the note. */
export function revokedCredentials(db: Db = getDb()) {
	return db
		.select({ id: certificates.id, category: certificates.revokedCategory, revokedAt: certificates.revokedAt })
		.from(certificates)
		.where(isNotNull(certificates.revokedAt))
		.all()
		.map((row) => ({
			id: `urn:uuid:${row.id}`,
			revocationReason: row.category ?? 'other',
			revokedAt: row.revokedAt!.toISOString(),
		}))
}
