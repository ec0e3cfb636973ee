import { type CountRow, cellKey, type Line, quartersOfYear } from './cells.ts'
import { type Period, addMonths, monthOf, monthsFrom, parsePeriod } from './months.ts'
import { hiddenInSeries, seriesCells } from './suppression-groups.ts'
import { type SeriesKind } from './vocabulary.ts'

/**
 * A figure as a reader may see it: the number; null and `withheld` when it is hidden (a count from one to four, or
 * one from which such a count could be worked out: the two read alike, since telling them apart would narrow what a
 * hidden count can be); null alone when nothing has been counted for it yet. Exports write it as is, so a hidden
 * cell reads `{"value": null, "withheld": true}` in JSON.
 */
export type Reading = { value: number | null; withheld?: true }

export const hiddenReading = (): Reading => ({ value: null, withheld: true })
export const noReading = (): Reading => ({ value: null })
export const isHidden = (reading: Reading) => reading.withheld === true

/** Which months of a series have been counted: up to the last roll-up's month, and from its first for a snapshot. */
export type Counted = { from: string | null; through: string | null }

export const isCounted = (counted: Counted, month: string) =>
	counted.through !== null && month <= counted.through && (counted.from === null || month >= counted.from)

/** One series' cells over the years a view reads, with what is hidden from this reader (null: a coordinator). */
export type SeriesTable = {
	kind: SeriesKind
	counted: Counted
	counts: Map<string, number>
	hidden: Set<string> | null
}

export function seriesTable(
	rows: readonly CountRow[],
	options: {
		kind: SeriesKind
		counted: Counted
		years: readonly number[]
		exact: boolean
		/** The year whose breakdowns and organisations are read; other years only for the trend of the whole. */
		detailYear?: number
	},
): SeriesTable {
	const counts = new Map<string, number>()
	const hidden = options.exact ? null : new Set<string>()
	const wholes = rows.filter((row) => row.organisationId === '' && row.breakdown === '')
	for (const year of options.years) {
		// A year read for its whole only is solved on its whole only: its cells come out the same (see settle).
		const read = options.detailYear === undefined || year === options.detailYear ? rows : wholes
		const span = { kind: options.kind, year: String(year) }
		if (hidden) {
			const solved = hiddenInSeries(read, span)
			for (const [key, count] of solved.counts) counts.set(key, count)
			for (const key of solved.hidden) hidden.add(key)
		} else {
			// A coordinator's view hides nothing, so nothing is solved.
			const { keys, values } = seriesCells(read, span)
			keys.forEach((key, at) => counts.set(key, values[at]!))
		}
	}
	return { kind: options.kind, counted: options.counted, counts, hidden }
}

export function cellReading(table: SeriesTable, line: Line, span: string): Reading {
	const key = cellKey(line, span)
	if (table.hidden?.has(key)) return hiddenReading()
	return { value: table.counts.get(key) ?? 0 }
}

/** The last month of a period worth reading: its last, or the current month while the period is still running. */
export const lastMonthOf = (period: Period, now: Date) => (period.to < monthOf(now) ? period.to : monthOf(now))

/** A stock's value for a period is the one of its last counted month (never a month still to come). */
export function stockMonth(table: SeriesTable, period: Period, now: Date) {
	const months = monthsFrom(period.from, lastMonthOf(period, now)).filter((month) => isCounted(table.counted, month))
	return months.at(-1) ?? null
}

/** The value for a period: a flow's sum over the period's months, a stock's value at its last counted month. */
export function periodReading(table: SeriesTable, line: Line, period: Period, now: Date): Reading {
	if (table.kind === 'stock') {
		const month = stockMonth(table, period, now)
		return month ? cellReading(table, line, month) : noReading()
	}
	if (period.from > monthOf(now)) return noReading()
	// Some month of the period, up to now, has been counted.
	const { from, through } = table.counted
	if (through === null || period.from > through || lastMonthOf(period, now) < (from ?? period.from)) return noReading()
	return cellReading(table, line, period.id)
}

/** The twelve months ending with the period's last (or the current month, if that is earlier). */
export function trendMonths(period: Period, now: Date) {
	const end = lastMonthOf(period, now)
	return monthsFrom(addMonths(end, -11), end)
}

export function monthReading(table: SeriesTable, line: Line, month: string): Reading {
	return isCounted(table.counted, month) ? cellReading(table, line, month) : noReading()
}

/**
 * The year so far, up to the period's end, that progress towards the year's target is read from: a flow's quarters
 * of the year up to the period's (hidden when any of them is), a stock's value at the period's end.
 */
export function yearToDateReading(table: SeriesTable, line: Line, period: Period, now: Date): Reading {
	if (table.kind === 'stock') return periodReading(table, line, period, now)
	const year = String(period.year)
	if (!period.quarter) return periodReading(table, line, period, now)
	const quarters = quartersOfYear(year).slice(0, period.quarter)
	return sumOf(quarters.map((quarter) => periodReading(table, line, parsePeriod(quarter)!, now)))
}

function sumOf(readings: Reading[]): Reading {
	if (readings.some(isHidden)) return hiddenReading()
	const values = readings.flatMap((reading) => (reading.value === null ? [] : [reading.value]))
	return values.length ? { value: values.reduce((all, value) => all + value, 0) } : noReading()
}

/** A share in whole percent: hidden when either count is, nothing while either is not counted or the whole is 0. */
export function shareReading(part: Reading, whole: Reading): Reading {
	if (isHidden(part) || isHidden(whole)) return hiddenReading()
	if (part.value === null || whole.value === null || whole.value === 0) return noReading()
	return { value: Math.round((part.value / whole.value) * 100) }
}

export type Progress = 'met' | 'not-yet' | 'missed'

/** Against the year's target: met once reached, missed when the year ended short of it, not yet until then. */
export function progressOf(
	yearToDate: Reading,
	target: number | null,
	year: number,
	now: Date,
	direction: { better: 'more' | 'less'; kind: SeriesKind } = { better: 'more', kind: 'flow' },
): Progress | null {
	if (target === null || yearToDate.value === null) return null
	const over = now.getTime() >= Date.UTC(year + 1, 0, 1)
	if (direction.better === 'more') return yearToDate.value >= target ? 'met' : over ? 'missed' : 'not-yet'
	// A ceiling (certificates left to expire, searches that found nothing). A flow only grows through the year: once
	// past the ceiling it is missed, and under it, met only when the year is over. A stock is met while it is under.
	if (yearToDate.value > target) return direction.kind === 'flow' || over ? 'missed' : 'not-yet'
	return direction.kind === 'stock' || over ? 'met' : 'not-yet'
}
