import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { directoryCountries, directoryPageSize, listServices } from '#app/modules/programmes/directory.server.ts'
import { parseServiceFilters } from '#app/modules/programmes/filters.ts'
import { languageOptions, namesFor } from '#app/modules/programmes/options.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { serviceTypes } from '#app/modules/programmes/vocabulary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SelectField } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { ListOf } from '#app/ui/list-of.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { FallbackNotice, SampleNotice } from './programmes+/__programme-facts.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const filters = parseServiceFilters(new URL(request.url).searchParams)
	const countries = directoryCountries()
	return json({
		filters,
		...listServices(filters, language),
		pageSize: directoryPageSize,
		countries: countryOptions(language, countries),
		languages: languageOptions(language),
		names: namesFor(language, countries),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'neutralTitle', 'programmes')

/** The referral directory of support services: who to call, in which language, when. Never an address. */
export default function SupportDirectory() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { filters, services, total, pageSize, countries, languages, names } = useLoaderData<typeof loader>()
	return (
		<div className="page plain">
			<h1>{t('directory.title')}</h1>
			<p className="lead">{t('directory.intro')}</p>
			<p>
				<Link to={href('/programmes')}>{t('directory.programmesLink')}</Link>
			</p>
			<Form method="GET" className="filters" aria-label={t('catalogue.filters')}>
				<SelectField
					name="country"
					label={t('catalogue.country')}
					placeholder={t('catalogue.anyCountry')}
					options={countries}
					defaultValue={filters.country}
				/>
				<SelectField
					name="type"
					label={t('directory.type')}
					placeholder={t('directory.anyType')}
					options={serviceTypes.map((type) => ({ value: type, label: t(`serviceTypes.${type}`) }))}
					defaultValue={filters.type}
				/>
				<SelectField
					name="language"
					label={t('directory.language')}
					placeholder={t('catalogue.anyLanguage')}
					options={languages}
					defaultValue={filters.language}
				/>
				<button type="submit" className="button">
					{t('directory.show')}
				</button>
			</Form>
			<h2>{t('directory.results', { count: total })}</h2>
			{services.length ? (
				<ul className="cards">
					{services.map((service) => (
						<li key={service.slug} className="card">
							{service.fallback ? <FallbackNotice language={service.textLanguage} /> : null}
							<h3 lang={service.textLanguage}>{service.name}</h3>
							<p className="meta">
								{t(`serviceTypes.${service.type}`)} ·{' '}
								{t('facts.place', { region: service.region, country: names.countries[service.country] })}
							</p>
							<p lang={service.textLanguage}>{service.summary}</p>
							<dl className="facts">
								<div>
									<dt>{t('directory.languages')}</dt>
									<dd>
										<ListOf items={service.languages.map((code) => names.languages[code] ?? code)} />
									</dd>
								</div>
								<div>
									<dt>{t('directory.hours')}</dt>
									<dd lang={service.textLanguage}>{service.open24h ? t('directory.open24h') : service.hours}</dd>
								</div>
								{service.phone ? (
									<div>
										<dt>{t('detail.phone')}</dt>
										<dd>
											<a href={`tel:${service.phone.replace(/\s/g, '')}`} dir="ltr">
												{service.phone}
											</a>
										</dd>
									</div>
								) : null}
								<div>
									<dt>{t('directory.contact')}</dt>
									<dd lang={service.textLanguage}>{service.contact}</dd>
								</div>
							</dl>
						</li>
					))}
				</ul>
			) : (
				<p>{t('directory.empty')}</p>
			)}
			<Pagination page={filters.page} pageSize={pageSize} total={total} />
			<SampleNotice />
		</div>
	)
}
