import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { describeCertificate, findCertificate, revokeCertificate } from '#app/modules/certificates/certificates.server.ts'
import { forbidden, requirePermission } from '#app/platform/auth.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { FormMessage, InputField, SubmitButton, TextAreaField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CertificateFacts } from '../certificates+/__certificate-parts.tsx'
import { revokeSchema } from './__forms.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'certificates:revoke')
	const code = new URL(request.url).searchParams.get('code') ?? ''
	const found = code ? findCertificate(code) : undefined
	return json({ code, certificate: found ? describeCertificate(found) : null })
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'certificates:revoke')
	const submission = parseSubmission(revokeSchema, await request.formData())
	if (!submission.success) return json(submission, { status: 400 })
	const outcome = revokeCertificate(user, submission.data.code, submission.data.reason)
	if (outcome === 'forbidden') throw forbidden()
	if (outcome !== 'revoked') return json({ success: false as const, fieldErrors: { form: [`certificates:errors.${outcome}`] }, values: submission.data }, { status: 400 })
	return json({ success: true as const, values: {} })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'admin.title', 'certificates')

/** Platform admins find a certificate by its code and revoke it with a reason, which the audit log keeps. */
export default function AdminCertificates() {
	const { t } = useTranslation('certificates')
	const { t: tc } = useTranslation('common')
	const { code, certificate } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<>
			<h1>{t('admin.title')}</h1>
			<Form method="GET" className="inline-form">
				<InputField name="code" label={t('admin.findByCode')} defaultValue={code} />
				<SubmitButton className="button button--secondary">{t('admin.find')}</SubmitButton>
			</Form>
			{actionData?.success ? <FormMessage tone="success">{t('admin.revokedNow')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			{code && !certificate ? <p>{t('verify.notFound')}</p> : null}
			{certificate ? (
				<section aria-labelledby="found-heading" className="panel">
					<h2 id="found-heading">{certificate.certificateName}</h2>
					<CertificateFacts certificate={certificate} />
					{certificate.status === 'revoked' ? null : (
						<Form method="POST" className="stack">
							<input type="hidden" name="code" value={certificate.code} />
							<TextAreaField name="reason" label={t('admin.reason')} hint={t('admin.reasonHint')} errors={errors.reason} rows={3} />
							<SubmitButton>{t('admin.revoke')}</SubmitButton>
						</Form>
					)}
				</section>
			) : null}
		</>
	)
}
