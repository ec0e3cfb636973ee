import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { memberHomePath, signInWithSecondFactor } from '#app/modules/accounts/sign-in.server.ts'
import { getAuth } from '#app/modules/accounts/auth.server.ts'
import { knownDeviceCookie, readKnownDeviceMark } from '#app/modules/accounts/known-device.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams, safeRedirectPath } from '#app/platform/routing.server.ts'
import { sessionCookie } from '#app/platform/session.server.ts'
import { InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { codeSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts'] }

/** Only a session that passed the password and still owes its second factor may be here. */
async function requirePendingSecondFactor(request: Request, language: string) {
	const auth = await getAuth(request)
	if (!auth) throw redirect(`/${language}/sign-in`)
	if (!auth.user.twoFactorEnabled || auth.session.twoFactorVerified) throw redirect(`/${language}`)
	return auth
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requirePendingSecondFactor(request, languageFromParams(params))
	return null
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await requirePendingSecondFactor(request, language)
	enforceRateLimit('two-factor', context.clientKey)
	const submission = parseSubmission(codeSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const destination = safeRedirectPath(submission.data.redirectTo, memberHomePath(auth.user.locale))
	// Wrong codes count per account too, whatever address they come from, with the password's failures.
	const signedIn = signInWithSecondFactor({
		session: auth.session,
		email: auth.user.email,
		code: submission.data.code,
		deviceMark: readKnownDeviceMark(request),
	})
	if (!signedIn.ok) {
		if (signedIn.reason === 'tooManyAttempts') {
			const { retryAfterSeconds } = signedIn
			return refusalReply(signedIn, { namespace: 'accounts', field: 'code', status: 429, retryAfterSeconds })
		}
		return refusalReply(signedIn, { namespace: 'common', field: 'code' })
	}
	// The verified session has a new token: the one that only passed the password no longer works.
	const headers = new Headers({ 'Set-Cookie': sessionCookie(request, signedIn.token) })
	headers.append('Set-Cookie', knownDeviceCookie(request, signedIn.deviceMark))
	return redirect(destination, { headers })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'twoFactor.title', 'accounts')

export default function TwoFactorChallenge() {
	const { t } = useTranslation('accounts')
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<h1>{t('twoFactor.title')}</h1>
			<p>{t('twoFactor.intro')}</p>
			<Form method="POST" className="stack" noValidate>
				<input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
				<InputField
					name="code"
					label={t('twoFactor.code')}
					hint={t('twoFactor.codeHint')}
					autoComplete="one-time-code"
					inputMode="text"
					errors={errors.code}
					required
				/>
				<SubmitButton>{t('twoFactor.submit')}</SubmitButton>
			</Form>
		</div>
	)
}
