import { Form, Link } from '@remix-run/react'
import { type ReactNode, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { indicatorById } from '#app/modules/indicators/framework.ts'
import { isHidden, type Progress, type Reading } from '#app/modules/indicators/series-view.ts'
import { type IndicatorSummary, wordsOf } from '#app/modules/indicators/summary.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { TrendChart } from '#app/ui/charts/trend-chart.tsx'
import { useFormat, useHref, useReader } from '#app/ui/i18n.tsx'

type Option = { value: string; label: string }

/** The words of an indicator: its name and definition, kept under `series` or `indicators`. */
export function useIndicatorWords() {
	const { t } = useTranslation('indicators')
	return {
		name: (id: string) => t(`${wordsOf(indicatorById.get(id)!)}.name`),
		definition: (id: string) => t(`${wordsOf(indicatorById.get(id)!)}.definition`),
	}
}

/** A figure as words: the number or percentage, "fewer than 5", or "no count yet". */
export function useReadingText() {
	const { t } = useTranslation('indicators')
	const format = useFormat()
	return (reading: Reading, unit: 'count' | 'share') => {
		// A hidden share is not a count: "fewer than 5" would read as "under 5 %".
		if (isHidden(reading)) return unit === 'share' ? t('pages.shareHidden') : t('suppressed')
		if (reading.value === null) return t('noValue')
		return unit === 'share' ? format.percent(reading.value) : format.number(reading.value)
	}
}

export function ReadingCell({ reading, unit }: { reading: Reading; unit: 'count' | 'share' }) {
	const text = useReadingText()
	return (
		<td className={reading.value === null ? 'indicator-cell indicator-cell--empty' : 'indicator-cell'}>
			{text(reading, unit)}
		</td>
	)
}

export function ProgressText({ progress, hidden }: { progress: Progress | null; hidden: boolean }) {
	const { t } = useTranslation('indicators')
	if (progress) return <span className={`progress progress--${progress}`}>{t(`pages.progressWords.${progress}`)}</span>
	return hidden ? <span>{t('pages.progressHidden')}</span> : null
}

/** The period and place (and, for a coordinator, an organisation), chosen with a plain GET form that needs no script. */
export function FilterForm({
	periods,
	places,
	period,
	place,
	errors,
	organisations,
	organisation,
}: {
	periods: Option[]
	places: Option[]
	period: string
	place: string
	errors: Record<string, string[] | undefined>
	organisations?: Option[] | null
	organisation?: string | null
}) {
	const { t } = useTranslation('indicators')
	return (
		<Form method="GET" className="filters no-print" aria-label={t('pages.filters.label')}>
			<SelectField
				name="period"
				label={t('pages.filters.period')}
				options={periods}
				defaultValue={period}
				errors={errors.period}
			/>
			<SelectField
				name="place"
				label={t('pages.filters.place')}
				options={places}
				defaultValue={place}
				errors={errors.place}
			/>
			{organisations ? (
				<SelectField
					name="organisation"
					label={t('pages.filters.organisation')}
					options={[{ value: '', label: t('pages.filters.noOrganisation') }, ...organisations]}
					defaultValue={organisation ?? ''}
					errors={errors.organisation}
				/>
			) : null}
			<SubmitButton>{t('pages.filters.apply')}</SubmitButton>
		</Form>
	)
}

/**
 * What the filters said that could not be read, when the form has no field to show it at (an organisation asked for
 * by address); otherwise the message stands at its field.
 */
export function FilterProblemNotice({
	problem,
	fields,
}: {
	problem: { field: string; message: string } | null
	fields: string[]
}) {
	const { t } = useTranslation('indicators')
	if (!problem || fields.includes(problem.field)) return null
	const message = problem.message
	return (
		<div className="notice notice--error" role="alert">
			{t(message)}
		</div>
	)
}

/** "Counted up to …", and how small counts are shown (coordinators see exact counts, and are told so). */
export function CountingNotes({ countedUpTo, exact }: { countedUpTo: number | null; exact: boolean }) {
	const { t } = useTranslation('indicators')
	const format = useFormat()
	return (
		<>
			{countedUpTo ? (
				<p className="muted" suppressHydrationWarning>
					{t('pages.countedUpTo')}{' '}
					<time dateTime={new Date(countedUpTo).toISOString()}>{format.dateTime(countedUpTo)}</time>
				</p>
			) : null}
			<p className="muted">{exact ? t('pages.exactNote') : t('suppressedNote')}</p>
		</>
	)
}

/** The downloads of a view, with the same filters as the page. */
export function Downloads({ path, query }: { path: string; query: string }) {
	const { t } = useTranslation('indicators')
	const href = useHref()
	const at = (format: string) => href(`${path}/${format}${query}`)
	return (
		<p className="inline-actions no-print">
			<span>{t('pages.downloads')}</span>
			<a href={at('csv')} download>
				{t('pages.csv')}
			</a>
			<a href={at('json')} download>
				{t('pages.json')}
			</a>
		</p>
	)
}

/** A button that prints the page: shown only once scripts run, since it does nothing without them. */
export function PrintButton() {
	const { t } = useTranslation('indicators')
	const [ready, setReady] = useState(false)
	useEffect(() => setReady(true), [])
	if (!ready) return null
	return (
		<button type="button" className="button no-print" onClick={() => window.print()}>
			{t('pages.print')}
		</button>
	)
}

/**
 * The trend as a chart and, always with it, the table behind it: beside the chart, a row a month (an indicator's own
 * page); or under it, the months across (the dashboard's cards, so that forty indicators stay a page one can scroll).
 */
export function TrendWithTable({
	summary,
	placeName,
	idPrefix,
	across = false,
}: {
	summary: IndicatorSummary
	placeName: string
	idPrefix: string
	across?: boolean
}) {
	const { t } = useTranslation('indicators')
	const { language } = useReader()
	const words = useIndicatorWords()
	const text = useReadingText()
	const name = words.name(summary.id)
	const first = summary.trend[0]
	const last = summary.trend.at(-1)
	// A year's target drawn against monthly bars of a flow would mislead: only a stock or a share is compared so.
	const target =
		summary.target !== null && (summary.kind === 'stock' || summary.unit === 'share')
			? {
					value: summary.target,
					label: t('pages.targetLine', { target: text({ value: summary.target }, summary.unit) }),
				}
			: null
	if (!first || !last) return null
	return (
		<div className="indicator-trend">
			<TrendChart
				id={`${idPrefix}-${summary.id}`}
				title={t('pages.trendTitle', { indicator: name, place: placeName })}
				description={t('pages.trendDescription', { from: first.label, to: last.label })}
				points={summary.trend.map((point) => ({
					key: point.month,
					label: point.label,
					value: point.value.value,
					hidden: isHidden(point.value),
				}))}
				target={target}
				unit={summary.unit}
				hiddenLabel={summary.unit === 'share' ? t('pages.shareHidden') : t('suppressed')}
				missingLabel={t('noValue')}
				language={language}
			/>
			{across ? (
				<MonthsAcross summary={summary} caption={t('pages.trendCaption', { indicator: name, place: placeName })} />
			) : (
				<div className="table-wrap">
					<table className="indicator-table">
						<caption>{t('pages.trendCaption', { indicator: name, place: placeName })}</caption>
						<thead>
							<tr>
								<th scope="col">{t('pages.month')}</th>
								<th scope="col">{t('pages.value')}</th>
							</tr>
						</thead>
						<tbody>
							{summary.trend.map((point) => (
								<tr key={point.month}>
									<th scope="row">{point.label}</th>
									<td>{text(point.value, summary.unit)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</div>
	)
}

/**
 * The months across, their values under them. A hidden count is written "<5" for the eye and "fewer than 5" for a
 * screen reader. On a phone the table scrolls sideways within its frame, which the keyboard can reach.
 */
function MonthsAcross({ summary, caption }: { summary: IndicatorSummary; caption: string }) {
	const { t } = useTranslation('indicators')
	const text = useReadingText()
	const captionId = `months-${summary.id}`
	return (
		<div className="table-wrap" role="group" aria-labelledby={captionId} tabIndex={0}>
			<table className="indicator-table indicator-table--across">
				<caption id={captionId}>{caption}</caption>
				<thead>
					<tr>
						<th scope="row">{t('pages.month')}</th>
						{summary.trend.map((point) => (
							<th scope="col" key={point.month}>
								{point.label}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					<tr>
						<th scope="row">{t('pages.value')}</th>
						{summary.trend.map((point) => (
							<td key={point.month}>
								{isHidden(point.value) && summary.unit === 'count' ? (
									<>
										<span aria-hidden="true">{t('suppressedShort')}</span>
										<span className="visually-hidden">{text(point.value, summary.unit)}</span>
									</>
								) : (
									text(point.value, summary.unit)
								)}
							</td>
						))}
					</tr>
				</tbody>
			</table>
		</div>
	)
}

/** A table of one breakdown, the countries, or an organisation's part, with its total first. */
export function ValuesTable({
	caption,
	heading,
	rows,
	unit,
	total,
}: {
	caption: string
	heading: string
	rows: { value: string; label: string; reading: Reading }[]
	unit: 'count' | 'share'
	total?: Reading
}) {
	const { t } = useTranslation('indicators')
	const text = useReadingText()
	return (
		<div className="table-wrap">
			<table className="indicator-table">
				<caption>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">{heading}</th>
						<th scope="col">{t('pages.value')}</th>
					</tr>
				</thead>
				<tbody>
					{rows.length ? (
						rows.map((row) => (
							<tr key={row.value}>
								<th scope="row">
									<bdi>{row.label}</bdi>
								</th>
								<td>{text(row.reading, unit)}</td>
							</tr>
						))
					) : (
						<tr>
							<td colSpan={2}>{t('pages.nothingInPeriod')}</td>
						</tr>
					)}
				</tbody>
				{total ? (
					<tfoot>
						<tr>
							<th scope="row">{t('pages.total')}</th>
							<td>{text(total, unit)}</td>
						</tr>
					</tfoot>
				) : null}
			</table>
		</div>
	)
}

/** The line under a value: the year's target and how far it is met. */
export function TargetLine({ summary, year }: { summary: IndicatorSummary; year: number }) {
	const { t } = useTranslation('indicators')
	const text = useReadingText()
	if (summary.target === null) return <p className="muted">{t('pages.noTarget', { year })}</p>
	const target = text({ value: summary.target }, summary.unit)
	const hidden = isHidden(summary.yearToDate)
	return (
		<p>
			{t('pages.targetFor', { year, target })} · {t('pages.yearToDate')}: {text(summary.yearToDate, summary.unit)}
			{summary.progress || hidden ? (
				<>
					{' · '}
					<ProgressText progress={summary.progress} hidden={hidden} />
				</>
			) : null}
		</p>
	)
}

export function Breadcrumbs({ children }: { children: ReactNode }) {
	const { t } = useTranslation('indicators')
	const href = useHref()
	return (
		<nav aria-label={t('pages.breadcrumbs')} className="breadcrumbs no-print">
			<Link to={href('/indicators')}>{t('pages.title')}</Link> · {children}
		</nav>
	)
}
