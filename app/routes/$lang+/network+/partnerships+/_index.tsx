import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { partnershipListPage } from '#app/modules/network/partnership-pages.server.ts'
import { networkPageSize, partnershipStatuses } from '#app/modules/network/vocabulary.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { PeriodText } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['partnerships'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const actor = (await getSignedInUser(request))?.user ?? null
	const filter = {
		country: oneOf(countryCodes, query.get('country')),
		status: oneOf(partnershipStatuses, query.get('status')),
	}
	const page = pageNumber(query.get('page'))
	return json({
		filter,
		page,
		...partnershipListPage(actor, filter, page, language),
		countries: countryOptions(language),
		signedIn: Boolean(actor),
		mayCreate: can(actor, 'network:edit'),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'list.title', 'partnerships')

function Filters() {
	const { t } = useTranslation('partnerships')
	const { filter, countries } = useLoaderData<typeof loader>()
	return (
		<Form method="GET" className="filters">
			<SelectField
				name="country"
				label={t('list.country')}
				options={[{ value: '', label: t('list.anyCountry') }, ...countries]}
				defaultValue={filter.country ?? ''}
			/>
			<SelectField
				name="status"
				label={t('list.status')}
				options={[
					{ value: '', label: t('list.anyStatus') },
					...partnershipStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
				]}
				defaultValue={filter.status ?? ''}
			/>
			<SubmitButton>{t('list.apply')}</SubmitButton>
		</Form>
	)
}

export default function Partnerships() {
	const { t } = useTranslation('partnerships')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('list.title')}</h1>
			<p>{t('list.intro')}</p>
			{data.mayCreate ? (
				<p className="inline-actions">
					<Link to={href('/network/partnerships/new')}>{t('list.new')}</Link>
				</p>
			) : null}
			<Filters />
			{data.sample ? <p className="notice notice--info">{t('list.sampleNotice')}</p> : null}
			<h2>{t('list.results', { count: data.total, number: format.number(data.total) })}</h2>
			{data.partnerships.length ? (
				<ul className="plain-list stack">
					{data.partnerships.map((partnership) => (
						<li key={partnership.slug}>
							<h3 {...inLanguage(partnership.textLanguage)}>
								<Link to={href(`/network/partnerships/${partnership.slug}`)}>{partnership.title}</Link>
							</h3>
							<p className="muted">
								{t(`statuses.${partnership.status}`)} · <PeriodText period={partnership} /> ·{' '}
								{format.list(partnership.countries.map(format.country))}
								{data.signedIn && !partnership.published ? <> · {t('list.notPublic')}</> : null}
							</p>
							<p>
								{t('list.partners')}{' '}
								{partnership.partners.map((name, index) => (
									<span key={name + index}>
										{index ? ', ' : null}
										<bdi>{name}</bdi>
									</span>
								))}
							</p>
						</li>
					))}
				</ul>
			) : (
				<p>{t('list.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={networkPageSize} total={data.total} />
		</div>
	)
}
