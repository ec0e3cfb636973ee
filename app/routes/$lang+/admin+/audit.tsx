import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { auditPageSize, listAuditEvents } from '#app/modules/accounts/audit-log.server.ts'
import { requirePermission } from '#app/platform/auth.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'audit:read')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const { total, events } = listAuditEvents({ page })
	return json({ page, pageSize: auditPageSize, total, events: events.map((event) => ({ ...event, at: event.at.toISOString() })) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'audit.title', 'admin')

export default function AuditLog() {
	const { t } = useTranslation('admin')
	const { events, page, pageSize, total } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>{t('audit.title')}</h1>
			<p>{t('audit.intro')}</p>
			{events.length === 0 ? (
				<p className="empty">{t('audit.empty')}</p>
			) : (
				<div className="table-wrap">
					<table>
						<caption className="visually-hidden">{t('audit.caption', { count: total })}</caption>
						<thead>
							<tr>
								<th scope="col">{t('audit.when')}</th>
								<th scope="col">{t('audit.event')}</th>
								<th scope="col">{t('audit.actor')}</th>
								<th scope="col">{t('audit.subject')}</th>
								<th scope="col">{t('audit.details')}</th>
							</tr>
						</thead>
						<tbody>
							{events.map((event) => (
								<tr key={event.id}>
									<td>
										<DateTime value={event.at} />
									</td>
									<td>{t(`audit.events.${event.event}`, { defaultValue: event.event })}</td>
									<td>{event.actorName ?? '—'}</td>
									<td>{event.subjectName ?? '—'}</td>
									<td>
										{event.details
											? Object.entries(event.details)
													.map(([key, value]) => `${key}: ${String(value)}`)
													.join(', ')
											: ''}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<Pagination page={page} pageSize={pageSize} total={total} />
		</>
	)
}
