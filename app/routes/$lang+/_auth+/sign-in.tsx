import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { signInWithPassword } from '#app/modules/accounts/sign-in.server.ts'
import { requireAnonymous } from '#app/modules/accounts/auth.server.ts'
import { knownDeviceCookie, readKnownDeviceMark } from '#app/modules/accounts/known-device.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams, safeRedirectPath } from '#app/platform/routing.server.ts'
import { describeDevice, readSessionToken, sessionCookie } from '#app/platform/session.server.ts'
import { ErrorSummary, FormMessage, InputField, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { signInSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts'] }

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return null
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	enforceRateLimit('sign-in', context.clientKey)
	const submission = parseSubmission(signInSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const { email, password, redirectTo } = submission.data
	// Settled before anything is written, so no target, however odd, can fail the answer after a session exists.
	// Without one (or with an unsafe one), the member lands on their home page in their saved language.
	const asked = safeRedirectPath(redirectTo, '')
	const signedIn = await signInWithPassword(
		{ email, password },
		{
			device: describeDevice(request.headers.get('User-Agent')),
			sessionToken: readSessionToken(request),
			deviceMark: readKnownDeviceMark(request),
		},
	)
	if (!signedIn.ok) {
		if (signedIn.reason === 'tooManyAttempts') {
			const { retryAfterSeconds } = signedIn
			return refusalReply(signedIn, { namespace: 'accounts', values: { email }, status: 429, retryAfterSeconds })
		}
		// Only a wrong password is the form's fault; the right one for an account that may not sign in yet is a 403.
		const status = signedIn.reason === 'invalid' ? 400 : 403
		return refusalReply(signedIn, { namespace: 'accounts', values: { email }, status })
	}
	const headers = new Headers({ 'Set-Cookie': sessionCookie(request, signedIn.token) })
	if (signedIn.deviceMark) headers.append('Set-Cookie', knownDeviceCookie(request, signedIn.deviceMark))
	if (signedIn.secondFactorOwed) {
		const next = asked ? `?redirectTo=${encodeURIComponent(asked)}` : ''
		return redirect(`/${language}/sign-in/two-factor${next}`, { headers })
	}
	return redirect(asked || signedIn.home, { headers })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'signIn.title', 'accounts')

export default function SignIn() {
	const { t } = useTranslation('accounts')
	const href = useHref()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<h1>{t('signIn.title')}</h1>
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			<ErrorSummary
				form="sign-in"
				errors={errors}
				labels={{ email: t('fields.email'), password: t('fields.password') }}
			/>
			<LinkedForm id="sign-in" method="POST" className="stack" noValidate>
				<input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
				<InputField
					name="email"
					type="email"
					label={t('fields.email')}
					autoComplete="username"
					defaultValue={actionData?.values?.email}
					errors={errors.email}
					required
				/>
				<InputField
					name="password"
					type="password"
					label={t('fields.password')}
					autoComplete="current-password"
					errors={errors.password}
					required
				/>
				<SubmitButton>{t('signIn.submit')}</SubmitButton>
			</LinkedForm>
			<p>
				<Link to={href('/forgot-password')}>{t('signIn.forgotPassword')}</Link>
			</p>
			<p>
				{t('signIn.noAccount')} <Link to={href('/sign-up')}>{t('signIn.apply')}</Link>
			</p>
		</div>
	)
}
