import { and, count, eq, gt, gte, inArray, isNull, lt, lte, or, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { type Db } from '#app/db/client.server.ts'
import { certificates, cohorts, enrolments, organisations, users } from '#app/db/schema/index.ts'
import { type Fact } from '../facts.ts'
import { expiringWithinDays } from '../vocabulary.ts'
import { type CountedMonth, type Counter } from './counter.ts'
import { happenedBy, learnerFact, within } from './learners.server.ts'

const dayMs = 24 * 60 * 60 * 1000
const successor = alias(certificates, 'successor')

type TrainingSeries =
	| 'enrolments'
	| 'certificates-issued'
	| 'certificates-valid'
	| 'certificates-expiring'
	| 'certificates-expired'
	| 'joint-cohorts'

/** The learner's breakdowns: gender is self-declared and optional, so an unanswered one counts as "not stated". */
const learnerColumns = {
	country: users.country,
	organisationId: users.organisationId,
	organisationType: organisations.type,
	gender: users.gender,
	count: count(),
}
const learnerBy = (row: { organisationType: string; gender: string | null }, courseId: string) => ({
	course: courseId,
	'organisation-type': row.organisationType,
	gender: row.gender ?? 'not-stated',
})

/**
 * Enrolments begun in the month (`enrolments.created_at`), one per learner and course (the table's unique index);
 * placed in the learner's country (`users.country`) and organisation, by course, organisation type and gender.
 */
function enrolmentsBegun(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learnerColumns, courseId: enrolments.courseId })
		.from(enrolments)
		.innerJoin(users, eq(users.id, enrolments.userId))
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(within(enrolments.enrolledAt, month.start, month.end))
		.groupBy(users.country, users.organisationId, organisations.type, users.gender, enrolments.courseId)
		.all()
		.map((row) => learnerFact('enrolments', month, row, learnerBy(row, row.courseId)))
}

/**
 * Certificates issued in the month (`certificates.issued_at`), renewals included; placed in the holder's country and
 * organisation, by course, organisation type and gender.
 */
function certificatesIssued(db: Db, month: CountedMonth): Fact[] {
	return db
		.select({ ...learnerColumns, courseId: certificates.courseId })
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(within(certificates.issuedAt, month.start, month.end))
		.groupBy(users.country, users.organisationId, organisations.type, users.gender, certificates.courseId)
		.all()
		.map((row) => learnerFact('certificates-issued', month, row, learnerBy(row, row.courseId)))
}

/**
 * Certificates standing at `asOf` that meet `condition`, by course, in the holder's country and organisation.
 * Standing: issued before `asOf`, not revoked before it (a revocation at `asOf` belongs to the next month, as an
 * issue at `asOf` does), and not yet renewed: a certificate whose renewal was issued before `asOf` lives on in the
 * renewal, which is counted instead, so a renewed officer neither looks lapsed nor counts twice. Renewal is read
 * from the successor's own issue date, so a past month is recounted as it stood then.
 */
function standingCertificates(
	db: Db,
	month: CountedMonth,
	series: 'certificates-valid' | 'certificates-expiring' | 'certificates-expired',
	condition: SQL,
): Fact[] {
	const { asOf } = month
	return db
		.select({
			country: users.country,
			organisationId: users.organisationId,
			courseId: certificates.courseId,
			count: count(),
		})
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.leftJoin(successor, eq(successor.id, certificates.renewedBy))
		.where(
			and(
				lt(certificates.issuedAt, asOf),
				or(isNull(certificates.revokedAt), gte(certificates.revokedAt, asOf)),
				or(isNull(successor.id), gte(successor.issuedAt, asOf)),
				condition,
			),
		)
		.groupBy(users.country, users.organisationId, certificates.courseId)
		.all()
		.map((row) => learnerFact(series, month, row, { course: row.courseId }))
}

/** Valid at `asOf`: standing with no expiry or one after `asOf` (those expiring soon included). */
const certificatesValid: Counter = (db, month) =>
	standingCertificates(
		db,
		month,
		'certificates-valid',
		or(isNull(certificates.expiresAt), gt(certificates.expiresAt, month.asOf))!,
	)

/** Expiring at `asOf`: valid, and expiring within `expiringWithinDays` of it. */
const certificatesExpiring: Counter = (db, month) =>
	standingCertificates(
		db,
		month,
		'certificates-expiring',
		and(
			gt(certificates.expiresAt, month.asOf),
			lte(certificates.expiresAt, new Date(month.asOf.getTime() + expiringWithinDays * dayMs)),
		)!,
	)

/** Expired at `asOf`: standing but for its expiry, which fell at or before `asOf` (and not renewed by then). */
const certificatesExpired: Counter = (db, month) =>
	standingCertificates(db, month, 'certificates-expired', lte(certificates.expiresAt, month.asOf))

/** Every pair of the countries, each written 'AA-BB' in alphabetical order. */
export function countryPairs(countries: readonly string[]) {
	const sorted = [...countries].sort()
	return sorted.flatMap((first, index) => sorted.slice(index + 1).map((second) => `${first}-${second}`))
}

/**
 * Joint cohorts: cohorts that began in the month (`cohorts.starts_on`, once begun while the month runs) whose
 * enrolled learners (`enrolments.cohort_id`) come from two or more countries (`users.country`). The cohort counts
 * once in each of those countries (and once in a region or the world they share), and under each country pair.
 */
function jointCohorts(db: Db, month: CountedMonth): Fact[] {
	// The month's few cohorts first, then their enrolments through `enrolments_cohort`, never a scan of enrolments.
	const begun = db
		.select({ id: cohorts.id })
		.from(cohorts)
		.where(within(cohorts.startsOn, month.start, happenedBy(month)))
	const rows = db
		.selectDistinct({ cohortId: enrolments.cohortId, country: users.country })
		.from(enrolments)
		.innerJoin(users, eq(users.id, enrolments.userId))
		.where(inArray(enrolments.cohortId, begun))
		.all()
	const countriesOf = new Map<string, string[]>()
	for (const { cohortId, country } of rows)
		if (cohortId) countriesOf.set(cohortId, [...(countriesOf.get(cohortId) ?? []), country])
	return [...countriesOf.values()]
		.filter((countries) => countries.length >= 2)
		.map((countries) => ({
			series: 'joint-cohorts',
			month: month.month,
			countries: [...countries].sort(),
			by: { 'country-pair': countryPairs(countries) },
		}))
}

export const trainingCounters: Record<TrainingSeries, Counter> = {
	enrolments: enrolmentsBegun,
	'certificates-issued': certificatesIssued,
	'certificates-valid': certificatesValid,
	'certificates-expiring': certificatesExpiring,
	'certificates-expired': certificatesExpired,
	'joint-cohorts': jointCohorts,
}
