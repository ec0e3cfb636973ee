import { type Params } from '@remix-run/react'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { type ViewRequest } from '#app/modules/indicators/dashboard.server.ts'
import { downloadResponse, type ExportableView, exportView } from '#app/modules/indicators/exports.server.ts'
import { indicatorFilterFrom, viewerOf } from '#app/modules/indicators/filters.ts'
import { filterChoices, periodName } from '#app/modules/indicators/filter-choices.server.ts'
import { type Period } from '#app/modules/indicators/months.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type Outcome } from '#app/platform/outcome.ts'
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

/**
 * What every indicator page shows whatever it found: the filter form's choices and what was chosen (the period asked
 * for, or the page's own when it could not be read), the period's name, the place and the organisation asked for.
 */
export function filterState(input: Input, defaultPeriod: (now: Date) => Period, now: Date) {
	const period = input.ok ? input.request.filter.period : defaultPeriod(now)
	return {
		choices: filterChoices(input.language, now, period),
		period: period.id,
		periodName: periodName(period, input.language),
		place: input.ok ? input.request.filter.place : '',
		organisation: input.query.get('organisation'),
	}
}

/** A module's answer for a view, or the filter problem it found (a coordinator's pick that is no organisation). */
export function viewOrProblem<View>(outcome: Outcome<string, { view: View }>) {
	if (outcome.ok) return { view: outcome.view, problem: null }
	if (outcome.reason === 'not-found' || outcome.reason === 'forbidden') throw refusedPage({ reason: outcome.reason })
	return { view: null, problem: problemOf(outcome.reason, outcome.field) }
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
