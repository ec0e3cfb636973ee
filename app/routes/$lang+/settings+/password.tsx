import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { changePassword } from '#app/modules/accounts/password-reset.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { sessionCookie } from '#app/platform/session.server.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { passwordSchemaFor } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts', 'settings'] }

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUser(request)
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, session } = await requireUser(request)
	const submission = parseSubmission(passwordSchemaFor(user), await request.formData())
	if (!submission.success) return formFailure(submission, { changed: false })
	const changed = await changePassword(user.id, { ...submission.data, keepSessionId: session.id })
	if (!changed.ok) return refusalReply(changed, { namespace: 'common' }, { changed: false })
	// This device stays signed in, under the new token the change gave its session.
	const headers = changed.token ? { 'Set-Cookie': sessionCookie(request, changed.token) } : undefined
	return json({ success: true as const, changed: true }, { headers })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'password.title', 'settings')

export default function PasswordSettings() {
	const { t } = useTranslation('settings')
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<>
			<h1>{t('password.title')}</h1>
			{actionData?.changed ? <FormMessage tone="success">{t('password.changed')}</FormMessage> : null}
			<p>{t('password.intro')}</p>
			<Form method="POST" className="stack" noValidate>
				<InputField
					name="currentPassword"
					type="password"
					label={t('password.current')}
					autoComplete="current-password"
					errors={errors.currentPassword}
					required
				/>
				<InputField
					name="newPassword"
					type="password"
					label={t('password.new')}
					hint={t('fields.passwordHint', { ns: 'accounts' })}
					autoComplete="new-password"
					errors={errors.newPassword}
					required
				/>
				<SubmitButton>{t('password.submit')}</SubmitButton>
			</Form>
		</>
	)
}
