import { type LoaderFunctionArgs } from '@remix-run/node'
import { indicatorPageView } from '#app/modules/indicators/indicator-page.server.ts'
import { currentYear } from '#app/modules/indicators/months.ts'
import { downloadOf, viewInput } from './__indicators.server.ts'

/** One indicator's page (its breakdowns, countries and organisation part) as the reader sees it, as JSON. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const input = await viewInput(request, params, currentYear)
	return downloadOf(input, (view) => indicatorPageView(view, params.indicatorId ?? ''), 'json')
}
