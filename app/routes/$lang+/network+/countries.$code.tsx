import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { countryPage } from '#app/modules/network/pages.server.ts'
import { countryName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { FocalPointItem, ProfileItem, SampleNotice } from './__network-parts.tsx'

export const handle: StringsHandle = { i18n: ['network'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const actor = (await getSignedInUser(request))?.user ?? null
	const page = countryPage(actor, params.code ?? '', language, new Date())
	if (!page) throw notFound()
	return json({ ...page, countryName: countryName(page.code, language), signedIn: Boolean(actor) })
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.countryName)

export default function NetworkCountry() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	const country = data.countryName
	return (
		<div className="page">
			<p>
				<Link to={href(`/network?country=${data.code}`)}>{t('country.back')}</Link>
			</p>
			<h1>{t('country.title', { country })}</h1>
			<p>{t('country.intro', { country })}</p>
			{data.sample ? <SampleNotice list /> : null}
			<section aria-labelledby="organisations-heading">
				<h2 id="organisations-heading">{t('country.organisationsHeading')}</h2>
				{data.byKind.length ? (
					data.byKind.map((group) => (
						<section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
							<h3 id={`kind-${group.kind}`}>{t(`kinds.${group.kind}`)}</h3>
							<ul className="cards plain-list">
								{group.profiles.map((profile) => (
									<ProfileItem key={profile.organisationId} profile={profile} headingLevel={4} />
								))}
							</ul>
						</section>
					))
				) : (
					<p className="empty">{t('country.noOrganisations')}</p>
				)}
			</section>
			{data.signedIn ? (
				<section aria-labelledby="focal-points-heading">
					<h2 id="focal-points-heading">{t('country.focalPointsHeading')}</h2>
					{data.byArea.length || data.otherFocalPoints.length ? (
						[
							...data.byArea.map((group) => ({ key: group.area, heading: t(`areas.${group.area}`), ...group })),
							...(data.otherFocalPoints.length
								? [{ key: 'other', heading: t('country.noArea'), focalPoints: data.otherFocalPoints }]
								: []),
						].map((group) => (
							<section key={group.key} aria-labelledby={`area-${group.key}`}>
								<h3 id={`area-${group.key}`}>{group.heading}</h3>
								<ul className="cards plain-list">
									{group.focalPoints.map((focalPoint) => (
										<FocalPointItem key={focalPoint.id} focalPoint={focalPoint} headingLevel={4} />
									))}
								</ul>
							</section>
						))
					) : (
						<p className="empty">{t('country.noFocalPoints')}</p>
					)}
				</section>
			) : (
				<p className="notice">{t('directory.signInForContacts')}</p>
			)}
		</div>
	)
}
