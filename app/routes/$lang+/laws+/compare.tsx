import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { byCountryName, comparisonFor } from '#app/modules/laws/pages.server.ts'
import { frameworkCountries } from '#app/modules/laws/store.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { CheckboxGroup } from '#app/ui/checkbox-group.tsx'
import { SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CompareProblem } from './__compare-problem.tsx'
import { ComparisonTables } from './__comparison-table.tsx'
import { AgreementsBetween } from './__agreement-parts.tsx'
import { SampleNotice } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const url = new URL(request.url)
	const comparison = comparisonFor(url.searchParams, language)
	const choices = byCountryName(frameworkCountries(), language).map((row) => ({ value: row.country, label: row.name }))
	// A wrong list is the reader's to fix on this page: a 400 with the message and the choices, never an error page.
	const status = comparison.ok || comparison.problem.problem === 'missing' ? 200 : 400
	return json({ comparison, choices, query: url.search }, { status })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'compare.title', 'laws')

export default function CompareLaws() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { comparison, choices, query } = useLoaderData<typeof loader>()
	const chosen = comparison.ok ? comparison.countries.map((country) => country.country) : []
	return (
		<div className="page">
			<h1>{comparison.ok ? t('compare.titleWith', { countries: comparison.title }) : t('compare.title')}</h1>
			<p>
				<Link to={href('/laws')}>{t('country.everyCountry')}</Link>
			</p>
			{comparison.ok ? null : <CompareProblem problem={comparison.problem} />}
			{comparison.ok ? (
				<>
					{comparison.countries.some((country) => country.isSample) ? <SampleNotice /> : null}
					<p>{t('compare.intro')}</p>
					<Form method="GET" className="filters no-print">
						<input type="hidden" name="countries" value={chosen.join(',')} />
						<div className="check">
							<input
								type="checkbox"
								id="only-differences"
								name="differences"
								value="on"
								defaultChecked={comparison.onlyDifferences}
							/>
							<label htmlFor="only-differences">{t('compare.onlyDifferences')}</label>
						</div>
						<SubmitButton>{t('compare.apply')}</SubmitButton>
					</Form>
					<p className="inline-actions no-print">
						<a href={href(`/laws/compare/csv${query}`)} download>
							{t('compare.csv')}
						</a>
						<Link to={href(`/laws/compare/print${query}`)}>{t('compare.print')}</Link>
					</p>
					{comparison.groups.length ? null : <p>{t('compare.noDifferences')}</p>}
					<ComparisonTables countries={comparison.countries} groups={comparison.groups} />
					<AgreementsBetween agreements={comparison.agreements} />
				</>
			) : null}
			<Form method="GET" className="stack no-print">
				<CheckboxGroup
					name="countries"
					legend={t('compare.choose')}
					values={choices.map((choice) => choice.value)}
					labelOf={(code) => choices.find((choice) => choice.value === code)?.label ?? code}
					checked={chosen}
				/>
				<SubmitButton>{t('index.compare')}</SubmitButton>
			</Form>
		</div>
	)
}
