import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { findListedProgrammes } from '#app/modules/programmes/catalogue.server.ts'
import { parseComparedSlugs } from '#app/modules/programmes/filters.ts'
import { namesFor } from '#app/modules/programmes/options.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { useProgrammeFacts } from './__programme-facts.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const programmes = findListedProgrammes(parseComparedSlugs(new URL(request.url).searchParams), language)
	return json({
		programmes,
		names: namesFor(
			language,
			programmes.map((programme) => programme.country),
		),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'neutralTitle', 'programmes')

export default function Compare() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { programmes, names } = useLoaderData<typeof loader>()
	const factsOf = useProgrammeFacts(names)
	const columns = programmes.map((programme) => ({ programme, facts: factsOf(programme) }))
	return (
		<div className="page plain">
			<h1>{t('compare.title')}</h1>
			<p>
				<Link to={href('/programmes')}>{t('detail.back')}</Link>
			</p>
			{programmes.length < 2 ? <p>{t('compare.pickMore')}</p> : null}
			{programmes.length ? (
				<div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
					<p className="scroll-hint">{t('compare.scrollHint')}</p>
					<table className="compare">
						<caption id="compare-caption">{t('compare.caption')}</caption>
						<thead>
							<tr>
								<td />
								{columns.map(({ programme }) => (
									<th key={programme.slug} scope="col" lang={programme.textLanguage}>
										<Link to={href(`/programmes/${programme.slug}`)}>{programme.title}</Link>
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{columns[0]!.facts.map((fact, row) => (
								<tr key={fact.key}>
									<th scope="row">{fact.label}</th>
									{columns.map(({ programme, facts }) => (
										<td key={programme.slug}>{facts[row]!.value}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : null}
		</div>
	)
}
