import { and, asc, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { type Db, getDb } from '#app/db/client.server.ts'
import { certificates, courseRevisions, courses } from '#app/db/schema/index.ts'
import { renewalWindowDays } from './renewal.server.ts'

const dayMs = 24 * 60 * 60 * 1000
const refresher = alias(courses, 'refresher')

/**
 * A holder's certificates that expire within the renewal window (revoked and already renewed ones need nothing),
 * soonest first, each with the published refresher course that renews it when its course names one. Read through
 * the holder's own certificates (`certificates_user`), at most `limit` of them.
 */
export function certificatesExpiringSoon(userId: string, limit: number, now = new Date(), db: Db = getDb()) {
	return db
		.select({
			code: certificates.code,
			certificateName: certificates.certificateName,
			language: certificates.language,
			expiresAt: certificates.expiresAt,
			refresherSlug: refresher.slug,
		})
		.from(certificates)
		.innerJoin(courses, eq(courses.id, certificates.courseId))
		.leftJoin(courseRevisions, eq(courseRevisions.id, courses.publishedRevisionId))
		.leftJoin(
			refresher,
			and(
				eq(refresher.slug, sql`json_extract(${courseRevisions.document}, '$.refresherCourse')`),
				isNotNull(refresher.publishedRevisionId),
			),
		)
		.where(
			and(
				eq(certificates.userId, userId),
				isNull(certificates.revokedAt),
				isNull(certificates.renewedBy),
				gt(certificates.expiresAt, now),
				lte(certificates.expiresAt, new Date(now.getTime() + renewalWindowDays * dayMs)),
			),
		)
		.orderBy(asc(certificates.expiresAt))
		.limit(limit)
		.all()
		.map((row) => ({ ...row, expiresAt: row.expiresAt!.toISOString() }))
}
