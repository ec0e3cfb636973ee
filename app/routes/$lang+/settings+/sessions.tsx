import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { endOwnSessions } from '#app/modules/accounts/own-sessions.server.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { listUserSessions } from '#app/platform/session.server.ts'
import { FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { endSessionsSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['settings'] }

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, session } = await requireUser(request)
	return json({
		currentId: session.id,
		sessions: listUserSessions(user.id).map(({ id, createdAt, lastActiveAt, device }) => ({
			id,
			createdAt: createdAt.toISOString(),
			lastActiveAt: lastActiveAt.toISOString(),
			device,
		})),
	})
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, session } = await requireUser(request)
	const submission = parseSubmission(endSessionsSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const which = submission.data.intent === 'end' ? { sessionId: submission.data.sessionId } : 'all-others'
	return json({ success: true as const, ended: endOwnSessions(user.id, session.id, which) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'sessions.title', 'settings')

export default function SessionsSettings() {
	const { t } = useTranslation('settings')
	const { sessions, currentId } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const others = sessions.filter((session) => session.id !== currentId)
	return (
		<>
			<h1>{t('sessions.title')}</h1>
			<p>{t('sessions.intro')}</p>
			{actionData?.success && actionData.ended > 0 ? (
				<FormMessage tone="success">{t('sessions.ended', { count: actionData.ended })}</FormMessage>
			) : null}
			<ul className="session-list">
				{sessions.map((session) => (
					<li key={session.id} className="panel">
						<p className="session-list__device">
							<strong>{session.device || t('sessions.unknownDevice')}</strong>
							{session.id === currentId ? <span className="badge">{t('sessions.thisDevice')}</span> : null}
						</p>
						<dl className="facts">
							<dt>{t('sessions.started')}</dt>
							<dd>
								<DateTime value={session.createdAt} />
							</dd>
							<dt>{t('sessions.lastActive')}</dt>
							<dd>
								<DateTime value={session.lastActiveAt} />
							</dd>
						</dl>
						{session.id !== currentId ? (
							<Form method="POST">
								<input type="hidden" name="sessionId" value={session.id} />
								<SubmitButton name="intent" value="end" className="button button--secondary">
									{t('sessions.end')}
								</SubmitButton>
							</Form>
						) : null}
					</li>
				))}
			</ul>
			{others.length > 0 ? (
				<Form method="POST">
					<SubmitButton name="intent" value="end-others" className="button button--danger">
						{t('sessions.endOthers')}
					</SubmitButton>
				</Form>
			) : (
				<p>{t('sessions.noOthers')}</p>
			)}
		</>
	)
}
