import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { indicatorById } from '#app/modules/indicators/framework.ts'
import { type IndicatorPageView, indicatorPageView } from '#app/modules/indicators/indicator-page.server.ts'
import { filterQuery } from '#app/modules/indicators/filters.ts'
import { currentYear } from '#app/modules/indicators/months.ts'
import { wordsOf } from '#app/modules/indicators/summary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { filterState, viewInput, viewOrProblem } from './__indicators.server.ts'
import {
	Breadcrumbs,
	CountingNotes,
	Downloads,
	FilterForm,
	FilterProblemNotice,
	TargetLine,
	TrendWithTable,
	useReadingText,
	ValuesTable,
} from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['indicators'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const now = new Date()
	const input = await viewInput(request, params, currentYear, now)
	const indicator = indicatorById.get(params.indicatorId ?? '')
	if (!indicator) throw notFound()
	const t = serverI18n(input.language).getFixedT(input.language, 'indicators')
	const shared = {
		id: indicator.id,
		title: t(`${wordsOf(indicator)}.name`),
		...filterState(input, currentYear, now),
	}
	if (!input.ok) return json({ ...shared, view: null, problem: input.problem, query: '' }, { status: 400 })
	const { view, problem } = viewOrProblem(indicatorPageView(input.request, indicator.id))
	const query = filterQuery(input.request.filter, { organisation: shared.organisation })
	return json({ ...shared, view, problem, query }, { status: view ? 200 : 400 })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.title)

function Comparison({ view }: { view: IndicatorPageView }) {
	const { t } = useTranslation('indicators')
	const data = useLoaderData<typeof loader>()
	const comparison = view.comparison
	if (!comparison) return null
	const unit = view.indicator.unit
	const name = comparison.organisation.name
	return (
		<section aria-labelledby="comparison-heading">
			<h2 id="comparison-heading">{t('pages.comparisonHeading', { organisation: name })}</h2>
			<p>{t('pages.comparisonIntro')}</p>
			<ValuesTable
				caption={t('pages.comparisonCaption', { organisation: name, indicator: data.title, period: data.periodName })}
				heading={t('pages.who')}
				unit={unit}
				rows={[
					{
						value: 'organisation',
						label: t('pages.organisationPart', { organisation: name }),
						reading: comparison.part,
					},
					{ value: 'whole', label: t('pages.wholePart'), reading: comparison.whole },
				]}
			/>
			{comparison.breakdowns.map((table) => (
				<ValuesTable
					key={table.breakdown}
					caption={t('pages.organisationBreakdownCaption', {
						organisation: name,
						breakdown: t(`breakdowns.${table.breakdown}`),
						period: data.periodName,
					})}
					heading={t(`pages.breakdownColumn.${table.breakdown}`)}
					unit={unit}
					rows={table.rows}
					total={table.total}
				/>
			))}
		</section>
	)
}

export default function IndicatorPage() {
	const { t } = useTranslation('indicators')
	const data = useLoaderData<typeof loader>()
	const text = useReadingText()
	const view = data.view as IndicatorPageView | null
	const indicator = indicatorById.get(data.id)!
	const organisations = view?.organisationChoices?.map((one) => ({ value: one.id, label: one.name })) ?? null
	const href = useHref()
	const allCountries = href(`/indicators/${data.id}?period=${data.period}`)
	return (
		<div className="page indicators">
			<Breadcrumbs>
				<span>{data.title}</span>
			</Breadcrumbs>
			<h1>{data.title}</h1>
			<p className="muted">{t(`areas.${indicator.area}`)}</p>
			<h2>{t('pages.definition')}</h2>
			<p>{t(`${wordsOf(indicator)}.definition`)}</p>
			<FilterProblemNotice
				problem={data.problem}
				fields={organisations ? ['period', 'place', 'organisation'] : ['period', 'place']}
			/>
			<FilterForm
				periods={data.choices.periods}
				places={data.choices.places}
				period={data.period}
				place={data.place}
				organisations={organisations}
				organisation={view?.comparison?.organisation.id ?? data.organisation}
				errors={data.problem ? { [data.problem.field]: [`indicators:${data.problem.message}`] } : {}}
			/>
			{view ? (
				<>
					<CountingNotes countedUpTo={view.countedUpTo} exact={view.exact} />
					<Downloads path={`/indicators/${data.id}`} query={data.query} />
					{view.empty ? <p className="empty">{t('pages.empty')}</p> : null}
					<p className="indicator-card__value">
						<strong>{text(view.indicator.value, view.indicator.unit)}</strong>{' '}
						<span className="muted">{t('pages.valueFor', { period: data.periodName, place: view.placeName })}</span>
					</p>
					<TargetLine summary={view.indicator} year={view.period.year} />
					<TrendWithTable summary={view.indicator} placeName={view.placeName} idPrefix="trend" />
					{view.breakdowns.length ? (
						<section aria-labelledby="breakdowns-heading">
							<h2 id="breakdowns-heading">{t('pages.breakdownsHeading')}</h2>
							{view.breakdowns.map((table) => (
								<ValuesTable
									key={table.breakdown}
									caption={t('pages.breakdownCaption', {
										breakdown: t(`breakdowns.${table.breakdown}`),
										period: data.periodName,
										place: view.placeName,
									})}
									heading={t(`pages.breakdownColumn.${table.breakdown}`)}
									unit={view.indicator.unit}
									rows={table.rows}
									total={table.total}
								/>
							))}
						</section>
					) : null}
					{view.breakdownsForAllCountriesOnly ? (
						<section aria-labelledby="breakdowns-heading">
							<h2 id="breakdowns-heading">{t('pages.breakdownsHeading')}</h2>
							<p>
								{t('pages.breakdownsForAllCountries')}{' '}
								<Link to={allCountries}>{t('pages.breakdownsForAllCountriesLink')}</Link>
							</p>
						</section>
					) : null}
					{view.byCountry ? (
						<section aria-labelledby="countries-heading">
							<h2 id="countries-heading">{t('pages.byCountryHeading')}</h2>
							<ValuesTable
								caption={t('pages.byCountryCaption', { indicator: data.title, period: data.periodName })}
								heading={t('pages.country')}
								unit={view.indicator.unit}
								rows={view.byCountry}
								total={view.indicator.value}
							/>
						</section>
					) : null}
					<Comparison view={view} />
				</>
			) : null}
		</div>
	)
}
