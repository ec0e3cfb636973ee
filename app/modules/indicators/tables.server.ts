import { type Db, getDb } from '#app/db/client.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Viewer } from './filters.ts'
import { seriesById } from './framework.ts'
import { type Period } from './months.ts'
import { countedMonths, organisationNamed, readRows, seriesMarks } from './readings.server.ts'
import { seriesTable, type SeriesTable, trendMonths } from './series-view.ts'
import { type SeriesId } from './vocabulary.ts'

/** The years a view reads: the period's, and those its twelve-month trend reaches back into. */
export function yearsOf(period: Period, now: Date, trend: boolean) {
	const years = new Set([period.year])
	if (trend) for (const month of trendMonths(period, now)) years.add(Number(month.slice(0, 4)))
	return [...years].sort()
}

/**
 * Solved tables kept between requests: the roll-up changes the counts at most hourly, and a page of a series with
 * many places and breakdowns takes a while to suppress. A table is found again only while its series' counts over
 * the same months are the same rows with the same counts, so a change is never served stale.
 */
const kept = new Map<string, SeriesTable>()
const keptAtMost = 64

function keep(key: string, table: SeriesTable) {
	kept.delete(key)
	kept.set(key, table)
	if (kept.size > keptAtMost) kept.delete(kept.keys().next().value!)
}

/**
 * Each series' table for a view, suppressed for this viewer. A suppressed view reads every place (a country is
 * weighed against the others and the world); a coordinator's reads only what it shows.
 */
export function readTables(
	series: readonly SeriesId[],
	options: {
		years: readonly number[]
		viewer: Viewer
		organisationId: string | null
		breakdowns: 'totals' | 'all'
		places?: readonly string[]
		/** The period's year: other years are read for the trend of the whole only. */
		detailYear?: number
	},
	db: Db = getDb(),
): Map<SeriesId, SeriesTable> {
	const { years, viewer } = options
	const months = { from: `${years[0]}-01`, to: `${years.at(-1)}-12` }
	const counted = countedMonths(db)
	const marks = seriesMarks(series, months, db)
	const scope = JSON.stringify([
		years,
		viewer.exact,
		options.organisationId,
		options.breakdowns,
		viewer.exact ? options.places : null,
		options.detailYear,
	])
	const keyOf = (id: SeriesId) => `${id}|${scope}|${marks.get(id) ?? ''}|${JSON.stringify(counted.get(id))}`
	const tables = new Map<SeriesId, SeriesTable>()
	for (const id of series) {
		const found = kept.get(keyOf(id))
		if (found) tables.set(id, found)
	}
	const missing = series.filter((id) => !tables.has(id))
	const rows = readRows(
		{
			series: missing,
			...months,
			organisationIds: options.organisationId ? [options.organisationId] : [],
			breakdowns: options.breakdowns,
			places: viewer.exact ? options.places : undefined,
		},
		db,
	)
	for (const id of missing) {
		const table = seriesTable(rows.get(id) ?? [], {
			kind: seriesById.get(id)!.kind,
			counted: counted.get(id)!,
			years,
			exact: viewer.exact,
			detailYear: options.detailYear,
		})
		keep(keyOf(id), table)
		tables.set(id, table)
	}
	return new Map(series.map((id) => [id, tables.get(id)!]))
}

/** The organisation whose part the viewer reads, by name; a coordinator's pick must be an organisation. */
export function organisationOf(
	viewer: Viewer,
	db: Db = getDb(),
): Outcome<'unknown-organisation', { organisation: { id: string; name: string } | null }> {
	if (!viewer.organisationId) return done({ organisation: null })
	const organisation = organisationNamed(viewer.organisationId, db)
	if (!organisation) return refuse('unknown-organisation', { field: 'organisation' })
	return done({ organisation })
}

/** Whether anything has been counted yet, for the views' empty state. */
export const nothingCounted = (db: Db = getDb()) => [...countedMonths(db).values()].every((one) => !one.through)
