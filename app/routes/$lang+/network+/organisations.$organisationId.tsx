import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { organisationPage } from '#app/modules/network/pages.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { FocalPointItem, SampleNotice, useLanguageNames } from './__network-parts.tsx'

export const handle: StringsHandle = { i18n: ['network'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const actor = (await getSignedInUser(request))?.user ?? null
	const page = organisationPage(actor, params.organisationId ?? '', language, new Date())
	// A members-only profile answers a signed-out visitor exactly like one that does not exist.
	if (!page) throw notFound()
	return json({ ...page, signedIn: Boolean(actor) })
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.name)

export default function OrganisationProfile() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	const format = useFormat()
	const languages = useLanguageNames()
	const facts: [string, ReactNode][] = [
		[t('profile.kind'), t(`kinds.${data.kind}`)],
		[
			t('profile.countries'),
			data.countries.map((code, index) => (
				<span key={code}>
					{index ? ', ' : null}
					<Link to={href(`/network/countries/${code}`)}>{format.country(code)}</Link>
				</span>
			)),
		],
		...(data.regions.length
			? [[t('profile.regions'), <bdi key="regions">{data.regions.join('; ')}</bdi>] as [string, ReactNode]]
			: []),
		[t('profile.areas'), format.list(data.areas.map((area) => t(`areas.${area}`)))],
		[t('profile.languages'), languages(data.languages)],
	]
	return (
		<div className="page">
			<h1>
				<bdi>{data.name}</bdi>
			</h1>
			{data.isSample ? <SampleNotice /> : null}
			{data.shownToPublic ? null : <p className="muted">{t('profile.membersOnly')}</p>}
			{data.mayEdit ? (
				<p className="inline-actions">
					<Link to={href(`/network/profile?organisation=${data.organisationId}`)}>{t('profile.edit')}</Link>
					<Link to={href(`/network/focal-points?organisation=${data.organisationId}`)}>
						{t('profile.editFocalPoints')}
					</Link>
				</p>
			) : null}
			<h2>{t('profile.description')}</h2>
			{data.fallback ? <p className="muted">{t('profile.notInYourLanguage')}</p> : null}
			<p {...inLanguage(data.descriptionLanguage)}>{data.description}</p>
			<dl className="facts">
				{facts.map(([term, value]) => (
					<div key={term}>
						<dt>{term}</dt>
						<dd>{value}</dd>
					</div>
				))}
				{data.website ? (
					<div>
						<dt>{t('profile.website')}</dt>
						<dd>
							<a href={data.website} rel="noopener nofollow" dir="ltr">
								{data.website}
							</a>
						</dd>
					</div>
				) : null}
			</dl>
			{data.signedIn ? (
				<section aria-labelledby="focal-points-heading">
					<h2 id="focal-points-heading">{t('profile.focalPointsHeading')}</h2>
					{data.focalPoints.length ? (
						<ul className="cards plain-list">
							{data.focalPoints.map((focalPoint) => (
								<FocalPointItem key={focalPoint.id} focalPoint={focalPoint} showOrganisation={false} />
							))}
						</ul>
					) : (
						<p className="empty">{t('profile.noFocalPoints')}</p>
					)}
				</section>
			) : (
				<p className="notice">{t('directory.signInForContacts')}</p>
			)}
		</div>
	)
}
