import { type Db, getDb } from '#app/db/client.server.ts'
import { indicatorRollups } from '#app/db/schema/index.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Viewer } from './filters.ts'
import { seriesById } from './framework.ts'
import { type Period } from './months.ts'
import { type CountRow } from './cells.ts'
import { countedMonths, organisationNamed, readRows } from './readings.server.ts'
import { seriesTable, type SeriesTable, trendMonths } from './series-view.ts'
import { type SeriesId } from './vocabulary.ts'

/** The years a view reads: the period's, and those its twelve-month trend reaches back into. */
export function yearsOf(period: Period, now: Date, trend: boolean) {
	const years = new Set([period.year])
	if (trend) for (const month of trendMonths(period, now)) years.add(Number(month.slice(0, 4)))
	return [...years].sort()
}

/**
 * Solved tables kept between requests, under the token the series' last roll-up write left: the roll-up changes
 * the counts at most hourly, and a suppressed table of a series with many places and breakdowns takes a while to
 * solve. Kept up to a number of cells rather than of tables, as a table may hold a dozen cells or thousands.
 */
const kept = new Map<string, { table: SeriesTable; cells: number }>()
const keptCellsAtMost = 400_000
let keptCells = 0

function keep(key: string, table: SeriesTable) {
	const cells = table.counts.size
	const before = kept.get(key)
	if (before) keptCells -= before.cells
	kept.delete(key)
	kept.set(key, { table, cells })
	keptCells += cells
	for (const [oldest, entry] of kept) {
		if (keptCells <= keptCellsAtMost || oldest === key) break
		kept.delete(oldest)
		keptCells -= entry.cells
	}
}

function found(key: string) {
	const entry = kept.get(key)
	if (!entry) return undefined
	// Most recently used last, so the oldest unused goes first.
	kept.delete(key)
	kept.set(key, entry)
	return entry.table
}

/**
 * Each series' table for a view, suppressed for this viewer. A suppressed view reads every place (a country is
 * weighed against the others and the world) and the breakdowns of the world only; a coordinator's reads only what
 * it shows. Breakdowns and an organisation's part are read for the period's year only (`detailYear`): earlier
 * years give the trend of the whole.
 */
export function readTables(
	series: readonly SeriesId[],
	options: {
		years: readonly number[]
		viewer: Viewer
		organisationId: string | null
		/** Only the totals, or the breakdowns of a place too (a suppressed view's are the world's, whatever it asks). */
		breakdowns: 'totals' | { place: string }
		places?: readonly string[]
		/** The period's year: other years are read for the trend of the whole only. */
		detailYear: number
	},
	db: Db = getDb(),
): Map<SeriesId, SeriesTable> {
	const { years, viewer } = options
	const counted = countedMonths(db)
	const breakdowns = options.breakdowns === 'totals' || viewer.exact ? options.breakdowns : { place: '' }
	const scope = JSON.stringify([
		years,
		viewer.exact,
		options.organisationId,
		breakdowns,
		viewer.exact ? options.places : null,
		options.detailYear,
	])
	const keyOf = (id: SeriesId) => {
		const { from, through, token } = counted.get(id)!
		return `${id}|${scope}|${token}|${from}|${through}`
	}
	const tables = new Map<SeriesId, SeriesTable>()
	for (const id of series) {
		const table = found(keyOf(id))
		if (table) tables.set(id, table)
	}
	const missing = series.filter((id) => !tables.has(id))
	const { detailYear } = options
	const rows = missing.length
		? readRows(
				{
					series: missing,
					from: `${years[0]}-01`,
					to: `${years.at(-1)}-12`,
					detail: { from: `${detailYear}-01`, to: `${detailYear}-12` },
					organisationIds: options.organisationId ? [options.organisationId] : [],
					breakdowns,
					places: viewer.exact ? options.places : undefined,
				},
				db,
			)
		: new Map<SeriesId, CountRow[]>()
	for (const id of missing) {
		const { from, through } = counted.get(id)!
		const table = seriesTable(rows.get(id) ?? [], {
			kind: seriesById.get(id)!.kind,
			counted: { from, through },
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
export const nothingCounted = (db: Db = getDb()) =>
	!db.select({ series: indicatorRollups.series }).from(indicatorRollups).limit(1).get()
