import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { cataloguePageSize, listProgrammes, placesToFilterBy } from '#app/modules/programmes/catalogue.server.ts'
import { parseProgrammeFilters } from '#app/modules/programmes/filters.ts'
import { languageOptions, namesFor } from '#app/modules/programmes/options.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { literacyLevels, maxCompared, programmeFormats, sectors } from '#app/modules/programmes/vocabulary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { chosenFilters, FilterPanel } from '#app/ui/filter-panel.tsx'
import { SelectField } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { SampleNotice } from './__programme-facts.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const filters = parseProgrammeFilters(new URL(request.url).searchParams)
	const { programmes, total } = listProgrammes(filters, language)
	const { countries, regions } = placesToFilterBy(filters.country, language)
	return json({
		filters,
		programmes,
		total,
		pageSize: cataloguePageSize,
		countries: countryOptions(language, countries),
		regions,
		languages: languageOptions(language),
		names: namesFor(language, countries),
	})
}

// The title says nothing about what is being read: it shows in tabs and in history.
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'neutralTitle', 'programmes')

function Tick({ name, label, checked }: { name: string; label: string; checked: boolean }) {
	return (
		<div className="check">
			<input type="checkbox" id={`filter-${name}`} name={name} defaultChecked={checked} />
			<label htmlFor={`filter-${name}`}>{label}</label>
		</div>
	)
}

export default function Programmes() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { filters, programmes, total, pageSize, countries, regions, languages, names } = useLoaderData<typeof loader>()
	const labelled = (prefix: string, values: readonly string[]) =>
		values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))
	return (
		<div className="page plain">
			<h1>{t('catalogue.title')}</h1>
			<p className="lead">{t('catalogue.intro')}</p>
			<p>
				<Link to={href('/support')}>{t('catalogue.supportLink')}</Link> ·{' '}
				<Link to={href('/browse-safely')}>{t('safety.title')}</Link>
			</p>
			<FilterPanel chosen={chosenFilters(filters)}>
				<Form method="GET" className="filters filters--catalogue" aria-labelledby="filters-heading">
					<h2 id="filters-heading">{t('catalogue.filters')}</h2>
					<SelectField
						name="country"
						label={t('catalogue.country')}
						placeholder={t('catalogue.anyCountry')}
						options={countries}
						defaultValue={filters.country}
					/>
					<SelectField
						name="region"
						label={t('catalogue.region')}
						placeholder={t('catalogue.anyRegion')}
						options={regions.map((region) => ({ value: region, label: region }))}
						defaultValue={filters.region}
					/>
					<SelectField
						name="sector"
						label={t('catalogue.sector')}
						placeholder={t('catalogue.anySector')}
						options={labelled('sectors', sectors)}
						defaultValue={filters.sector}
					/>
					<SelectField
						name="language"
						label={t('catalogue.language')}
						placeholder={t('catalogue.anyLanguage')}
						options={languages}
						defaultValue={filters.language}
					/>
					<SelectField
						name="format"
						label={t('catalogue.format')}
						placeholder={t('catalogue.anyFormat')}
						options={labelled('formats', programmeFormats)}
						defaultValue={filters.format}
					/>
					<SelectField
						name="literacy"
						label={t('catalogue.literacy')}
						placeholder={t('catalogue.anyLiteracy')}
						options={labelled('literacy', literacyLevels)}
						defaultValue={filters.literacy}
					/>
					<fieldset className="checks">
						<legend>{t('catalogue.offers')}</legend>
						<Tick name="free" label={t('catalogue.free')} checked={filters.free} />
						<Tick name="stipend" label={t('catalogue.stipend')} checked={filters.stipend} />
						<Tick name="childcare" label={t('catalogue.childcare')} checked={filters.childcare} />
					</fieldset>
					<button type="submit" className="button">
						{t('catalogue.show')}
					</button>
					<Link to={href('/programmes')}>{t('catalogue.clear')}</Link>
				</Form>
			</FilterPanel>
			<h2 id="results-heading">{t('catalogue.results', { count: total })}</h2>
			{programmes.length ? (
				<Form method="GET" action={href('/programmes/compare')} aria-labelledby="results-heading">
					<p>{t('catalogue.compareHint', { max: maxCompared })}</p>
					<ul className="cards">
						{programmes.map((programme) => (
							<li key={programme.slug} className="card">
								<h3 lang={programme.textLanguage}>
									<Link to={href(`/programmes/${programme.slug}`)}>{programme.title}</Link>
								</h3>
								<p lang={programme.textLanguage}>{programme.summary}</p>
								<p className="meta">
									{t('facts.place', { region: programme.region, country: names.countries[programme.country] })} ·{' '}
									{t(`formats.${programme.format}`)} · {programme.cost ? t('facts.paid') : t('facts.free')}
									{programme.childcare ? ` · ${t('facts.childcare')}` : ''}
								</p>
								<div className="check">
									<input type="checkbox" id={`compare-${programme.slug}`} name="p" value={programme.slug} />
									<label htmlFor={`compare-${programme.slug}`}>
										{t('catalogue.addToCompare', { title: programme.title })}
									</label>
								</div>
							</li>
						))}
					</ul>
					<button type="submit" className="button button--secondary">
						{t('catalogue.compare')}
					</button>
				</Form>
			) : (
				<p>{t('catalogue.empty')}</p>
			)}
			<Pagination page={filters.page} pageSize={pageSize} total={total} />
			<SampleNotice />
		</div>
	)
}
