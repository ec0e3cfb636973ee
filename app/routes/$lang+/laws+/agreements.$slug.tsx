import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { agreementName } from '#app/modules/laws/agreement.ts'
import { findAgreement } from '#app/modules/laws/agreements.server.ts'
import { byCountryName } from '#app/modules/laws/pages.server.ts'
import { frameworkCountries } from '#app/modules/laws/store.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { AgreementDates } from './__agreement-parts.tsx'
import { SampleNotice } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const agreement = findAgreement(params.slug ?? '')
	if (!agreement) throw notFound()
	const withLaw = new Set(frameworkCountries().map((row) => row.country))
	const auth = await getSignedInUser(request)
	return json({
		slug: agreement.slug,
		kind: agreement.kind,
		...agreementName(agreement.text, language),
		names: Object.entries(agreement.text.names).map(([code, name]) => ({ code, name: name! })),
		parties: byCountryName(
			agreement.parties.map((code) => ({ country: code, hasLaw: withLaw.has(code) })),
			language,
		),
		signedOn: agreement.signedOn,
		inForceOn: agreement.inForceOn,
		source: agreement.source,
		isSample: agreement.isSample,
		mayEdit: Boolean(auth && can(auth.user, 'laws:edit')),
	})
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.name)

export default function AgreementPage() {
	const { t } = useTranslation('laws')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const lawParties = data.parties.filter((party) => party.hasLaw).map((party) => party.country)
	return (
		<div className="page narrow">
			<h1 lang={data.language}>{data.name}</h1>
			<p className="inline-actions">
				<Link to={href('/laws/agreements')}>{t('agreements.title')}</Link>
				{data.mayEdit ? <Link to={href(`/laws/agreements/${data.slug}/edit`)}>{t('agreements.edit')}</Link> : null}
			</p>
			{data.isSample ? <SampleNotice /> : null}
			<dl className="facts">
				<dt>{t('agreements.kind')}</dt>
				<dd>{t(`agreements.kinds.${data.kind}`)}</dd>
				<dt>{t('agreements.signedOn')}</dt>
				<dd>
					<AgreementDates signedOn={data.signedOn} inForceOn={data.inForceOn} />
				</dd>
				<dt>{t('agreements.officialNames')}</dt>
				<dd>
					<ul className="plain-list">
						{data.names.map((name) => (
							<li key={name.code} lang={name.code}>
								{name.name} <span className="muted">({tc(`languageNames.${name.code}`)})</span>
							</li>
						))}
					</ul>
				</dd>
				{data.source ? (
					<>
						<dt>{t('agreements.source')}</dt>
						<dd>
							<a href={data.source} rel="noreferrer">
								{new URL(data.source).hostname}
							</a>
						</dd>
					</>
				) : null}
			</dl>
			<h2>{t('agreements.parties')}</h2>
			<ul>
				{data.parties.map((party) => (
					<li key={party.country}>
						{party.hasLaw ? <Link to={href(`/laws/${party.country}`)}>{party.name}</Link> : party.name}
					</li>
				))}
			</ul>
			{lawParties.length >= 2 && lawParties.length <= 6 ? (
				<p>
					<Link to={href(`/laws/compare?countries=${lawParties.join(',')}`)}>{t('country.compare')}</Link>
				</p>
			) : null}
		</div>
	)
}
