import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type DashboardView } from '#app/modules/indicators/dashboard.server.ts'
import { filterQuery } from '#app/modules/indicators/filters.ts'
import { isHidden } from '#app/modules/indicators/series-view.ts'
import { reviewPeriodByDefault, reviewView } from '#app/modules/indicators/review.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { filterState, viewInput, viewOrProblem } from './__indicators.server.ts'
import {
	Breadcrumbs,
	CountingNotes,
	Downloads,
	FilterForm,
	FilterProblemNotice,
	PrintButton,
	ProgressText,
	useIndicatorWords,
	useReadingText,
} from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['indicators'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const now = new Date()
	const input = await viewInput(request, params, reviewPeriodByDefault, now)
	const t = serverI18n(input.language).getFixedT(input.language, 'indicators')
	const shared = filterState(input, reviewPeriodByDefault, now)
	if (!input.ok)
		return json(
			{ ...shared, title: t('pages.reviewTitle'), view: null, problem: input.problem, query: '' },
			{ status: 400 },
		)
	const { view, problem } = viewOrProblem(reviewView(input.request))
	const query = filterQuery(input.request.filter, { organisation: shared.organisation })
	// The printed page's title names the period, so a stack of printed reviews can be told apart.
	const title = t('pages.reviewTitleFor', { period: shared.periodName, place: view?.placeName ?? '' })
	return json({ ...shared, title, view, problem, query }, { status: view ? 200 : 400 })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.title)

function AreaTable({ area, view }: { area: DashboardView['areas'][number]; view: DashboardView }) {
	const { t } = useTranslation('indicators')
	const words = useIndicatorWords()
	const text = useReadingText()
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const withOrganisation = Boolean(view.organisation) && area.indicators.some((one) => one.organisation)
	return (
		<section aria-labelledby={`review-${area.area}`} className="indicator-review__area">
			<h2 id={`review-${area.area}`}>{t(`areas.${area.area}`)}</h2>
			<div className="table-wrap">
				<table className="indicator-table">
					<caption>{t('pages.reviewCaption', { area: t(`areas.${area.area}`), period: data.periodName })}</caption>
					<thead>
						<tr>
							<th scope="col">{t('pages.indicator')}</th>
							<th scope="col">{t('pages.value')}</th>
							{withOrganisation ? (
								<th scope="col">{t('pages.organisationPart', { organisation: view.organisation!.name })}</th>
							) : null}
							<th scope="col">{t('pages.targetHeading', { year: view.period.year })}</th>
							<th scope="col">{t('pages.yearToDate')}</th>
							<th scope="col">{t('pages.progress')}</th>
						</tr>
					</thead>
					<tbody>
						{area.indicators.map((summary) => (
							<tr key={summary.id}>
								<th scope="row">
									<Link to={href(`/indicators/${summary.id}${data.query}`)}>{words.name(summary.id)}</Link>
								</th>
								<td>{text(summary.value, summary.unit)}</td>
								{withOrganisation ? (
									<td>{summary.organisation ? text(summary.organisation, summary.unit) : '—'}</td>
								) : null}
								<td>{summary.target === null ? '—' : text({ value: summary.target }, summary.unit)}</td>
								<td>{text(summary.yearToDate, summary.unit)}</td>
								<td>
									{summary.target === null ? (
										'—'
									) : (
										<ProgressText progress={summary.progress} hidden={isHidden(summary.yearToDate)} />
									)}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	)
}

export default function IndicatorReview() {
	const { t } = useTranslation('indicators')
	const data = useLoaderData<typeof loader>()
	const view = data.view as DashboardView | null
	return (
		<div className="page indicators indicator-review">
			<Breadcrumbs>
				<span>{t('pages.reviewTitle')}</span>
			</Breadcrumbs>
			<h1>{view ? data.title : t('pages.reviewTitle')}</h1>
			<p className="no-print">{t('pages.reviewIntro')}</p>
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
					<div className="inline-actions no-print">
						<PrintButton />
					</div>
					<Downloads path="/indicators/review" query={data.query} />
					<CountingNotes countedUpTo={view.countedUpTo} exact={view.exact} />
					{view.empty ? <p className="empty">{t('pages.empty')}</p> : null}
					{view.areas.map((area) => (
						<AreaTable key={area.area} area={area} view={view} />
					))}
				</>
			) : null}
		</div>
	)
}
