import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { byCountryName } from '#app/modules/laws/pages.server.ts'
import { waitingProposals } from '#app/modules/laws/proposals.server.ts'
import { listFrameworks } from '#app/modules/laws/store.server.ts'
import { alignmentProfile, assessedElements } from '#app/modules/laws/alignment.ts'
import { elementGroups, elements, lawRegions } from '#app/modules/laws/vocabulary.ts'
import { oneOf } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { CheckboxGroup } from '#app/ui/checkbox-group.tsx'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { AlignmentKey, AlignmentMark, AlignmentModel, SampleNotice } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const region = oneOf(lawRegions, new URL(request.url).searchParams.get('region'))
	const auth = await getSignedInUser(request)
	const frameworks = listFrameworks()
	const countries = byCountryName(frameworks, language)
	return json({
		region: region ?? '',
		rows: countries
			.filter((row) => !region || row.region === region)
			.map((row) => ({ country: row.country, name: row.name, profile: alignmentProfile(row.framework) })),
		countries: countries.map((row) => ({ value: row.country, label: row.name })),
		sample: frameworks.some((row) => row.isSample),
		waiting: auth && can(auth.user, 'laws:edit') ? waitingProposals(auth.user).length : null,
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'index.title', 'laws')

/** Columns of the heat map: the scored elements, in their groups. */
const columnGroups = elementGroups
	.map((group) => ({ group, ids: assessedElements.filter((id) => elements[id].group === group) }))
	.filter((column) => column.ids.length > 0)

export default function LawsOverview() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { region, rows, countries, sample, waiting } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('index.title')}</h1>
			<p>{t('index.intro')}</p>
			{sample ? <SampleNotice /> : null}
			<p className="inline-actions">
				<Link to={href('/laws/agreements')}>{t('index.agreementsLink')}</Link>
				{waiting !== null ? (
					<Link to={href('/laws/review')}>
						{t('index.reviewLink')} ({waiting})
					</Link>
				) : null}
			</p>
			<Form method="GET" className="filters">
				<SelectField
					name="region"
					label={t('index.region')}
					options={[
						{ value: '', label: t('index.anyRegion') },
						...lawRegions.map((value) => ({ value, label: t(`regions.${value}`) })),
					]}
					defaultValue={region}
				/>
				<SubmitButton>{t('index.filter')}</SubmitButton>
			</Form>
			<AlignmentKey />
			{rows.length ? (
				<div className="table-scroll" role="region" aria-label={t('index.scroll')} tabIndex={0}>
					<table className="heat-map">
						<caption>{t('index.caption')}</caption>
						<thead>
							<tr>
								<td rowSpan={2} />
								<td rowSpan={2} />
								{columnGroups.map(({ group, ids }) => (
									<th key={group} scope="colgroup" colSpan={ids.length}>
										{t(`groups.${group}`)}
									</th>
								))}
							</tr>
							<tr>
								{columnGroups.flatMap(({ ids }) =>
									ids.map((id) => (
										<th key={id} scope="col" className="heat-map__element">
											<Link to={href(`/laws/elements/${id}`)}>{t(`elements.${id}.name`)}</Link>
										</th>
									)),
								)}
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => (
								<tr key={row.country}>
									<th scope="row">
										<Link to={href(`/laws/${row.country}`)}>{row.name}</Link>
									</th>
									<td className="heat-map__summary">
										{t('index.summaryCell', { aligned: row.profile.counts.aligned, assessed: row.profile.assessed })}
									</td>
									{columnGroups.flatMap(({ ids }) =>
										ids.map((id) => (
											<td key={id} className={`heat-map__cell alignment--${row.profile.elements[id]}`}>
												<AlignmentMark alignment={row.profile.elements[id] ?? null} compact />
											</td>
										)),
									)}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<p>{t('index.empty')}</p>
			)}
			<AlignmentModel />
			{countries.length >= 2 ? (
				<section aria-labelledby="compare-heading">
					<h2 id="compare-heading">{t('index.compareHeading')}</h2>
					<Form method="GET" action={href('/laws/compare')} className="stack">
						<p>{t('index.compareHint')}</p>
						<CheckboxGroup
							name="countries"
							legend={t('compare.choose')}
							values={countries.map((country) => country.value)}
							labelOf={(code) => countries.find((country) => country.value === code)?.label ?? code}
							checked={[]}
						/>
						<SubmitButton>{t('index.compare')}</SubmitButton>
					</Form>
				</section>
			) : null}
		</div>
	)
}
