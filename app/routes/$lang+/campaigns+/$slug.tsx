import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { presentCampaign } from '#app/modules/campaigns/pages.server.ts'
import { countReach } from '#app/modules/campaigns/reach.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { isSlug } from '#app/platform/slugs.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { FormMessage, SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { type NamedOrganisation, OrganisationName } from '#app/ui/organisation-name.tsx'
import { Paragraphs } from '#app/ui/paragraphs.tsx'
import { CampaignKitList } from './__kit-list.tsx'
import { Period, SampleNotice } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['campaigns'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const slug = params.slug ?? ''
	const auth = await getSignedInUser(request)
	const asked = new URL(request.url).searchParams.get('country')
	const now = new Date()
	const presented = isSlug(slug)
		? presentCampaign(auth?.user ?? null, slug, language, asked, now.toISOString().slice(0, 10))
		: null
	if (!presented) throw notFound()
	// A count for (campaign, chosen country, month); nothing about this visit or visitor is read or kept.
	countReach(presented.row, 'views', asked, now)
	const { campaign } = presented
	return json({ campaign, countries: countryOptions(language, campaign.countries) })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.campaign.title)

function Organisation({ organisation }: { organisation: NamedOrganisation & { kind: string | null } }) {
	const { t } = useTranslation('campaigns')
	return (
		<>
			<OrganisationName organisation={organisation} />
			{organisation.kind ? ` (${t(`organisationKinds.${organisation.kind}`)})` : null}
		</>
	)
}

function YourCountry() {
	const { t } = useTranslation('campaigns')
	const href = useHref()
	const format = useFormat()
	const { campaign, countries } = useLoaderData<typeof loader>()
	return (
		<section aria-labelledby="country-heading">
			<h2 id="country-heading">{t('campaign.yourCountry')}</h2>
			<Form method="GET" className="filters">
				<SelectField
					name="country"
					label={t('campaign.chooseCountry')}
					placeholder={t('campaign.noCountry')}
					options={countries}
					defaultValue={campaign.country ?? ''}
				/>
				<SubmitButton>{t('campaign.showCountry')}</SubmitButton>
			</Form>
			{campaign.country ? (
				<p>
					<Link to={href(`/support?country=${campaign.country}`)}>
						{t('campaign.howToReport', { country: format.country(campaign.country) })}
					</Link>
				</p>
			) : (
				<p>
					<Link to={href('/support')}>{t('campaign.howToReportAnywhere')}</Link>
				</p>
			)}
		</section>
	)
}

export default function CampaignPage() {
	const { t } = useTranslation('campaigns')
	const href = useHref()
	const format = useFormat()
	const { campaign } = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/campaigns')}>{t('campaign.back')}</Link>
			</p>
			{campaign.runner.isSample ? <SampleNotice /> : null}
			{campaign.fallback ? <p className="notice">{t('campaign.notInYourLanguage')}</p> : null}
			{campaign.status !== 'published' ? (
				<FormMessage tone="info">{t(`status.now.${campaign.status}`)}</FormMessage>
			) : null}
			<h1 {...inLanguage(campaign.textLanguage)}>{campaign.title}</h1>
			{campaign.followsReach ? (
				<p className="inline-actions">
					{campaign.editor ? (
						<>
							<Link to={href(`/campaigns/${campaign.slug}/edit`)}>{t('campaign.edit')}</Link>
							<Link to={href(`/campaigns/${campaign.slug}/kit`)}>{t('kit.manage')}</Link>
						</>
					) : null}
					<Link to={href(`/campaigns/${campaign.slug}/reach`)}>{t('reach.link')}</Link>
				</p>
			) : null}
			<div {...inLanguage(campaign.textLanguage)}>
				<Paragraphs text={campaign.message} />
			</div>
			{campaign.signs.length ? (
				<section aria-labelledby="signs-heading">
					<h2 id="signs-heading">{t('campaign.signs')}</h2>
					<ul {...inLanguage(campaign.textLanguage)}>
						{campaign.signs.map((sign, index) => (
							<li key={index}>{sign}</li>
						))}
					</ul>
				</section>
			) : null}
			<YourCountry />
			<section aria-labelledby="facts-heading">
				<h2 id="facts-heading">{t('campaign.facts')}</h2>
				<dl className="facts">
					<dt>{t('campaign.when')}</dt>
					<dd>
						<Period startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
					</dd>
					<dt>{t('campaign.where')}</dt>
					<dd>
						{campaign.countries.length ? format.list(campaign.countries.map(format.country)) : t('campaign.none')}
					</dd>
					<dt>{t('campaign.forWhom')}</dt>
					<dd>
						{campaign.audiences.length
							? format.list(campaign.audiences.map((audience) => t(`audiences.${audience}`)))
							: t('campaign.none')}
					</dd>
					<dt>{t('campaign.runBy')}</dt>
					<dd>
						<Organisation organisation={campaign.runner} />
					</dd>
					<dt>{t('campaign.partners')}</dt>
					<dd>
						{campaign.partners.length ? (
							<ul className="plain-list">
								{campaign.partners.map((partner) => (
									<li key={partner.id}>
										<Organisation organisation={partner} />
									</li>
								))}
							</ul>
						) : (
							t('campaign.none')
						)}
					</dd>
					<dt>{t('campaign.press')}</dt>
					<dd>
						<bdi>{campaign.press.name}</bdi>
						<br />
						<a href={`mailto:${campaign.press.email}`} className="break-anywhere">
							{campaign.press.email}
						</a>
						{campaign.press.phone ? (
							<>
								<br />
								<a href={`tel:${campaign.press.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
									{campaign.press.phone}
								</a>
							</>
						) : null}
					</dd>
				</dl>
			</section>
			<CampaignKitList slug={campaign.slug} title={campaign.title} kit={campaign.kit} country={campaign.country} />
		</div>
	)
}
