import { and, eq, gt, type SQL } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { organisations, programmeMonthlyCounts, programmes } from '#app/db/schema/index.ts'
import { listedConditions } from '#app/modules/programmes/catalogue.server.ts'
import { type SeriesId } from '../vocabulary.ts'
import { type Counter } from './counter.ts'

/** Programmes of the organisations these conditions keep, one fact each in the programme's country. */
function programmesWhere(db: Db, series: SeriesId, month: string, conditions: SQL[]) {
	return db
		.select({ country: programmes.country })
		.from(programmes)
		.innerJoin(organisations, eq(organisations.id, programmes.organisationId))
		.where(and(...conditions))
		.all()
		.map((row) => ({ series, month, countries: [row.country] }))
}

/**
 * programme-listings (stock, snapshot): `programmes` held by a vetted (approved) provider, as they are now, in the
 * programme's country. The catalogue shows only those verified within the last 12 months, so this counts the
 * listings providers keep, lapsed or not: counting only the shown ones would make the verified share always 100%.
 */
const programmeListings: Counter = (db, { month }) =>
	programmesWhere(db, 'programme-listings', month, [eq(organisations.status, 'approved')])

/**
 * programme-listings-verified (stock, snapshot): of those, the ones verified within the last 12 months before `asOf`,
 * by the catalogue's own rule (`listedConditions`): exactly the programmes the public catalogue shows.
 */
const programmeListingsVerified: Counter = (db, { month, asOf }) =>
	programmesWhere(db, 'programme-listings-verified', month, listedConditions(programmes, asOf))

/**
 * programme-views and interest-requests (flow): survivor-side data, only ever as the monthly counts per programme the
 * programmes area keeps (`programme_monthly_counts`); never the requests themselves. In the programme's country,
 * by programme.
 */
function monthlyCount(series: 'programme-views' | 'interest-requests', column: 'views' | 'interests'): Counter {
	return (db, { month }) =>
		db
			.select({
				programmeId: programmeMonthlyCounts.programmeId,
				country: programmes.country,
				amount: programmeMonthlyCounts[column],
			})
			.from(programmeMonthlyCounts)
			.innerJoin(programmes, eq(programmes.id, programmeMonthlyCounts.programmeId))
			.where(and(eq(programmeMonthlyCounts.month, month), gt(programmeMonthlyCounts[column], 0)))
			.all()
			.map((row) => ({
				series,
				month,
				countries: [row.country],
				by: { programme: row.programmeId },
				amount: row.amount,
			}))
}

export const programmeCounters: Record<
	'programme-listings' | 'programme-listings-verified' | 'programme-views' | 'interest-requests',
	Counter
> = {
	'programme-listings': programmeListings,
	'programme-listings-verified': programmeListingsVerified,
	'programme-views': monthlyCount('programme-views', 'views'),
	'interest-requests': monthlyCount('interest-requests', 'interests'),
}
