import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { comparisonFor } from '#app/modules/laws/pages.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { AgreementsBetween } from './__agreement-parts.tsx'
import { CompareProblem } from './__compare-problem.tsx'
import { ComparisonTables } from './__comparison-table.tsx'
import { SampleNotice } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

/** The comparison laid out for paper: no controls, every row and citation, the date it was printed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const url = new URL(request.url)
	const comparison = comparisonFor(url.searchParams, language)
	return json(
		{ comparison, query: url.search, printedOn: new Date().toISOString().slice(0, 10) },
		{ status: comparison.ok ? 200 : 400 },
	)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'compare.title', 'laws')

export default function PrintComparison() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { comparison, query, printedOn } = useLoaderData<typeof loader>()
	return (
		<div className="page law-print">
			<p className="no-print">
				<Link to={href(`/laws/compare${query}`)}>{t('compare.backToComparison')}</Link>
			</p>
			{comparison.ok ? (
				<>
					<h1>{t('compare.titleWith', { countries: comparison.title })}</h1>
					<SampleNotice />
					<p>{t('compare.printNote', { date: printedOn })}</p>
					<ComparisonTables countries={comparison.countries} groups={comparison.groups} links={false} />
					<AgreementsBetween agreements={comparison.agreements} links={false} />
				</>
			) : (
				<>
					<h1>{t('compare.title')}</h1>
					<CompareProblem problem={comparison.problem} />
				</>
			)}
		</div>
	)
}
