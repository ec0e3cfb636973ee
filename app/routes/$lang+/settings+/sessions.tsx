import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { recordAudit } from '#app/platform/audit.server.ts'
import { requireUser } from '#app/platform/auth.server.ts'
import { endUserSession, endUserSessions, listUserSessions } from '#app/platform/session.server.ts'
import { FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'

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
	const formData = await request.formData()
	const intent = formData.get('intent')
	let ended = 0
	if (intent === 'end-others') {
		ended = endUserSessions(user.id, { except: session.id })
	} else if (intent === 'end') {
		const sessionId = String(formData.get('sessionId') ?? '')
		// Ending the current session here would be a sign-out; that has its own button.
		ended = sessionId === session.id ? 0 : endUserSession(user.id, sessionId)
	} else {
		return json({ ended: 0, error: 'errors.invalid' }, { status: 400 })
	}
	if (ended > 0) recordAudit({ event: 'sessions-ended', actorUserId: user.id, subjectUserId: user.id, details: { count: ended } })
	return json({ ended, error: null })
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
			{actionData && actionData.ended > 0 ? (
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
