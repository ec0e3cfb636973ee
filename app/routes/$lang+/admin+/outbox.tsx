import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { listOutbox } from '#app/platform/email.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { DateTime } from '#app/ui/time.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { Pagination } from '#app/ui/pagination.tsx'

export const handle: StringsHandle = { i18n: ['admin'] }

const pageSize = 20

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'outbox:read')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const { total, messages } = await listOutbox({ page, pageSize })
	return json({ page, pageSize, total, messages, smtp: Boolean(getEnv().SMTP_URL) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'outbox.title', 'admin')

export default function Outbox() {
	const { t } = useTranslation('admin')
	const href = useHref()
	const { messages, page, pageSize, total, smtp } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>{t('outbox.title')}</h1>
			<p>{smtp ? t('outbox.smtpIntro') : t('outbox.intro')}</p>
			<DataTable
				caption={t('outbox.caption', { count: total })}
				headings={[t('outbox.when'), t('outbox.to'), t('outbox.subject')]}
				rows={messages}
				rowKey={(message) => message.id}
				cells={(message) => (
					<>
						<td>
							<DateTime value={message.createdAt} />
						</td>
						<td>{message.to}</td>
						<td>
							<Link to={href(`/admin/outbox/${message.id}`)}>{message.subject}</Link>
						</td>
					</>
				)}
				empty={t('outbox.empty')}
			/>
			<Pagination page={page} pageSize={pageSize} total={total} />
		</>
	)
}
