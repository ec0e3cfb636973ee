import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding'
import { useTranslation } from 'react-i18next'
import { renderSVG } from 'uqr'
import {
	disableTwoFactor,
	enableTwoFactor,
	newTotpKey,
	openEnrolment,
	remainingRecoveryCodes,
	renewRecoveryCodes,
	sealEnrolment,
	totpUri,
	verifySecondFactor,
} from '#app/modules/accounts/two-factor.server.ts'
import { requireUser } from '#app/platform/auth.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { hasRole } from '#app/platform/permissions.ts'
import { markSessionTwoFactorVerified } from '#app/platform/session.server.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { disableSchema, enableSchema, renewCodesSchema } from './__forms.server.ts'

function mustKeepTwoFactor(roles: Parameters<typeof hasRole>[0]['roles']) {
	return roles.includes('org_admin') || roles.includes('platform_admin')
}

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUser(request)
	return json({
		enabled: user.twoFactorEnabled,
		required: mustKeepTwoFactor(user.roles),
		recoveryCodesLeft: user.twoFactorEnabled ? remainingRecoveryCodes(user.id) : 0,
		enrolment: user.twoFactorEnabled ? null : enrolmentView(user.email, newTotpKey()),
	})
}

type Enrolment = ReturnType<typeof enrolmentView>

function enrolmentView(email: string, key: Uint8Array) {
	const qr = renderSVG(totpUri(email, key), { border: 2 })
	return {
		enrolment: sealEnrolment(key),
		manualKey: encodeBase32UpperCaseNoPadding(key).replace(/(.{4})/g, '$1 ').trim(),
		qrDataUri: `data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}`,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, session } = await requireUser(request)
	const formData = await request.formData()
	if (formData.get('intent') === 'renew-codes') {
		const submission = parseSubmission(renewCodesSchema, formData)
		if (!submission.success) return json({ ...submission, recoveryCodes: null }, { status: 400 })
		const codes = renewRecoveryCodes(user.id, submission.data.code)
		if (!codes) {
			return json(
				{ success: false as const, fieldErrors: { renewCode: ['errors.codeWrong'] }, values: {}, recoveryCodes: null },
				{ status: 400 },
			)
		}
		return json({ success: true as const, fieldErrors: {}, recoveryCodes: codes, renewed: true })
	}
	if (formData.get('intent') === 'disable') {
		const submission = parseSubmission(disableSchema, formData)
		if (!submission.success) return json({ ...submission, recoveryCodes: null }, { status: 400 })
		if (mustKeepTwoFactor(user.roles)) {
			return json({ success: false as const, fieldErrors: { code: ['errors.twoFactorRequired'] }, values: {}, recoveryCodes: null }, { status: 400 })
		}
		if (!verifySecondFactor(user.id, submission.data.code)) {
			return json({ success: false as const, fieldErrors: { code: ['errors.codeWrong'] }, values: {}, recoveryCodes: null }, { status: 400 })
		}
		disableTwoFactor(user.id)
		return json({ success: true as const, fieldErrors: {}, recoveryCodes: null })
	}
	const submission = parseSubmission(enableSchema, formData)
	if (!submission.success) return json({ ...submission, recoveryCodes: null }, { status: 400 })
	const key = openEnrolment(submission.data.enrolment)
	const codes = key ? enableTwoFactor(user.id, key, submission.data.code.replace(/\s/g, '')) : null
	if (!codes) {
		// Keep showing the key the person already scanned, rather than a fresh one.
		return json(
			{
				success: false as const,
				fieldErrors: { code: ['errors.codeWrong'] },
				values: {},
				recoveryCodes: null,
				retry: key ? enrolmentView(user.email, key) : null,
			},
			{ status: 400 },
		)
	}
	// The session that proved the new factor counts as verified; others must prove it at next sign-in.
	markSessionTwoFactorVerified(session.id)
	return json({ success: true as const, fieldErrors: {}, recoveryCodes: codes })
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
					{t('renewed' in actionData ? 'twoFactor.renewedNow' : 'twoFactor.enabledNow')}
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
			{data.enabled || !enrolment ? (
				<>
					<p>{t('twoFactor.isOn')}</p>
					<p>{t('twoFactor.codesLeft', { count: data.recoveryCodesLeft })}</p>
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
							<InputField name="code" label={t('twoFactor.currentCode')} autoComplete="one-time-code" errors={errors.code} required />
							<SubmitButton name="intent" value="disable" className="button button--danger">
								{t('twoFactor.turnOff')}
							</SubmitButton>
						</Form>
					)}
				</>
			) : (
				<>
					<p>{t('twoFactor.intro')}</p>
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
								<InputField
									name="code"
									label={t('twoFactor.code')}
									hint={t('twoFactor.codeHint')}
									autoComplete="one-time-code"
									inputMode="numeric"
									errors={errors.code}
									required
								/>
								<SubmitButton name="intent" value="enable">{t('twoFactor.turnOn')}</SubmitButton>
							</Form>
						</li>
					</ol>
				</>
			)}
		</>
	)
}
