import { csvResponse, toCsv } from '#app/platform/csv.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type DashboardView } from './dashboard.server.ts'
import { periodName } from './filter-choices.server.ts'
import { indicatorById } from './framework.ts'
import { type BreakdownTable, type IndicatorPageView } from './indicator-page.server.ts'
import { type Period } from './months.ts'
import { isHidden, type Reading } from './series-view.ts'
import { type IndicatorSummary, wordsOf } from './summary.ts'

export type ExportFormat = 'csv' | 'json'
export type ExportableView = DashboardView | IndicatorPageView

/**
 * One line of an export: a figure of an indicator, in one of its tables ('value' for the period, 'trend' by month,
 * 'breakdown:<breakdown>', 'country', 'organisation', 'organisation-breakdown:<breakdown>'), for one item of it.
 * Only aggregates: no export carries anything about a person.
 */
type ExportRow = {
	indicator: string
	name: string
	table: string
	item: string
	itemName: string
	unit: 'count' | 'percent'
	reading: Reading
	target: number | null
	progress: string | null
}

type Words = ReturnType<typeof wordsFor>

function wordsFor(language: Language) {
	const t = serverI18n(language).getFixedT(language, 'indicators')
	return {
		t,
		periodName: (period: Period) => periodName(period, language),
	}
}

function summaryRows(summary: IndicatorSummary, view: ExportableView, words: Words): ExportRow[] {
	const { t } = words
	const name = t(`${wordsOf(indicatorById.get(summary.id)!)}.name`)
	const unit = summary.unit === 'share' ? 'percent' : 'count'
	const base = { indicator: summary.id, name, unit, target: null, progress: null } as const
	const rows: ExportRow[] = [
		{
			...base,
			table: 'value',
			item: view.period.id,
			itemName: `${words.periodName(view.period)}, ${view.placeName}`,
			reading: summary.value,
			target: summary.target,
			progress: summary.progress,
		},
	]
	const organisation = 'organisation' in view ? view.organisation : null
	if (summary.organisation && organisation)
		rows.push({
			...base,
			table: 'organisation',
			item: organisation.id,
			itemName: t('pages.organisationPart', { organisation: organisation.name }),
			reading: summary.organisation,
		})
	for (const point of summary.trend)
		rows.push({ ...base, table: 'trend', item: point.month, itemName: point.label, reading: point.value })
	return rows
}

/** A page's table (a breakdown's values, an organisation's breakdown) as lines beside the indicator's value. */
function tableLines(value: ExportRow, tables: BreakdownTable[], prefix: string): ExportRow[] {
	return tables.flatMap((table) =>
		table.rows.map((row) => ({
			...value,
			target: null,
			progress: null,
			table: `${prefix}:${table.breakdown}`,
			item: row.value,
			itemName: row.label,
			reading: row.reading,
		})),
	)
}

/** Every figure a view shows, as export lines, in the order the page shows them. */
function exportRows(view: ExportableView, words: Words): ExportRow[] {
	if (view.view !== 'indicator')
		return view.areas.flatMap((area) => area.indicators.flatMap((one) => summaryRows(one, view, words)))
	const rows = summaryRows(view.indicator, view, words)
	const base = rows[0]!
	const plain = { target: null, progress: null }
	rows.push(...tableLines(base, view.breakdowns, 'breakdown'))
	for (const country of view.byCountry ?? [])
		rows.push({
			...base,
			...plain,
			table: 'country',
			item: country.value,
			itemName: country.label,
			reading: country.reading,
		})
	if (view.comparison) {
		const { organisation, part, whole } = view.comparison
		rows.push(
			{
				...base,
				...plain,
				table: 'organisation',
				item: organisation.id,
				itemName: words.t('pages.organisationPart', { organisation: organisation.name }),
				reading: part,
			},
			{ ...base, ...plain, table: 'organisation', item: '', itemName: words.t('pages.wholePart'), reading: whole },
			...tableLines(base, view.comparison.breakdowns, 'organisation-breakdown'),
		)
	}
	return rows
}

/** Names the view, its period and what it is narrowed to: `atlas-indicators-review-2026-Q3-FR.csv`. */
function filenameOf(view: ExportableView, format: ExportFormat) {
	const parts = ['atlas-indicators']
	if (view.view === 'review') parts.push('review')
	if (view.view === 'indicator') parts.push(view.indicator.id)
	parts.push(view.period.id)
	if (view.place) parts.push(view.place.replace('region:', ''))
	const organisation = view.view === 'indicator' ? view.comparison?.organisation : view.organisation
	if (organisation) parts.push('organisation')
	return `${parts.join('-')}.${format}`
}

/**
 * A view as a download, CSV or JSON from the same lines: a hidden figure is the words "fewer than 5" in CSV and
 * `{"value": null, "withheld": true}` in JSON; a figure not counted yet is empty, or `{"value": null}`.
 */
export function exportView(view: ExportableView, format: ExportFormat, language: Language) {
	const words = wordsFor(language)
	const { t } = words
	const rows = exportRows(view, words)
	const filename = filenameOf(view, format)
	if (format === 'csv') {
		const columns = ['indicator', 'name', 'table', 'item', 'itemName', 'unit', 'value', 'target', 'progress']
		const body = toCsv([
			columns.map((column) => t(`pages.export.${column}`)),
			...rows.map((row) => [
				row.indicator,
				row.name,
				row.table,
				row.item,
				row.itemName,
				t(`pages.export.units.${row.unit}`),
				isHidden(row.reading) ? t('suppressed') : row.reading.value,
				row.target,
				row.progress ? t(`pages.progressWords.${row.progress}`) : null,
			]),
		])
		return { body, filename, contentType: 'text/csv; charset=utf-8' }
	}
	const organisation = view.view === 'indicator' ? (view.comparison?.organisation ?? null) : view.organisation
	const body = JSON.stringify(
		{
			view: view.view,
			period: view.period.id,
			place: view.place,
			placeName: view.placeName,
			organisation,
			countedUpTo: view.countedUpTo ? new Date(view.countedUpTo).toISOString() : null,
			suppressed: !view.exact,
			note: view.exact ? null : t('suppressedNote'),
			rows: rows.map(({ reading, target, progress, ...row }) => ({
				...row,
				...reading,
				...(target === null ? {} : { target }),
				...(progress === null ? {} : { progress }),
			})),
		},
		null,
		2,
	)
	return { body, filename, contentType: 'application/json; charset=utf-8' }
}

/** A download the browser saves rather than shows, kept out of shared caches like the other exports. */
export function downloadResponse(download: ReturnType<typeof exportView>) {
	if (download.contentType.startsWith('text/csv')) return csvResponse(download.body, download.filename)
	return new Response(download.body, {
		headers: {
			'Content-Type': download.contentType,
			'Content-Disposition': `attachment; filename="${download.filename}"`,
			'Cache-Control': 'private, no-store',
		},
	})
}
