import { type Params } from '@remix-run/react'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { type ViewRequest } from '#app/modules/indicators/dashboard.server.ts'
import { downloadResponse, type ExportableView, exportView } from '#app/modules/indicators/exports.server.ts'
import { indicatorFilterFrom, viewerOf } from '#app/modules/indicators/filters.ts'
import { currentYear, type Period, parsePeriod } from '#app/modules/indicators/months.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type Outcome } from '#app/platform/outcome.ts'
import { regions } from '#app/platform/regions.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'

/** A filter the views did not understand: the field to show it at and its message's key in `indicators`. */
export type FilterProblem = { field: string; message: string }

type Input = { language: Language; query: URLSearchParams } & (
	{ ok: true; request: ViewRequest } | { ok: false; problem: FilterProblem }
)

const problemOf = (reason: string, field = 'form'): FilterProblem => ({ field, message: `pages.errors.${reason}` })

/**
 * What every indicator view starts from: the reader (an organisation asked for that is not theirs is a 403 here),
 * the period (`defaultPeriod` when none is asked for) and place, or the reason they were refused.
 */
export async function viewInput(
	request: Request,
	params: Params,
	defaultPeriod: (now: Date) => Period,
	now = new Date(),
): Promise<Input> {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const actor = (await getSignedInUser(request))?.user ?? null
	const viewer = viewerOf(actor, query.get('organisation'))
	if (!viewer.ok) throw refusedPage(viewer)
	const filter = indicatorFilterFrom(query, defaultPeriod(now))
	if (!filter.ok) return { ok: false, language, query, problem: problemOf(filter.reason, filter.field) }
	return { ok: true, language, query, request: { filter: filter.filter, viewer: viewer.viewer, now, language } }
}

/** A module's answer for a view, or the filter problem it found (a coordinator's pick that is no organisation). */
export function viewOrProblem<View>(outcome: Outcome<string, { view: View }>) {
	if (outcome.ok) return { view: outcome.view, problem: null }
	if (outcome.reason === 'not-found' || outcome.reason === 'forbidden') throw refusedPage({ reason: outcome.reason })
	return { view: null, problem: problemOf(outcome.reason, outcome.field) }
}

/** The choices of the filter form, named on the server so the browser shows exactly the same words. */
export function filterChoices(language: Language, now: Date, chosen: Period | null) {
	const t = serverI18n(language).getFixedT(language, 'indicators')
	const thisYear = currentYear(now).year
	const periods: Period[] = []
	for (let year = thisYear; year >= thisYear - 3; year--) {
		periods.push(parsePeriod(String(year))!)
		for (let quarter = 4; quarter >= 1; quarter--) {
			const period = parsePeriod(`${year}-Q${quarter}`)!
			if (period.from <= `${now.toISOString().slice(0, 7)}`) periods.push(period)
		}
	}
	if (chosen && !periods.some((period) => period.id === chosen.id)) periods.unshift(chosen)
	return {
		periods: periods.map((period) => ({ value: period.id, label: periodName(period, language) })),
		places: [
			{ value: '', label: t('places.world') },
			...regions.map((region) => ({ value: `region:${region}`, label: t(`places.region.${region}`) })),
			...countryOptions(language),
		],
	}
}

export function periodName(period: Period, language: Language) {
	const t = serverI18n(language).getFixedT(language, 'indicators')
	return period.quarter
		? t('pages.periodQuarter', { quarter: period.quarter, year: period.year })
		: t('pages.periodYear', { year: period.year })
}

/** A view's download; a filter it did not understand answers 400 with the reason, in the reader's language. */
export function downloadOf(
	input: Input,
	build: (request: ViewRequest) => Outcome<string, { view: ExportableView }>,
	format: 'csv' | 'json',
) {
	const t = serverI18n(input.language).getFixedT(input.language, 'indicators')
	const refused = (problem: FilterProblem) =>
		new Response(t(problem.message), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
	if (!input.ok) return refused(input.problem)
	const { view, problem } = viewOrProblem(build(input.request))
	if (!view) return refused(problem)
	return downloadResponse(exportView(view, format, input.language))
}
