import { and, eq, gte, type SQL, sql } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import {
	focalPoints,
	organisations,
	partnershipCommitments,
	partnershipPartners,
	partnerships,
} from '#app/db/schema/index.ts'
import { staleBefore } from '#app/modules/network/focal-point.ts'
import { type SeriesId } from '../vocabulary.ts'
import { type Counter } from './counter.ts'

/** Focal points of approved organisations (those the directory lists), kept by these conditions. */
function focalPointsWhere(db: Db, series: SeriesId, month: string, condition?: SQL) {
	return db
		.select({
			organisationId: focalPoints.organisationId,
			countries: focalPoints.countries,
			organisationCountry: organisations.country,
		})
		.from(focalPoints)
		.innerJoin(organisations, eq(organisations.id, focalPoints.organisationId))
		.where(and(eq(organisations.status, 'approved'), condition))
		.all()
		.map((row) => ({
			series,
			month,
			countries: row.countries.length ? row.countries : [row.organisationCountry],
			organisationId: row.organisationId,
		}))
}

/**
 * focal-points (stock, snapshot): `focal_points` of approved organisations as they are now, once in each country it
 * is the contact for (its organisation's country when it names none), counted for its organisation.
 */
const focalPointsNow: Counter = (db, { month }) => focalPointsWhere(db, 'focal-points', month)

/**
 * focal-points-confirmed (stock, snapshot): of those, the ones confirmed within the network's own year
 * (`staleBefore`: 365 days) before `asOf`, so the share agrees with the directory's "may be out of date" marks.
 */
const focalPointsConfirmed: Counter = (db, { month, asOf }) =>
	focalPointsWhere(db, 'focal-points-confirmed', month, gte(focalPoints.confirmedAt, staleBefore(asOf)))

/**
 * partnerships (stock, snapshot): `partnerships` whose status is now "active", in each of its countries. One fact
 * per partnership, belonging to all its partners (`partnership_partners`): each partner's row counts the
 * partnerships it is part of, and the world and each place count a partnership once.
 */
const activePartnerships: Counter = (db, { month }) =>
	db
		.select({
			countries: partnerships.countries,
			partners: sql<string>`json_group_array(${partnershipPartners.organisationId})`,
		})
		.from(partnerships)
		.leftJoin(partnershipPartners, eq(partnershipPartners.partnershipId, partnerships.id))
		.where(eq(partnerships.status, 'active'))
		.groupBy(partnerships.id)
		.all()
		.map((row) => ({
			series: 'partnerships' as const,
			month,
			countries: row.countries,
			// A partnership without partners still counts in the world; its one "partner" is then null.
			organisationIds: (JSON.parse(row.partners) as (string | null)[]).filter((id) => id !== null),
		}))

/**
 * commitments and commitments-met (stock, snapshot): `partnership_commitments` of partnerships now active (and of
 * those, the ones marked met), in the partnership's countries, counted for the partner that committed.
 */
function commitmentsWhere(series: 'commitments' | 'commitments-met', condition?: SQL): Counter {
	return (db, { month }) =>
		db
			.select({ organisationId: partnershipCommitments.organisationId, countries: partnerships.countries })
			.from(partnershipCommitments)
			.innerJoin(partnerships, eq(partnerships.id, partnershipCommitments.partnershipId))
			.where(and(eq(partnerships.status, 'active'), condition))
			.all()
			.map((row) => ({ series, month, countries: row.countries, organisationId: row.organisationId }))
}

export const cooperationCounters: Record<
	'focal-points' | 'focal-points-confirmed' | 'partnerships' | 'commitments' | 'commitments-met',
	Counter
> = {
	'focal-points': focalPointsNow,
	'focal-points-confirmed': focalPointsConfirmed,
	partnerships: activePartnerships,
	commitments: commitmentsWhere('commitments'),
	'commitments-met': commitmentsWhere('commitments-met', eq(partnershipCommitments.met, true)),
}
