import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type DashboardView, dashboardView } from '#app/modules/indicators/dashboard.server.ts'
import { filterQuery } from '#app/modules/indicators/filters.ts'
import { currentYear } from '#app/modules/indicators/months.ts'
import { type IndicatorSummary } from '#app/modules/indicators/summary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { filterState, viewInput, viewOrProblem } from './__indicators.server.ts'
import {
	CountingNotes,
	Downloads,
	FilterForm,
	FilterProblemNotice,
	TargetLine,
	TrendWithTable,
	useIndicatorWords,
	useReadingText,
} from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['indicators'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const now = new Date()
	const input = await viewInput(request, params, currentYear, now)
	const shared = filterState(input, currentYear, now)
	if (!input.ok) return json({ ...shared, view: null, problem: input.problem, query: '' }, { status: 400 })
	const { view, problem } = viewOrProblem(dashboardView(input.request, { view: 'dashboard' }))
	const query = filterQuery(input.request.filter, { organisation: shared.organisation })
	return json({ ...shared, view, problem, query }, { status: view ? 200 : 400 })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'pages.title', 'indicators')

function IndicatorCard({ summary, view, query }: { summary: IndicatorSummary; view: DashboardView; query: string }) {
	const { t } = useTranslation('indicators')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	const words = useIndicatorWords()
	const text = useReadingText()
	const headingId = `indicator-${summary.id}`
	return (
		<article className="indicator-card" aria-labelledby={headingId}>
			<h3 id={headingId}>
				<Link to={href(`/indicators/${summary.id}${query}`)}>{words.name(summary.id)}</Link>
			</h3>
			<p className="indicator-card__value">
				<strong>{text(summary.value, summary.unit)}</strong>{' '}
				<span className="muted">{t('pages.valueFor', { period: data.periodName, place: view.placeName })}</span>
			</p>
			{summary.organisation && view.organisation ? (
				<p>
					{t('pages.organisationPart', { organisation: view.organisation.name })}:{' '}
					<strong>{text(summary.organisation, summary.unit)}</strong>
				</p>
			) : null}
			<TargetLine summary={summary} year={view.period.year} />
			<TrendWithTable summary={summary} placeName={view.placeName} idPrefix="trend" across />
		</article>
	)
}

export default function IndicatorDashboard() {
	const { t } = useTranslation('indicators')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	const view = data.view as DashboardView | null
	return (
		<div className="page indicators">
			<h1>{t('pages.title')}</h1>
			<p>{t('pages.intro')}</p>
			<p className="inline-actions no-print">
				<Link to={href(`/indicators/review${data.query}`)}>{t('pages.reviewLink')}</Link>
				{view?.exact ? <Link to={href('/indicators/targets')}>{t('pages.targetsLink')}</Link> : null}
			</p>
			<FilterProblemNotice problem={data.problem} fields={['period', 'place']} />
			<FilterForm
				periods={data.choices.periods}
				places={data.choices.places}
				period={data.period}
				place={data.place}
				errors={data.problem ? { [data.problem.field]: [`indicators:${data.problem.message}`] } : {}}
			/>
			{view ? (
				<>
					{view.organisation ? (
						<p className="notice">{t('pages.organisationNote', { organisation: view.organisation.name })}</p>
					) : null}
					<CountingNotes countedUpTo={view.countedUpTo} exact={view.exact} />
					<Downloads path="/indicators" query={data.query} />
					{view.empty ? null : (
						<nav className="no-print" aria-label={t('pages.areasNav')}>
							<ul className="indicator-areas">
								{view.areas.map((area) => (
									<li key={area.area}>
										<a href={`#area-${area.area}`}>{t(`areas.${area.area}`)}</a>
									</li>
								))}
							</ul>
						</nav>
					)}
					{view.empty ? (
						<p className="empty">{t('pages.empty')}</p>
					) : (
						view.areas.map((area) => (
							<section key={area.area} aria-labelledby={`area-${area.area}`} className="indicator-area">
								<h2 id={`area-${area.area}`}>{t(`areas.${area.area}`)}</h2>
								<div className="indicator-cards">
									{area.indicators.map((summary) => (
										<IndicatorCard key={summary.id} summary={summary} view={view} query={data.query} />
									))}
								</div>
							</section>
						))
					)}
				</>
			) : null}
		</div>
	)
}
