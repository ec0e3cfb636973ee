import { cellKey, type Line, totalLine } from './cells.ts'
import { betterOf, type Indicator, seriesById } from './framework.ts'
import { type Period } from './months.ts'
import {
	monthReading,
	periodReading,
	type Progress,
	progressOf,
	type Reading,
	type SeriesTable,
	shareReading,
	stockMonth,
	trendMonths,
	yearToDateReading,
} from './series-view.ts'
import { type IndicatorArea, type SeriesId, type SeriesKind } from './vocabulary.ts'

/** Where an indicator's name and definition are kept: a series' under `series`, a share's under `indicators`. */
export const wordsOf = (indicator: Indicator) =>
	indicator.unit === 'count' ? `series.${indicator.id}` : `indicators.${indicator.id}`

/** What a share is made of, or the count's own series, for reading either the same way. */
const partsOf = (indicator: Indicator): { part: SeriesId; whole?: SeriesId } =>
	indicator.unit === 'count' ? { part: indicator.series } : { part: indicator.part, whole: indicator.whole }

export const kindOf = (indicator: Indicator): SeriesKind => seriesById.get(partsOf(indicator).part)!.kind

/** Whether an organisation's part can be read for this indicator: every series it reads is counted per organisation. */
export const byOrganisation = (indicator: Indicator) => {
	const { part, whole } = partsOf(indicator)
	return seriesById.get(part)!.byOrganisation && (!whole || seriesById.get(whole)!.byOrganisation)
}

export type Tables = ReadonlyMap<SeriesId, SeriesTable>

/** Reads an indicator's cell: a count as it is, a share from its two counts. */
export function readIndicator(indicator: Indicator, tables: Tables, read: (table: SeriesTable) => Reading): Reading {
	const { part, whole } = partsOf(indicator)
	const partReading = read(tables.get(part)!)
	return whole ? shareReading(partReading, read(tables.get(whole)!)) : partReading
}

export type TrendPoint = { month: string; label: string; value: Reading }

export type IndicatorSummary = {
	id: string
	area: IndicatorArea
	unit: 'count' | 'share'
	kind: SeriesKind
	value: Reading
	/** The organisation's own part (all countries), beside the whole; null when none was chosen or it has none. */
	organisation: Reading | null
	target: number | null
	yearToDate: Reading
	progress: Progress | null
	trend: TrendPoint[]
}

export function summarise(
	indicator: Indicator,
	tables: Tables,
	options: {
		period: Period
		place: string
		organisationId: string | null
		target: number | null
		now: Date
		/** The trend's months as the reader says them; no trend without it. */
		monthLabel?: (month: string) => string
	},
): IndicatorSummary {
	const { period, now } = options
	const line = totalLine(options.place)
	const value = readIndicator(indicator, tables, (table) => periodReading(table, line, period, now))
	const yearToDate = readIndicator(indicator, tables, (table) => yearToDateReading(table, line, period, now))
	const organisation =
		options.organisationId && byOrganisation(indicator)
			? readIndicator(indicator, tables, (table) =>
					periodReading(table, totalLine('', options.organisationId!), period, now),
				)
			: null
	return {
		id: indicator.id,
		area: indicator.area,
		unit: indicator.unit,
		kind: kindOf(indicator),
		value,
		organisation,
		target: options.target,
		yearToDate,
		progress: progressOf(yearToDate, options.target, period.year, now, {
			better: betterOf(indicator),
			kind: kindOf(indicator),
		}),
		trend: options.monthLabel
			? trendMonths(period, now).map((month) => ({
					month,
					label: options.monthLabel!(month),
					value: readIndicator(indicator, tables, (table) => monthReading(table, line, month)),
				}))
			: [],
	}
}

/** The span a period's table is read at for one series: the period for a flow, the stock's last counted month. */
const spanFor = (table: SeriesTable, period: Period, now: Date) =>
	table.kind === 'flow' ? period.id : stockMonth(table, period, now)

/**
 * The values of one breakdown (or the places of the world) that have something counted in the period, each read as
 * the indicator reads: a count, or a share of the same value's two counts.
 */
export function tableRows(
	indicator: Indicator,
	tables: Tables,
	lines: (value: string) => Line,
	candidates: Iterable<string>,
	period: Period,
	now: Date,
) {
	// A share lists what its whole counts (a course with answers and none found useful is 0 %).
	const { part, whole } = partsOf(indicator)
	const table = tables.get(whole ?? part)!
	const span = spanFor(table, period, now)
	if (!span) return []
	return [...new Set(candidates)]
		.filter((value) => (table.counts.get(cellKey(lines(value), span)) ?? 0) > 0)
		.map((value) => ({
			value,
			reading: readIndicator(indicator, tables, (one) => periodReading(one, lines(value), period, now)),
		}))
}
