import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { isStale } from '#app/modules/network/focal-point.ts'
import { focalPointsOf } from '#app/modules/network/store.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { organisationToEdit } from './__organisation.server.ts'

export const handle: StringsHandle = { i18n: ['network'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const { organisation, shown } = organisationToEdit(request, user)
	const now = new Date()
	return json({
		organisation: shown,
		focalPoints: focalPointsOf(organisation.id).map((focalPoint) => {
			const title = pickText(focalPoint.titles, language, 'en')
			return {
				id: focalPoint.id,
				title: title?.text ?? '',
				titleLanguage: title?.language ?? language,
				channelKind: focalPoint.channelKind,
				channel: focalPoint.channel,
				confirmedAt: focalPoint.confirmedAt.toISOString(),
				stale: isStale(focalPoint.confirmedAt, now),
			}
		}),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'focalPoints.title', 'network')

export default function FocalPoints() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	const format = useFormat()
	const suffix = data.organisation.own ? '' : `?organisation=${data.organisation.id}`
	return (
		<div className="page">
			<h1>
				{data.organisation.own
					? t('focalPoints.title')
					: t('focalPoints.titleFor', { organisation: data.organisation.name })}
			</h1>
			<p>{t('focalPoints.intro')}</p>
			<p className="inline-actions">
				<Link to={href(`/network/focal-points/new${suffix}`)} className="button">
					{t('focalPoints.add')}
				</Link>
				{data.organisation.hasProfile ? (
					<Link to={href(`/network/organisations/${data.organisation.id}`)}>{t('profileForm.view')}</Link>
				) : null}
			</p>
			<DataTable
				caption={t('focalPoints.caption', { organisation: data.organisation.name })}
				headings={[t('focalPoints.function'), t('focalPoints.channel'), t('focalPoints.status')]}
				rows={data.focalPoints}
				rowKey={(row) => row.id}
				empty={t('focalPoints.none')}
				cells={(row) => (
					<>
						<td>
							<Link to={href(`/network/focal-points/${row.id}`)} {...inLanguage(row.titleLanguage)}>
								{row.title}
							</Link>
						</td>
						<td>
							{t(`channelKinds.${row.channelKind}`)}: <bdi>{row.channel}</bdi>
						</td>
						<td suppressHydrationWarning>
							{row.stale
								? t('focalPoint.stale', { date: format.date(row.confirmedAt) })
								: t('focalPoints.current', { date: format.date(row.confirmedAt) })}
						</td>
					</>
				)}
			/>
		</div>
	)
}
