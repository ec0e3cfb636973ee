import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { agreementName } from '#app/modules/laws/agreement.ts'
import { agreementMatrix, listAgreements } from '#app/modules/laws/agreements.server.ts'
import { byCountryName } from '#app/modules/laws/pages.server.ts'
import { frameworkCountries } from '#app/modules/laws/store.server.ts'
import { agreementKinds } from '#app/modules/laws/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { oneOf } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { SampleNotice } from './__parts.tsx'
import { AgreementDates } from './__agreement-parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const kind = oneOf(agreementKinds, query.get('kind'))
	const country = oneOf(countryCodes, query.get('country'))
	const agreements = listAgreements({ kind, country })
	const matrixCountries = byCountryName(frameworkCountries(), language)
	const auth = await getSignedInUser(request)
	return json({
		kind: kind ?? '',
		country: country ?? '',
		sample: agreements.some((agreement) => agreement.isSample),
		agreements: agreements.map((agreement) => ({
			slug: agreement.slug,
			kind: agreement.kind,
			...agreementName(agreement.text, language),
			parties: byCountryName(
				agreement.parties.map((code) => ({ country: code })),
				language,
			).map((party) => party.name),
			signedOn: agreement.signedOn,
			inForceOn: agreement.inForceOn,
		})),
		countryChoices: countryOptions(
			language,
			listAgreements().flatMap((agreement) => agreement.parties),
		),
		matrix: {
			countries: matrixCountries.map((row) => ({ code: row.country, name: row.name })),
			pairs: agreementMatrix(matrixCountries.map((row) => row.country)),
		},
		mayEdit: Boolean(auth && can(auth.user, 'laws:edit')),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'agreements.title', 'laws')

export default function Agreements() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const { countries, pairs } = data.matrix
	const kindsBetween = (a: string, b: string) => pairs[a < b ? `${a}-${b}` : `${b}-${a}`] ?? []
	return (
		<div className="page">
			<h1>{t('agreements.title')}</h1>
			<p>{t('agreements.intro')}</p>
			{data.sample ? <SampleNotice /> : null}
			<p className="inline-actions">
				<Link to={href('/laws')}>{t('country.everyCountry')}</Link>
				{data.mayEdit ? <Link to={href('/laws/agreements/new')}>{t('agreements.add')}</Link> : null}
			</p>
			<Form method="GET" className="filters">
				<SelectField
					name="kind"
					label={t('agreements.kind')}
					options={[
						{ value: '', label: t('agreements.anyKind') },
						...agreementKinds.map((value) => ({ value, label: t(`agreements.kinds.${value}`) })),
					]}
					defaultValue={data.kind}
				/>
				<SelectField
					name="country"
					label={t('agreements.country')}
					options={[{ value: '', label: t('agreements.anyCountry') }, ...data.countryChoices]}
					defaultValue={data.country}
				/>
				<SubmitButton>{t('agreements.filter')}</SubmitButton>
			</Form>
			{data.agreements.length ? (
				<div className="table-scroll" role="region" aria-labelledby="agreements-caption" tabIndex={0}>
					<table className="law-table">
						<caption id="agreements-caption">{t('agreements.listCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('agreements.name')}</th>
								<th scope="col">{t('agreements.kind')}</th>
								<th scope="col">{t('agreements.parties')}</th>
								<th scope="col">{t('agreements.signedOn')}</th>
							</tr>
						</thead>
						<tbody>
							{data.agreements.map((agreement) => (
								<tr key={agreement.slug}>
									<th scope="row">
										<Link to={href(`/laws/agreements/${agreement.slug}`)} lang={agreement.language}>
											{agreement.name}
										</Link>
									</th>
									<td>{t(`agreements.kinds.${agreement.kind}`)}</td>
									<td>{agreement.parties.join(', ')}</td>
									<td>
										<AgreementDates signedOn={agreement.signedOn} inForceOn={agreement.inForceOn} />
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<p>{t('agreements.empty')}</p>
			)}
			{countries.length >= 2 ? (
				<section aria-labelledby="matrix-heading">
					<h2 id="matrix-heading">{t('agreements.matrix')}</h2>
					<div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
						<table className="compare agreement-matrix">
							<caption id="matrix-caption">{t('agreements.matrixCaption')}</caption>
							<thead>
								<tr>
									<td />
									{countries.map((column) => (
										<th key={column.code} scope="col">
											{column.name}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{countries.map((row) => (
									<tr key={row.code}>
										<th scope="row">{row.name}</th>
										{countries.map((column) => {
											if (column.code === row.code) return <td key={column.code}>—</td>
											const kinds = kindsBetween(row.code, column.code)
											return (
												<td key={column.code}>
													{kinds.length ? (
														<ul className="plain-list">
															{kinds.map((kind) => (
																<li key={kind}>{t(`agreements.kinds.${kind}`)}</li>
															))}
														</ul>
													) : (
														<span className="muted">{t('agreements.none')}</span>
													)}
												</td>
											)
										})}
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</section>
			) : null}
		</div>
	)
}
