import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { campaignSummary } from '#app/modules/campaigns/pages.server.ts'
import { listPublished, runBySample, targetedCountries, unpublishedOf } from '#app/modules/campaigns/store.server.ts'
import { campaignAudiences, campaignsPageSize } from '#app/modules/campaigns/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { CampaignItem, SampleNotice } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['campaigns'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	const filter = {
		country: oneOf(countryCodes, query.get('country')),
		audience: oneOf(campaignAudiences, query.get('audience')),
	}
	const page = pageNumber(query.get('page'))
	const today = new Date().toISOString().slice(0, 10)
	const { rows, total } = listPublished(filter, page, today)
	// Drafts are seen only by the admins of the organisation running them, here and nowhere public.
	const mayRun = Boolean(actor && can(actor, 'campaigns:run', { organisationId: actor.organisationId }))
	return json({
		filter,
		page,
		total,
		campaigns: rows.map((row) => campaignSummary(row, language, today)),
		sample: runBySample(rows),
		unpublished:
			mayRun && actor ? unpublishedOf(actor.organisationId).map((row) => campaignSummary(row, language, today)) : [],
		countries: countryOptions(language, targetedCountries()),
		mayRun,
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'list.title', 'campaigns')

export default function Campaigns() {
	const { t } = useTranslation('campaigns')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('list.title')}</h1>
			<p>{t('list.intro')}</p>
			{data.sample ? <SampleNotice list /> : null}
			<p>
				<Link to={href('/news')}>{t('list.newsLink')}</Link>
			</p>
			{data.mayRun ? (
				<p className="inline-actions">
					<Link className="button" to={href('/campaigns/new')}>
						{t('list.new')}
					</Link>
				</p>
			) : null}
			{data.unpublished.length ? (
				<section aria-labelledby="unpublished-heading">
					<h2 id="unpublished-heading">{t('list.unpublished')}</h2>
					<ul className="cards">
						{data.unpublished.map((campaign) => (
							<CampaignItem key={campaign.slug} campaign={campaign} />
						))}
					</ul>
				</section>
			) : null}
			<Form method="GET" className="filters" aria-label={t('list.filters')}>
				<SelectField
					name="country"
					label={t('list.country')}
					placeholder={t('list.anyCountry')}
					options={data.countries}
					defaultValue={data.filter.country ?? ''}
				/>
				<SelectField
					name="audience"
					label={t('list.audience')}
					placeholder={t('list.anyAudience')}
					options={campaignAudiences.map((audience) => ({ value: audience, label: t(`audiences.${audience}`) }))}
					defaultValue={data.filter.audience ?? ''}
				/>
				<SubmitButton>{t('list.show')}</SubmitButton>
			</Form>
			<h2>{t('list.published', { count: data.total, number: format.number(data.total) })}</h2>
			{data.campaigns.length ? (
				<ul className="cards">
					{data.campaigns.map((campaign) => (
						<CampaignItem key={campaign.slug} campaign={campaign} />
					))}
				</ul>
			) : (
				<p className="empty">{t('list.none')}</p>
			)}
			<Pagination page={data.page} pageSize={campaignsPageSize} total={data.total} />
		</div>
	)
}
