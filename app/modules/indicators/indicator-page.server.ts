import { type Db, getDb } from '#app/db/client.server.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { countryName } from '#app/platform/format.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { lineKey, lineOf, separator, totalLine } from './cells.ts'
import { type ViewRequest } from './dashboard.server.ts'
import { type Indicator, indicatorById, seriesById, seriesOf } from './framework.ts'
import { monthLabel } from './labels.ts'
import { type Period } from './months.ts'
import { breakdownLabels, placeName } from './names.server.ts'
import { organisationsCounted } from './readings.server.ts'
import { lastRolledUp } from './rollup.server.ts'
import { type Reading } from './series-view.ts'
import { byOrganisation, type IndicatorSummary, summarise, type Tables, tableRows } from './summary.ts'
import { nothingCounted, organisationOf, readTables, yearsOf } from './tables.server.ts'
import { targetsFor } from './targets.server.ts'
import { type Breakdown } from './vocabulary.ts'

export type TableRow = { value: string; label: string; reading: Reading }
export type BreakdownTable = { breakdown: Breakdown; total: Reading; rows: TableRow[] }

/** One indicator: its figures, a table per breakdown, the countries of the world, and an organisation's part. */
export type IndicatorPageView = {
	view: 'indicator'
	indicator: IndicatorSummary
	period: Period
	place: string
	placeName: string
	exact: boolean
	countedUpTo: number | null
	empty: boolean
	breakdowns: BreakdownTable[]
	/**
	 * Breakdowns exist but are not shown for this place: a suppressed view breaks down all countries together only
	 * (decision 026), so a country's small groups are never tied to the others'.
	 */
	breakdownsForAllCountriesOnly: boolean
	/** The world's countries, for a count read for all countries. */
	byCountry: TableRow[] | null
	comparison: {
		organisation: { id: string; name: string }
		/** The organisation's part and the whole, both for all countries: an organisation's part has no place. */
		part: Reading
		whole: Reading
		breakdowns: BreakdownTable[]
	} | null
	/** A coordinator picks any organisation counted in this indicator. */
	organisationChoices: { id: string; name: string }[] | null
}

/** The breakdowns a table can be made of: every one of a count's series, those a share's two series share. */
function breakdownsOf(indicator: Indicator): Breakdown[] {
	const [first, second] = seriesOf(indicator).map((id) => seriesById.get(id)!.breakdowns)
	return first!.filter((breakdown) => !second || second.includes(breakdown))
}

function breakdownTables(
	indicator: Indicator,
	tables: Tables,
	options: { place: string; organisationId: string; period: Period; now: Date; total: Reading },
	request: ViewRequest,
	db: Db,
): BreakdownTable[] {
	const series = seriesOf(indicator)
	const { place, organisationId, period, now } = options
	// The values each breakdown has for this place and organisation, from one pass over the cells.
	const prefix = lineKey({ place, organisationId, breakdown: '', value: '' }).slice(0, -separator.length)
	const valuesOf = new Map<string, Set<string>>()
	for (const key of tables.get(series.at(-1)!)!.counts.keys()) {
		if (!key.startsWith(prefix)) continue
		const line = lineOf(key)
		if (line.breakdown) valuesOf.set(line.breakdown, (valuesOf.get(line.breakdown) ?? new Set()).add(line.value))
	}
	return breakdownsOf(indicator).map((breakdown) => {
		const values = valuesOf.get(breakdown) ?? []
		const rows = tableRows(
			indicator,
			tables,
			(value) => ({ place, organisationId, breakdown, value }),
			values,
			period,
			now,
		)
		const labels = breakdownLabels(
			breakdown,
			rows.map((row) => row.value),
			request.language,
			db,
		)
		const collator = new Intl.Collator(request.language)
		return {
			breakdown,
			total: options.total,
			rows: rows
				.map((row) => ({ ...row, label: labels.get(row.value) ?? row.value }))
				.sort((a, b) => collator.compare(a.label, b.label)),
		}
	})
}

export function indicatorPageView(
	request: ViewRequest,
	indicatorId: string,
	db: Db = getDb(),
): Outcome<'not-found' | 'unknown-organisation', { view: IndicatorPageView }> {
	const indicator = indicatorById.get(indicatorId)
	if (!indicator) return refuse('not-found')
	const { filter, viewer, now } = request
	const chosen = organisationOf(viewer, db)
	if (!chosen.ok) return chosen
	const organisation = byOrganisation(indicator) ? chosen.organisation : null
	const tables = readTables(
		seriesOf(indicator),
		{
			years: yearsOf(filter.period, now, true),
			viewer,
			organisationId: organisation?.id ?? null,
			breakdowns: { place: filter.place },
			detailYear: filter.period.year,
		},
		db,
	)
	const summary = summarise(indicator, tables, {
		period: filter.period,
		place: filter.place,
		organisationId: organisation?.id ?? null,
		target: targetsFor(filter.period.year, filter.place, db).get(indicator.id) ?? null,
		now,
		monthLabel: (month) => monthLabel(month, request.language),
	})
	const collator = new Intl.Collator(request.language)
	const byCountry =
		indicator.unit === 'count' && filter.place === ''
			? tableRows(indicator, tables, (place) => totalLine(place), countryCodes, filter.period, now)
					.map((row) => ({ ...row, label: countryName(row.value, request.language) }))
					.sort((a, b) => collator.compare(a.label, b.label))
			: null
	const whole = summarise(indicator, tables, {
		period: filter.period,
		place: '',
		organisationId: null,
		target: null,
		now,
	}).value
	const period = { period: filter.period, now }
	const breakdownsShown = viewer.exact || filter.place === ''
	return done({
		view: {
			view: 'indicator' as const,
			indicator: summary,
			period: filter.period,
			place: filter.place,
			placeName: placeName(filter.place, request.language),
			exact: viewer.exact,
			countedUpTo: lastRolledUp(db) ?? null,
			empty: nothingCounted(db),
			breakdowns: breakdownsShown
				? breakdownTables(
						indicator,
						tables,
						{ ...period, place: filter.place, organisationId: '', total: summary.value },
						request,
						db,
					)
				: [],
			breakdownsForAllCountriesOnly: !breakdownsShown && breakdownsOf(indicator).length > 0,
			byCountry,
			comparison: organisation
				? {
						organisation,
						part: summary.organisation!,
						whole,
						breakdowns: breakdownTables(
							indicator,
							tables,
							{ ...period, place: '', organisationId: organisation.id, total: summary.organisation! },
							request,
							db,
						),
					}
				: null,
			organisationChoices:
				viewer.mayPickOrganisation && byOrganisation(indicator) ? organisationsCounted(seriesOf(indicator), db) : null,
		},
	})
}
