import { type LoaderFunctionArgs } from '@remix-run/node'
import { dashboardView } from '#app/modules/indicators/dashboard.server.ts'
import { currentYear } from '#app/modules/indicators/months.ts'
import { downloadOf, viewInput } from './__indicators.server.ts'

/** The dashboard as the reader sees it (same filters, same suppression), as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const input = await viewInput(request, params, currentYear)
	return downloadOf(input, (view) => dashboardView(view, { view: 'dashboard' }), 'csv')
}
