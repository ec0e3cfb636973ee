import { and, asc, count, eq, gt, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { certificates, users } from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { done, refuse } from '#app/platform/outcome.ts'
import { type Actor, can, hasRole } from '#app/platform/permissions.ts'
import { certificateStatus } from './status.ts'

export const oversightPageSize = 50
const dayMs = 24 * 60 * 60 * 1000

export type OversightFilters = {
	expiringWithin?: number
	expired: boolean
	courseId?: string
	country?: string
	page: number
}

/** Reads the filter form; unknown values are dropped. */
export function parseOversightFilters(params: URLSearchParams): OversightFilters {
	const within = Number(params.get('expiringWithin'))
	const courseId = params.get('course') ?? ''
	return {
		expiringWithin: Number.isInteger(within) && within > 0 && within <= 3650 ? within : undefined,
		expired: params.get('expired') === 'on',
		courseId: /^[0-9a-f-]{36}$/.test(courseId) ? courseId : undefined,
		country: oneOf(countryCodes, params.get('country')),
		page: pageNumber(params.get('page')),
	}
}

function conditions(actor: Actor, filters: OversightFilters, now: Date): SQL[] {
	const list: (SQL | undefined)[] = [
		// Organisation admins see their own members only; platform admins everyone.
		hasRole(actor, 'platform_admin') ? undefined : eq(users.organisationId, actor.organisationId),
		filters.courseId ? eq(certificates.courseId, filters.courseId) : undefined,
		// A renewed certificate lives on in its successor; listing it would make a renewed officer look lapsed.
		isNull(certificates.renewedBy),
		filters.country ? eq(users.country, filters.country) : undefined,
	]
	const window = filters.expiringWithin
		? and(
				isNull(certificates.revokedAt),
				gt(certificates.expiresAt, now),
				lte(certificates.expiresAt, new Date(now.getTime() + filters.expiringWithin * dayMs)),
			)
		: undefined
	const expired = filters.expired
		? and(isNull(certificates.revokedAt), isNotNull(certificates.expiresAt), lte(certificates.expiresAt, now))
		: undefined
	if (window && expired) list.push(or(window, expired))
	else list.push(window ?? expired)
	return list.filter((condition): condition is SQL => Boolean(condition))
}

/** Members' certificates for an organisation admin (their organisation) or a platform admin (all). */
export function overseenCertificates(
	actor: Actor,
	filters: OversightFilters,
	options: { all?: boolean } = {},
	now = new Date(),
	db: Db = getDb(),
) {
	if (!can(actor, 'certificates:oversee')) return refuse('forbidden')
	const where = and(...conditions(actor, filters, now))
	const total =
		db.select({ n: count() }).from(certificates).innerJoin(users, eq(users.id, certificates.userId)).where(where).get()
			?.n ?? 0
	const query = db
		.select({ certificate: certificates, country: users.country })
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(where)
		.orderBy(asc(certificates.expiresAt), asc(certificates.holderName))
	const rows = options.all
		? query.limit(10_000).all()
		: query
				.limit(oversightPageSize)
				.offset((filters.page - 1) * oversightPageSize)
				.all()
	const expiringDays = getEnv().CERTIFICATE_EXPIRING_DAYS
	return done({
		total,
		certificates: rows.map(({ certificate, country }) => ({
			code: certificate.code,
			holderName: certificate.holderName,
			country,
			courseId: certificate.courseId,
			courseTitle: certificate.courseTitle,
			issuedAt: certificate.issuedAt.toISOString(),
			expiresAt: certificate.expiresAt?.toISOString() ?? null,
			status: certificateStatus(certificate, now, expiringDays),
		})),
	})
}

/** The courses the visible certificates come from, for the filter. */
export function overseenCourses(actor: Actor, db: Db = getDb()) {
	return db
		.select({ id: certificates.courseId, title: sql<string>`min(${certificates.courseTitle})` })
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.where(hasRole(actor, 'platform_admin') ? undefined : eq(users.organisationId, actor.organisationId))
		.groupBy(certificates.courseId)
		.all()
}
