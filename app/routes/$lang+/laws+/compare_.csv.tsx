import { type LoaderFunctionArgs } from '@remix-run/node'
import { comparisonFor } from '#app/modules/laws/pages.server.ts'
import { comparisonCsv } from '#app/modules/laws/comparison-csv.server.ts'
import { csvResponse } from '#app/platform/csv.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'

/** The comparison as the page shows it (the same rows, the reader's language), for a spreadsheet. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const comparison = comparisonFor(new URL(request.url).searchParams, language)
	if (!comparison.ok) return new Response(comparison.problem.problem, { status: 400 })
	return csvResponse(
		comparisonCsv(comparison, language),
		`atlas-laws-${comparison.countries.map((c) => c.country).join('-')}.csv`,
	)
}
