import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { checkCredentials } from '#app/modules/accounts/sign-in.server.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { requireAnonymous } from '#app/platform/auth.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams, safeRedirectPath } from '#app/platform/routing.server.ts'
import { createSession, describeDevice, sessionCookie } from '#app/platform/session.server.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { signInSchema } from './__forms.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return null
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	enforceRateLimit('sign-in', context.clientKey)
	const submission = parseSubmission(signInSchema, await request.formData())
	if (!submission.success) {
		return json({ ...submission, refusal: null }, { status: 400 })
	}
	const { email, password, redirectTo } = submission.data
	const check = await checkCredentials(email, password)
	if (!check.ok) {
		return json(
			{ success: false, fieldErrors: {}, values: { email }, refusal: check.reason },
			{ status: check.reason === 'invalid' ? 400 : 403 },
		)
	}
	const { token } = createSession(check.userId, {
		twoFactorVerified: !check.needsSecondFactor,
		device: describeDevice(request.headers.get('User-Agent')),
	})
	const destination = safeRedirectPath(redirectTo, `/${language}`)
	if (check.needsSecondFactor) {
		return redirect(`/${language}/sign-in/two-factor?redirectTo=${encodeURIComponent(destination)}`, {
			headers: { 'Set-Cookie': sessionCookie(request, token) },
		})
	}
	recordAudit({ event: 'sign-in', actorUserId: check.userId })
	return redirect(destination, { headers: { 'Set-Cookie': sessionCookie(request, token) } })
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
			{actionData?.refusal ? <FormMessage tone="error">{t(`signIn.refusal.${actionData.refusal}`)}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate>
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
			</Form>
			<p>
				<Link to={href('/forgot-password')}>{t('signIn.forgotPassword')}</Link>
			</p>
			<p>
				{t('signIn.noAccount')} <Link to={href('/sign-up')}>{t('signIn.apply')}</Link>
			</p>
		</div>
	)
}
