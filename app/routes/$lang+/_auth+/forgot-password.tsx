import { type ActionFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requestPasswordReset } from '#app/modules/accounts/password-reset.server.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, Honeypot, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { forgotSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts'] }

export async function action({ request, params, context }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	enforceRateLimit('password-reset', context.clientKey)
	const submission = parseSubmission(forgotSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	if (!submission.data.website) requestPasswordReset(submission.data.email, language)
	return redirect(`/${language}/forgot-password?sent=1`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'forgotPassword.title', 'accounts')

export default function ForgotPassword() {
	const { t } = useTranslation('accounts')
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<h1>{t('forgotPassword.title')}</h1>
			{searchParams.get('sent') ? (
				<FormMessage tone="success">{t('forgotPassword.sent')}</FormMessage>
			) : (
				<Form method="POST" className="stack" noValidate>
					<p>{t('forgotPassword.intro')}</p>
					<Honeypot />
					<InputField
						name="email"
						type="email"
						label={t('fields.email')}
						autoComplete="email"
						errors={errors.email}
						required
					/>
					<SubmitButton>{t('forgotPassword.submit')}</SubmitButton>
				</Form>
			)}
		</div>
	)
}
