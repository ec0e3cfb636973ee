import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { directoryFilterFrom } from '#app/modules/network/filters.ts'
import { directoryPage } from '#app/modules/network/pages.server.ts'
import { areasOfWork, networkPageSize, profileKinds } from '#app/modules/network/vocabulary.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { languageName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { FocalPointItem, ProfileItem, SampleNotice } from './__network-parts.tsx'

export const handle: StringsHandle = { i18n: ['network'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const actor = (await getSignedInUser(request))?.user ?? null
	const filter = directoryFilterFrom(query)
	const page = pageNumber(query.get('page'))
	const directory = directoryPage(actor, filter, page, language, new Date())
	return json({
		filter,
		page,
		signedIn: Boolean(actor),
		mayEdit: can(actor, 'network:edit', actor ? { organisationId: actor.organisationId } : undefined),
		profiles: directory.profiles,
		profileTotal: directory.profileTotal,
		focalPoints: directory.focalPoints,
		focalPointTotal: directory.focalPointTotal,
		sample: directory.sample,
		countries: countryOptions(language, directory.choices.countries),
		languages: directory.choices.languages.map((code) => ({ value: code, label: languageName(code, language) })),
		signInPath: `/${language}/sign-in?redirectTo=${encodeURIComponent(`/${language}/network?${filterQuery(filter)}`)}`,
	})
}

/** Only the filters that were understood go back into an address. */
function filterQuery(filter: Record<string, string | undefined>) {
	return new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])))
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'directory.title', 'network')

function DirectoryFilters() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const any = (label: string) => [{ value: '', label }]
	return (
		<Form method="GET" className="filters" aria-label={t('directory.filtersLabel')}>
			<SelectField
				name="country"
				label={t('directory.country')}
				options={[...any(t('directory.anyCountry')), ...data.countries]}
				defaultValue={data.filter.country ?? ''}
			/>
			<SelectField
				name="area"
				label={t('directory.area')}
				options={[
					...any(t('directory.anyArea')),
					...areasOfWork.map((area) => ({ value: area, label: t(`areas.${area}`) })),
				]}
				defaultValue={data.filter.area ?? ''}
			/>
			<SelectField
				name="kind"
				label={t('directory.kind')}
				options={[
					...any(t('directory.anyKind')),
					...profileKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
				]}
				defaultValue={data.filter.kind ?? ''}
			/>
			<SelectField
				name="language"
				label={t('directory.language')}
				options={[...any(t('directory.anyLanguage')), ...data.languages]}
				defaultValue={data.filter.language ?? ''}
			/>
			<SubmitButton>{t('directory.apply')}</SubmitButton>
		</Form>
	)
}

export default function NetworkDirectory() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	const format = useFormat()
	return (
		<div className="page">
			<h1>{t('directory.title')}</h1>
			<p>{t('directory.intro')}</p>
			<p>
				<Link to={href('/network/partnerships')}>{t('directory.partnershipsLink')}</Link>
			</p>
			{data.mayEdit ? (
				<p className="inline-actions">
					<Link to={href('/network/profile')}>{t('directory.editProfile')}</Link>
					<Link to={href('/network/focal-points')}>{t('directory.editFocalPoints')}</Link>
				</p>
			) : null}
			<DirectoryFilters />
			{data.sample ? <SampleNotice list /> : null}
			{data.filter.country ? (
				<p>
					<Link to={href(`/network/countries/${data.filter.country}`)}>
						{t('directory.countryPage', { country: format.country(data.filter.country) })}
					</Link>
				</p>
			) : null}
			{data.signedIn ? (
				<section aria-labelledby="focal-points-heading">
					<h2 id="focal-points-heading">{t('directory.focalPointsHeading')}</h2>
					{data.focalPoints.length ? (
						<>
							<p className="muted">
								{t('directory.focalPointsCount', {
									count: data.focalPointTotal,
									number: format.number(data.focalPointTotal),
								})}
							</p>
							<ul className="cards plain-list">
								{data.focalPoints.map((focalPoint) => (
									<FocalPointItem key={focalPoint.id} focalPoint={focalPoint} />
								))}
							</ul>
						</>
					) : (
						<p className="empty">{t('directory.noFocalPoints')}</p>
					)}
				</section>
			) : (
				<p className="notice">
					{t('directory.signInForContacts')} <Link to={data.signInPath}>{t('directory.signIn')}</Link>
				</p>
			)}
			<section aria-labelledby="organisations-heading">
				<h2 id="organisations-heading">{t('directory.organisationsHeading')}</h2>
				{data.profiles.length ? (
					<>
						<p className="muted">
							{t('directory.organisationsCount', {
								count: data.profileTotal,
								number: format.number(data.profileTotal),
							})}
						</p>
						<ul className="cards plain-list">
							{data.profiles.map((profile) => (
								<ProfileItem key={profile.organisationId} profile={profile} />
							))}
						</ul>
					</>
				) : (
					<p className="empty">{t('directory.noOrganisations')}</p>
				)}
			</section>
			<Pagination
				page={data.page}
				pageSize={networkPageSize}
				total={Math.max(data.profileTotal, data.focalPointTotal)}
			/>
		</div>
	)
}
