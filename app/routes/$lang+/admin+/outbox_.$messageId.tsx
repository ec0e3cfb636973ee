import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { openOutboxMessage } from '#app/modules/accounts/outbox.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { refusedPage } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'

export const handle: StringsHandle = { i18n: ['admin'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'outbox:read')
	const opened = await openOutboxMessage(user, params.messageId ?? '')
	if (!opened.ok) throw refusedPage(opened)
	return json({ message: opened.message })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'outbox.title', 'admin')

const linkPattern = /^https?:\/\/\S+$/

export default function OutboxMessage() {
	const { t } = useTranslation('admin')
	const href = useHref()
	const { message } = useLoaderData<typeof loader>()
	return (
		<>
			<p>
				<Link to={href('/admin/outbox')}>{t('outbox.back')}</Link>
			</p>
			<h1>{message.subject}</h1>
			<dl className="facts">
				<dt>{t('outbox.to')}</dt>
				<dd>{message.to}</dd>
				<dt>{t('outbox.when')}</dt>
				<dd>
					<DateTime value={message.createdAt} />
				</dd>
			</dl>
			<div className="email-body">
				{message.text.split('\n').map((line, index) => (
					<p key={index}>{linkPattern.test(line) ? <a href={line}>{line}</a> : line || '\u00a0'}</p>
				))}
			</div>
		</>
	)
}
