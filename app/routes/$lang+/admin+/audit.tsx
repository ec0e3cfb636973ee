import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { auditPageSize, listAuditEvents } from '#app/modules/accounts/audit-log.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { Pagination } from '#app/ui/pagination.tsx'

export const handle: StringsHandle = { i18n: ['admin'] }

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'audit:read')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const { total, events } = listAuditEvents({ page })
	return json({
		page,
		pageSize: auditPageSize,
		total,
		events: events.map((event) => ({ ...event, at: event.at.toISOString() })),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'audit.title', 'admin')

export default function AuditLog() {
	const { t } = useTranslation('admin')
	const { events, page, pageSize, total } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>{t('audit.title')}</h1>
			<p>{t('audit.intro')}</p>
			<DataTable
				caption={t('audit.caption', { count: total })}
				headings={[t('audit.when'), t('audit.event'), t('audit.actor'), t('audit.subject'), t('audit.details')]}
				rows={events}
				rowKey={(event) => event.id}
				cells={(event) => (
					<>
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
					</>
				)}
				empty={t('audit.empty')}
			/>
			<Pagination page={page} pageSize={pageSize} total={total} />
		</>
	)
}
