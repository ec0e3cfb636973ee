import { type Db, getDb } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome } from '#app/platform/outcome.ts'
import { type IndicatorFilter, type Viewer } from './filters.ts'
import { indicators, seriesList } from './framework.ts'
import { monthLabel } from './labels.ts'
import { type Period } from './months.ts'
import { placeName } from './names.server.ts'
import { lastRolledUp } from './rollup.server.ts'
import { type IndicatorSummary, summarise } from './summary.ts'
import { nothingCounted, organisationOf, readTables, yearsOf } from './tables.server.ts'
import { targetsFor } from './targets.server.ts'
import { type IndicatorArea, indicatorAreas } from './vocabulary.ts'

export type ViewRequest = { filter: IndicatorFilter; viewer: Viewer; now: Date; language: Language }

/** What a dashboard or a review shows, and what its exports carry: aggregates only, suppressed for the viewer. */
export type DashboardView = {
	view: 'dashboard' | 'review'
	period: Period
	place: string
	placeName: string
	exact: boolean
	organisation: { id: string; name: string } | null
	/** When the roll-up last ran (ms), for "counted up to". */
	countedUpTo: number | null
	empty: boolean
	areas: { area: IndicatorArea; indicators: IndicatorSummary[] }[]
}

/**
 * Every indicator for a period and place, by area: the value, the target and progress towards it, the twelve
 * months' trend (the review leaves it out), and an organisation's own part beside the whole when one is read.
 */
export function dashboardView(
	request: ViewRequest,
	options: { view: 'dashboard' | 'review' },
	db: Db = getDb(),
): Outcome<'unknown-organisation', { view: DashboardView }> {
	const { filter, viewer, now } = request
	const chosen = organisationOf(viewer, db)
	if (!chosen.ok) return chosen
	const trend = options.view === 'dashboard'
	const tables = readTables(
		seriesList.map((series) => series.id),
		{
			years: yearsOf(filter.period, now, trend),
			viewer,
			organisationId: chosen.organisation?.id ?? null,
			breakdowns: 'totals',
			places: ['', filter.place],
			detailYear: filter.period.year,
		},
		db,
	)
	const targets = targetsFor(filter.period.year, filter.place, db)
	const summaries = indicators.map((indicator) =>
		summarise(indicator, tables, {
			period: filter.period,
			place: filter.place,
			organisationId: chosen.organisation?.id ?? null,
			target: targets.get(indicator.id) ?? null,
			now,
			monthLabel: trend ? (month) => monthLabel(month, request.language) : undefined,
		}),
	)
	return done({
		view: {
			view: options.view,
			period: filter.period,
			place: filter.place,
			placeName: placeName(filter.place, request.language),
			exact: viewer.exact,
			organisation: chosen.organisation,
			countedUpTo: lastRolledUp(db) ?? null,
			empty: nothingCounted(db),
			areas: indicatorAreas.map((area) => ({
				area,
				indicators: summaries.filter((summary) => summary.area === area),
			})),
		},
	})
}
