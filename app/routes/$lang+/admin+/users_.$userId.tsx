import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { roles } from '#app/platform/roles.ts'
import { changeRole, endSessionsOf } from '#app/modules/accounts/roles.server.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { countryName } from '#app/platform/format.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { listUserSessions } from '#app/platform/session.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { roleSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['admin'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	await requirePermission(request, 'users:manage')
	const user = getAccountUser(params.userId ?? '')
	if (!user) throw notFound()
	return json({
		user,
		countryName: countryName(user.country, language),
		sessionCount: listUserSessions(user.id).length,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user: actor } = await requirePermission(request, 'users:manage')
	const userId = params.userId ?? ''
	if (!getAccountUser(userId)) throw notFound()
	const formData = await request.formData()
	if (formData.get('intent') === 'end-sessions') {
		const ended = endSessionsOf(actor, userId)
		if (!ended.ok) return refusalReply(ended, { namespace: 'admin' })
		return json({ outcome: 'sessions-ended' as const, count: ended.ended })
	}
	const submission = parseSubmission(roleSchema, formData)
	// Its fields are hidden: a form that does not parse was not typed by anyone, so it gets one message.
	if (!submission.success) return formFailure({ fieldErrors: { form: ['admin:errors.invalid'] } })
	const changed = changeRole(actor, { userId, role: submission.data.role, grant: submission.data.intent === 'grant' })
	if (!changed.ok) return refusalReply(changed, { namespace: 'admin' })
	return json({ outcome: 'done' as const, count: 0 })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'user.title', 'admin')

export default function UserDetail() {
	const { t } = useTranslation('admin')
	const href = useHref()
	const { user, countryName, sessionCount } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<>
			<p>
				<Link to={href('/admin/users')}>{t('user.back')}</Link>
			</p>
			<h1>{user.name}</h1>
			{actionData && 'outcome' in actionData ? (
				<FormMessage tone="success">{t(`user.outcome.${actionData.outcome}`, { count: actionData.count })}</FormMessage>
			) : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			<dl className="facts">
				<dt>{t('users.email')}</dt>
				<dd>{user.email}</dd>
				<dt>{t('users.organisation')}</dt>
				<dd>{user.organisationName}</dd>
				<dt>{t('users.country')}</dt>
				<dd>{countryName}</dd>
				<dt>{t('users.status')}</dt>
				<dd>{t(`userStatus.${user.status}`, { ns: 'common' })}</dd>
				<dt>{t('users.twoFactor')}</dt>
				<dd>{user.twoFactorEnabled ? t('yes', { ns: 'common' }) : t('no', { ns: 'common' })}</dd>
			</dl>
			<section aria-labelledby="roles-heading" className="panel">
				<h2 id="roles-heading">{t('user.rolesHeading')}</h2>
				<ul className="role-list">
					{roles.map((role) => {
						const held = user.roles.includes(role)
						return (
							<li key={role}>
								<span>
									{t(`roles.${role}`, { ns: 'common' })}: {held ? t('user.held') : t('user.notHeld')}
								</span>
								<Form method="POST">
									<input type="hidden" name="role" value={role} />
									<SubmitButton name="intent" value={held ? 'revoke' : 'grant'} className="button button--secondary">
										{t(held ? 'user.revoke' : 'user.grant', { role: t(`roles.${role}`, { ns: 'common' }) })}
									</SubmitButton>
								</Form>
							</li>
						)
					})}
				</ul>
			</section>
			<section aria-labelledby="sessions-heading" className="panel">
				<h2 id="sessions-heading">{t('user.sessionsHeading')}</h2>
				<p>{t('user.sessionCount', { count: sessionCount })}</p>
				<Form method="POST">
					<SubmitButton name="intent" value="end-sessions" className="button button--danger">
						{t('user.endSessions')}
					</SubmitButton>
				</Form>
			</section>
		</>
	)
}
