import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { isAccountTokenLive } from '#app/modules/accounts/account-tokens.server.ts'
import { resetPassword } from '#app/modules/accounts/password-reset.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { resetSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts'] }

export function loader({ request }: LoaderFunctionArgs) {
	const token = (new URL(request.url).searchParams.get('token') ?? '').slice(0, 100)
	return json({ token, live: isAccountTokenLive(token, 'reset-password') })
}

export async function action({ request, context }: ActionFunctionArgs) {
	enforceRateLimit('password-reset', context.clientKey)
	const submission = parseSubmission(resetSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const reset = await resetPassword(submission.data.token, submission.data.password)
	if (!reset.ok) return refusalReply(reset, { namespace: 'accounts' })
	return json({ success: true as const, outcome: 'done' as const })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'resetPassword.title', 'accounts')

export default function ResetPassword() {
	const { t } = useTranslation('accounts')
	const href = useHref()
	const { token, live } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<h1>{t('resetPassword.title')}</h1>
			{actionData?.success ? (
				<>
					<FormMessage tone="success">{t('resetPassword.done')}</FormMessage>
					<p>
						<Link to={href('/sign-in')}>{t('resetPassword.signIn')}</Link>
					</p>
				</>
			) : errors.form || !live ? (
				<>
					<FormMessage tone="error">{t('errors.reset-link-invalid')}</FormMessage>
					<p>
						<Link to={href('/forgot-password')}>{t('resetPassword.askAgain')}</Link>
					</p>
				</>
			) : (
				<Form method="POST" className="stack" noValidate>
					<input type="hidden" name="token" value={token} />
					<InputField
						name="password"
						type="password"
						label={t('fields.newPassword')}
						hint={t('fields.passwordHint')}
						autoComplete="new-password"
						errors={errors.password}
						required
					/>
					<SubmitButton>{t('resetPassword.submit')}</SubmitButton>
				</Form>
			)}
		</div>
	)
}
