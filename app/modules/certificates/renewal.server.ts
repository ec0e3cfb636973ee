import { and, desc, eq, isNull } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { certificates, courseRevisions, courses } from '#app/db/schema/index.ts'

/** Renewal opens this many days before a certificate expires. */
export const renewalWindowDays = 90
const dayMs = 24 * 60 * 60 * 1000

/**
 * The certificate a completed refresher course renews: the holder's latest certificate of
 * a course that names this one as its refresher, not revoked, not already renewed, and
 * inside its renewal window (or already expired).
 */
export function certificateToRenew(tx: Db, userId: string, refresherCourseId: string, now: Date) {
	const refresher = tx.select({ slug: courses.slug }).from(courses).where(eq(courses.id, refresherCourseId)).get()
	if (!refresher) return undefined
	const held = tx
		.select({ certificate: certificates, document: courseRevisions.document })
		.from(certificates)
		.innerJoin(courses, eq(courses.id, certificates.courseId))
		.innerJoin(courseRevisions, eq(courseRevisions.id, courses.publishedRevisionId))
		.where(and(eq(certificates.userId, userId), isNull(certificates.revokedAt), isNull(certificates.renewedBy)))
		.orderBy(desc(certificates.issuedAt))
		.all()
	return held.find(
		({ certificate, document }) =>
			document.refresherCourse === refresher.slug &&
			certificate.expiresAt !== null &&
			certificate.expiresAt.getTime() - renewalWindowDays * dayMs <= now.getTime(),
	)?.certificate
}
