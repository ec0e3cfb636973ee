import { and, eq, gte, inArray, lte, min, or, type SQL } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { indicatorCounts, indicatorRollups, organisations } from '#app/db/schema/index.ts'
import { type CountRow } from './cells.ts'
import { seriesList } from './framework.ts'
import { type Counted } from './series-view.ts'
import { type SeriesId } from './vocabulary.ts'

/**
 * The views read the roll-up only (`indicator_counts`), never an area's own tables: a page of indicators costs a
 * few indexed reads whatever the size of the database (decision 026).
 */
export type RowsWanted = {
	series: readonly SeriesId[]
	/** YYYY-MM, both included. */
	from: string
	to: string
	/** The organisations' parts to read beside the whole (''), which is always read. */
	organisationIds?: readonly string[]
	/**
	 * Only the totals (''), or the breakdowns of one place too: a suppressed view breaks down the world only (a
	 * breakdown by country would tie each country's small groups to the others' and the world's, and leave little to
	 * show once they are hidden); a coordinator's, the place it shows.
	 */
	breakdowns: 'totals' | { place: string }
	/** Only these places; every place when absent (suppression weighs each place against the others). */
	places?: readonly string[]
	/** The months whose breakdowns and organisations' parts are read; the others give the wholes only. */
	detail?: { from: string; to: string }
}

export function readRows(wanted: RowsWanted, db: Db = getDb()): Map<SeriesId, CountRow[]> {
	const rows = new Map<SeriesId, CountRow[]>(wanted.series.map((series) => [series, []]))
	if (!wanted.series.length) return rows
	const conditions: SQL[] = [
		inArray(indicatorCounts.series, [...wanted.series]),
		gte(indicatorCounts.month, wanted.from),
		lte(indicatorCounts.month, wanted.to),
		inArray(indicatorCounts.organisationId, ['', ...(wanted.organisationIds ?? [])]),
	]
	if (wanted.breakdowns === 'totals') conditions.push(eq(indicatorCounts.breakdown, ''))
	else conditions.push(or(eq(indicatorCounts.breakdown, ''), eq(indicatorCounts.place, wanted.breakdowns.place))!)
	if (wanted.places) conditions.push(inArray(indicatorCounts.place, [...wanted.places]))
	if (wanted.detail)
		conditions.push(
			or(
				and(eq(indicatorCounts.organisationId, ''), eq(indicatorCounts.breakdown, '')),
				and(gte(indicatorCounts.month, wanted.detail.from), lte(indicatorCounts.month, wanted.detail.to)),
			)!,
		)
	for (const row of db
		.select()
		.from(indicatorCounts)
		.where(and(...conditions))
		.orderBy(
			indicatorCounts.series,
			indicatorCounts.place,
			indicatorCounts.organisationId,
			indicatorCounts.breakdown,
			indicatorCounts.value,
			indicatorCounts.month,
		)
		.all()) {
		const { series, ...count } = row
		rows.get(series as SeriesId)?.push(count)
	}
	return rows
}

/**
 * Which months each series has been counted for: every month up to the last one its roll-up wrote; a snapshot
 * series (counted only as things stand) from the first month it was counted. With it, the token its last write
 * left (`indicator_rollups.counts_token`), under which a table solved from its counts is kept.
 */
export function countedMonths(db: Db = getDb()): Map<SeriesId, Counted & { token: string }> {
	const marks = new Map(
		db
			.select()
			.from(indicatorRollups)
			.all()
			.map((row) => [row.series, row]),
	)
	const snapshots = seriesList.filter((series) => series.history === 'snapshot').map((series) => series.id)
	const firsts = new Map(
		db
			.select({ series: indicatorCounts.series, first: min(indicatorCounts.month) })
			.from(indicatorCounts)
			.where(inArray(indicatorCounts.series, snapshots))
			.groupBy(indicatorCounts.series)
			.all()
			.map((row) => [row.series, row.first]),
	)
	return new Map(
		seriesList.map((series) => {
			const mark = marks.get(series.id)
			const through = mark?.countedThrough ?? null
			const from = series.history === 'snapshot' ? (firsts.get(series.id) ?? through) : null
			return [series.id, { from, through, token: mark?.countsToken ?? '' }]
		}),
	)
}

/** An organisation a coordinator may pick, by id: its name, or undefined when there is none. */
export function organisationNamed(id: string, db: Db = getDb()) {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, id))
		.get()
}

/** Which organisations have a part counted in a series, kept under the token of the series' last roll-up write. */
const organisationsKept = new Map<string, { token: string; ids: string[] }>()

function organisationIdsCounted(series: SeriesId, token: string, db: Db) {
	const kept = organisationsKept.get(series)
	if (kept?.token === token) return kept.ids
	const ids = db
		.selectDistinct({ id: indicatorCounts.organisationId })
		.from(indicatorCounts)
		.where(and(eq(indicatorCounts.series, series), eq(indicatorCounts.place, '')))
		.all()
		.map((row) => row.id)
		.filter(Boolean)
	organisationsKept.set(series, { token, ids })
	return ids
}

/** The organisations that have a part counted in these series, for a coordinator's choice. */
export function organisationsCounted(series: readonly SeriesId[], db: Db = getDb()) {
	if (!series.length) return []
	const counted = countedMonths(db)
	const ids = [...new Set(series.flatMap((id) => organisationIdsCounted(id, counted.get(id)?.token ?? '', db)))]
	if (!ids.length) return []
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(inArray(organisations.id, ids))
		.orderBy(organisations.name)
		.all()
}
