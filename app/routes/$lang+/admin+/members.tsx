import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { decideApplication, listPendingApplicants } from '#app/modules/accounts/vetting.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { countryName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, fieldErrorsOf } from '#app/ui/forms.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { applicantDecisionSchema } from './__forms.server.ts'
import { DecisionForm } from './__decision-form.tsx'

export const handle: StringsHandle = { i18n: ['admin'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'members:vet')
	return json({
		applicants: listPendingApplicants(user).map((applicant) => ({
			...applicant,
			createdAt: applicant.createdAt.toISOString(),
			countryName: countryName(applicant.country, language),
		})),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'members:vet')
	const submission = parseSubmission(applicantDecisionSchema, await request.formData())
	// Its fields are hidden: a form that does not parse was not typed by anyone, so it gets one message.
	if (!submission.success) return formFailure({ fieldErrors: { form: ['admin:errors.invalid'] } })
	const { applicantId, decision } = submission.data
	const decided = await decideApplication(user, applicantId, decision)
	// Decided meanwhile, or its organisation still waits: the page was out of date, a conflict.
	if (!decided.ok) return refusalReply(decided, { namespace: 'admin', status: 409 })
	const outcome = decision === 'approve' ? 'approved' : 'refused'
	return redirectWithFlash(request, `/${language}/admin/members`, {
		namespace: 'admin',
		key: `members.outcome.${outcome}`,
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'members.title', 'admin')

export default function PendingMembers() {
	const { t } = useTranslation('admin')
	const { applicants } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<>
			<h1>{t('members.title')}</h1>
			<p>{t('members.intro')}</p>
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			{applicants.length === 0 ? (
				<p className="empty">{t('members.empty')}</p>
			) : (
				<ul className="applicant-list">
					{applicants.map((applicant) => (
						<li key={applicant.id} className="panel">
							<h2>{applicant.name}</h2>
							<dl className="facts">
								<dt>{t('members.email')}</dt>
								<dd>{applicant.email}</dd>
								<dt>{t('members.organisation')}</dt>
								<dd>
									{applicant.organisationName}
									{applicant.organisationStatus !== 'approved' ? ` (${t('members.organisationPending')})` : ''}
								</dd>
								<dt>{t('members.country')}</dt>
								<dd>{applicant.countryName}</dd>
								<dt>{t('members.role')}</dt>
								<dd>{t(`roles.${applicant.requestedRole}`, { ns: 'common' })}</dd>
								<dt>{t('members.applied')}</dt>
								<dd>
									<DateTime value={applicant.createdAt} />
								</dd>
								<dt>{t('members.emailConfirmed')}</dt>
								<dd>{applicant.emailConfirmed ? t('yes', { ns: 'common' }) : t('no', { ns: 'common' })}</dd>
							</dl>
							<DecisionForm
								field="applicantId"
								id={applicant.id}
								approveLabel={t('members.approve', { name: applicant.name })}
								refuseLabel={t('members.refuse', { name: applicant.name })}
							/>
						</li>
					))}
				</ul>
			)}
		</>
	)
}
