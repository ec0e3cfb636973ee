import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { passwordProblem } from '#app/modules/accounts/password.server.ts'
import { changePassword } from '#app/modules/accounts/password-reset.server.ts'
import { requireUser } from '#app/platform/auth.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { passwordSchema } from './__forms.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUser(request)
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, session } = await requireUser(request)
	const submission = parseSubmission(
		passwordSchema.superRefine((input, context) => {
			const problem = passwordProblem(input.newPassword, { email: user.email, name: user.name })
			if (problem) context.addIssue({ code: 'custom', path: ['newPassword'], message: problem })
		}),
		await request.formData(),
	)
	if (!submission.success) return json({ ...submission, changed: false }, { status: 400 })
	const result = await changePassword(user.id, { ...submission.data, keepSessionId: session.id })
	if (!result.ok) {
		return json(
			{ success: false as const, fieldErrors: { currentPassword: ['errors.currentPasswordWrong'] }, values: {}, changed: false },
			{ status: 400 },
		)
	}
	return json({ success: true as const, changed: true })
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
				<InputField name="currentPassword" type="password" label={t('password.current')} autoComplete="current-password" errors={errors.currentPassword} required />
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
