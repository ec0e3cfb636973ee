import { type LoaderFunctionArgs } from '@remix-run/node'
import { reviewPeriodByDefault, reviewView } from '#app/modules/indicators/review.server.ts'
import { downloadOf, viewInput } from './__indicators.server.ts'

/** The review of a quarter or year as the reader sees it, as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const input = await viewInput(request, params, reviewPeriodByDefault)
	return downloadOf(input, (view) => reviewView(view), 'csv')
}
