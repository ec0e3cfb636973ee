import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	disableTwoFactor,
	enableTwoFactor,
	type Enrolment,
	enrolmentToRetry,
	renewRecoveryCodes,
	twoFactorStatus,
} from '#app/modules/accounts/two-factor.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { type SignInPaused } from '#app/modules/accounts/sign-in-limits.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { type Refusal } from '#app/platform/outcome.ts'
import { sessionCookie } from '#app/platform/session.server.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { disableSchema, enableSchema, renewCodesSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts', 'settings'] }

/**
 * A refused code, at its field. When wrong codes have paused the account (decision 014), a 429 saying how
 * long to wait.
 */
function codeRefused<const Extra extends object>(refusal: Refusal | SignInPaused, field: string, extra: Extra) {
	if ('retryAfterSeconds' in refusal) {
		const { retryAfterSeconds } = refusal
		return refusalReply(refusal, { namespace: 'accounts', field, status: 429, retryAfterSeconds }, extra)
	}
	return refusalReply(refusal, { namespace: 'common', field }, extra)
}

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUser(request)
	const replacing = new URL(request.url).searchParams.get('replace') === '1'
	return json(twoFactorStatus(user, { replacing }))
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, session } = await requireUser(request)
	const formData = await request.formData()
	if (formData.get('intent') === 'renew-codes') {
		const submission = parseSubmission(renewCodesSchema, formData)
		if (!submission.success) return formFailure(submission, { recoveryCodes: null })
		const renewed = renewRecoveryCodes(user.id, submission.data.code)
		if (!renewed.ok) return codeRefused(renewed, 'renewCode', { recoveryCodes: null })
		return json({ success: true as const, fieldErrors: {}, recoveryCodes: renewed.recoveryCodes, renewed: true })
	}
	if (formData.get('intent') === 'disable') {
		const submission = parseSubmission(disableSchema, formData)
		if (!submission.success) return formFailure(submission, { recoveryCodes: null })
		const disabled = disableTwoFactor(user.id, submission.data.code)
		if (!disabled.ok) return codeRefused(disabled, 'code', { recoveryCodes: null })
		return json({ success: true as const, fieldErrors: {}, recoveryCodes: null })
	}
	const submission = parseSubmission(enableSchema, formData)
	if (!submission.success) return formFailure(submission, { recoveryCodes: null })
	const enabled = enableTwoFactor(user.id, session.id, submission.data)
	if (!enabled.ok) {
		const retry = enrolmentToRetry(user, submission.data.enrolment)
		return codeRefused(enabled, 'code', { recoveryCodes: null, retry })
	}
	// The session that proved the new factor was replaced by a verified one under a new token.
	const headers = enabled.token ? { 'Set-Cookie': sessionCookie(request, enabled.token) } : undefined
	return json(
		{ success: true as const, fieldErrors: {}, recoveryCodes: enabled.recoveryCodes, replaced: user.twoFactorEnabled },
		{ headers },
	)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'twoFactor.title', 'settings')

export default function TwoFactorSettings() {
	const { t } = useTranslation('settings')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const errors = fieldErrorsOf(actionData)
	const retry = (actionData && 'retry' in actionData ? actionData.retry : null) as Enrolment | null
	const enrolment = retry ?? data.enrolment
	if (actionData?.recoveryCodes) {
		return (
			<>
				<h1>{t('twoFactor.title')}</h1>
				<FormMessage tone="success">
					{t(
						'renewed' in actionData
							? 'twoFactor.renewedNow'
							: 'replaced' in actionData && actionData.replaced
								? 'twoFactor.replacedNow'
								: 'twoFactor.enabledNow',
					)}
				</FormMessage>
				<h2>{t('twoFactor.recoveryCodesTitle')}</h2>
				<p>{t('twoFactor.recoveryCodesIntro')}</p>
				<ul className="recovery-codes">
					{actionData.recoveryCodes.map((code) => (
						<li key={code}>
							<code>{code}</code>
						</li>
					))}
				</ul>
			</>
		)
	}
	return (
		<>
			<h1>{t('twoFactor.title')}</h1>
			{searchParams.get('required') && !data.enabled ? (
				<FormMessage tone="info">{t('twoFactor.requiredForAdmins')}</FormMessage>
			) : null}
			{(data.enabled && !data.replacing) || !enrolment ? (
				<>
					<p>{t('twoFactor.isOn')}</p>
					<p>{t('twoFactor.codesLeft', { count: data.recoveryCodesLeft })}</p>
					<h2>{t('twoFactor.replaceTitle')}</h2>
					<p>
						<Link to="?replace=1">{t('twoFactor.replaceLink')}</Link>
					</p>
					<Form method="POST" className="stack" noValidate>
						<h2>{t('twoFactor.renewTitle')}</h2>
						<p>{t('twoFactor.renewIntro')}</p>
						<InputField
							name="code"
							label={t('twoFactor.currentCode')}
							autoComplete="one-time-code"
							errors={errors.renewCode}
							required
						/>
						<SubmitButton name="intent" value="renew-codes" className="button button--secondary">
							{t('twoFactor.renew')}
						</SubmitButton>
					</Form>
					{data.required ? (
						<p>{t('twoFactor.cannotTurnOff')}</p>
					) : (
						<Form method="POST" className="stack" noValidate>
							<h2>{t('twoFactor.turnOffTitle')}</h2>
							<InputField
								name="code"
								label={t('twoFactor.currentCode')}
								autoComplete="one-time-code"
								errors={errors.code}
								required
							/>
							<SubmitButton name="intent" value="disable" className="button button--danger">
								{t('twoFactor.turnOff')}
							</SubmitButton>
						</Form>
					)}
				</>
			) : (
				<>
					<p>{t(data.replacing ? 'twoFactor.replaceIntro' : 'twoFactor.intro')}</p>
					<ol className="steps">
						<li>
							<p>{t('twoFactor.stepScan')}</p>
							<img src={enrolment.qrDataUri} alt={t('twoFactor.qrAlt')} width={200} height={200} className="qr" />
						</li>
						<li>
							<p>{t('twoFactor.stepManual')}</p>
							<p>
								<code className="manual-key">{enrolment.manualKey}</code>
							</p>
						</li>
						<li>
							<Form method="POST" className="stack" noValidate>
								<input type="hidden" name="enrolment" value={enrolment.enrolment} />
								{data.replacing ? (
									<InputField
										name="currentCode"
										label={t('twoFactor.currentCode')}
										autoComplete="off"
										errors={errors.currentCode}
										required
									/>
								) : null}
								<InputField
									name="code"
									label={t('twoFactor.code')}
									hint={t('twoFactor.codeHint')}
									autoComplete="one-time-code"
									inputMode="numeric"
									errors={errors.code}
									required
								/>
								<SubmitButton name="intent" value="enable">
									{t(data.replacing ? 'twoFactor.replace' : 'twoFactor.turnOn')}
								</SubmitButton>
							</Form>
						</li>
					</ol>
				</>
			)}
		</>
	)
}
