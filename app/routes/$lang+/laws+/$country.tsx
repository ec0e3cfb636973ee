import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { agreementName } from '#app/modules/laws/agreement.ts'
import { listAgreements } from '#app/modules/laws/agreements.server.ts'
import { presentFramework } from '#app/modules/laws/pages.server.ts'
import { pendingFor } from '#app/modules/laws/proposals.server.ts'
import { elementGroups, elementsOf } from '#app/modules/laws/vocabulary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { frameworkFromParams } from './__country.server.ts'
import { MissingCountry } from './__missing.tsx'
import { AlignmentModel, SampleNotice, ValueTable } from './__parts.tsx'
import { ProtocolFacts, InstrumentList } from './__framework-parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const found = frameworkFromParams(params, language, (code) => `/laws/${code}`)
	if (found.missing) return json({ missing: found.missing, profile: null }, { status: 404 })
	const { country } = found.framework
	const auth = await getSignedInUser(request)
	const mayEdit = Boolean(auth && can(auth.user, 'laws:edit'))
	return json({
		missing: null,
		profile: presentFramework(found.framework, language),
		agreements: listAgreements({ country }).map((agreement) => ({
			slug: agreement.slug,
			kind: agreement.kind,
			...agreementName(agreement.text, language),
		})),
		mayEdit,
		pending: mayEdit ? pendingFor(country) : 0,
	})
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
	contentTitle(matches, data?.profile?.name ?? undefined)

export default function CountryLaw() {
	const data = useLoaderData<typeof loader>()
	if (data.missing) return <MissingCountry missing={data.missing} />
	return <CountryProfile {...data} />
}

function CountryProfile({
	profile,
	agreements,
	mayEdit,
	pending,
}: Exclude<ReturnType<typeof useLoaderData<typeof loader>>, { missing: object }>) {
	const { t } = useTranslation('laws')
	const href = useHref()
	const format = useFormat()
	const { framework, reviewers } = profile
	return (
		<div className="page">
			<h1>{t('country.title', { country: profile.name })}</h1>
			{profile.isSample ? <SampleNotice sources={profile.sources} /> : null}
			{profile.outOfDate ? (
				<p className="notice notice--error" role="note">
					{t('country.outOfDate')}
				</p>
			) : null}
			<p>
				<span suppressHydrationWarning>
					{t(profile.reviewedInAtlas ? 'country.lastReviewed' : 'country.importedOn', {
						date: format.day(profile.reviewedOn),
					})}
				</span>{' '}
				{t('index.summaryCell', { aligned: profile.profile.counts.aligned, assessed: profile.profile.assessed })}
			</p>
			<p className="inline-actions">
				<Link to={href(`/laws/${profile.country}/history`)}>{t('country.history')}</Link>
				<Link to={href('/laws#compare-heading')}>{t('country.compare')}</Link>
				{mayEdit ? <Link to={href(`/laws/${profile.country}/edit/acts`)}>{t('country.edit')}</Link> : null}
			</p>
			{pending ? (
				<p className="notice" role="note">
					<Link to={href('/laws/review')}>{t('country.pending', { count: pending })}</Link>
				</p>
			) : null}
			<ProtocolFacts protocol={framework.protocol} />
			<InstrumentList instruments={framework.instruments} />
			{elementGroups.map((group) => (
				<section key={group} aria-labelledby={`group-${group}`}>
					<h2 id={`group-${group}`}>{t(`groups.${group}`)}</h2>
					<ValueTable
						caption={t('country.caption', { group: t(`groups.${group}`), country: profile.name })}
						captionHidden
						first={t('country.element')}
						rows={elementsOf(group).map((id) => ({
							key: id,
							heading: t(`elements.${id}.name`),
							to: `/laws/elements/${id}`,
							element: id,
							alignment: profile.profile.elements[id] ?? null,
							framework,
							reviewers,
						}))}
					/>
				</section>
			))}
			<section aria-labelledby="agreements-heading">
				<h2 id="agreements-heading">{t('country.agreements')}</h2>
				{agreements.length ? (
					<ul>
						{agreements.map((agreement) => (
							<li key={agreement.slug}>
								<Link to={href(`/laws/agreements/${agreement.slug}`)} lang={agreement.language}>
									{agreement.name}
								</Link>{' '}
								({t(`agreements.kinds.${agreement.kind}`)})
							</li>
						))}
					</ul>
				) : (
					<p>{t('country.noAgreements')}</p>
				)}
			</section>
			<AlignmentModel />
		</div>
	)
}
