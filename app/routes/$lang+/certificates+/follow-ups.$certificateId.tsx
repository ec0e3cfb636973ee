import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { parseFollowUpForm } from '#app/modules/indicators/answers.ts'
import { answerFollowUp, followUpFormFor } from '#app/modules/indicators/follow-ups.server.ts'
import { applicationWays, appliedAnswers } from '#app/modules/indicators/vocabulary.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { valuesOf } from '#app/ui/checkbox-group.tsx'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { ChoiceGroup } from '#app/ui/choice-group.tsx'

export const handle: StringsHandle = { i18n: ['outcomes'] }

/** The follow-up of one of the signed-in person's own certificates, once it was sent; any other finds no such page. */
async function ownFollowUp(request: Request, params: LoaderFunctionArgs['params']) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const certificateId = params.certificateId ?? ''
	const form = followUpFormFor(user.id, certificateId)
	if (!form.ok) throw notFound()
	return { language, user, certificateId, form }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { form } = await ownFollowUp(request, params)
	return json({ certificate: form.certificate, answered: form.answered })
}

export async function action({ request, params }: ActionFunctionArgs) {
	// Whose certificate it is comes first: anyone else learns nothing from the form's checks.
	const { language, user, certificateId } = await ownFollowUp(request, params)
	const form = await request.formData()
	const values = {
		applied: String(form.get('applied') ?? '').slice(0, 40),
		ways: form
			.getAll('ways')
			.slice(0, 20)
			.map((way) => String(way).slice(0, 40)),
	}
	const submission = parseFollowUpForm(form)
	if (!submission.success) return formFailure({ ...submission, values })
	const outcome = answerFollowUp(user.id, certificateId, submission.data, language, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'outcomes', values })
	return redirectWithFlash(request, `/${language}/certificates`, { namespace: 'outcomes', key: 'followUp.thanks' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'followUp.title', 'outcomes')

export default function FollowUp() {
	const { t } = useTranslation('outcomes')
	const href = useHref()
	const { certificate, answered } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values: Record<string, string | string[] | undefined> = actionData?.values ?? {}
	const labels = { applied: t('followUp.applied'), ways: t('followUp.ways') }
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/certificates')}>{t('followUp.back')}</Link>
			</p>
			<h1>{t('followUp.title')}</h1>
			<p className="lead">
				<span {...inLanguage(certificate.language)}>{certificate.name}</span>
				<br />
				<span className="meta">
					{t('followUp.issued')} <DateTime value={certificate.issuedAt} dateOnly />
				</span>
			</p>
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			{answered ? (
				<p>{t('followUp.answered')}</p>
			) : (
				<LinkedForm method="POST" id="follow-up" className="stack" noValidate>
					<ErrorSummary form="follow-up" errors={errors} labels={labels} />
					<p>{t('followUp.intro')}</p>
					<ChoiceGroup
						type="radio"
						name="applied"
						legend={labels.applied}
						options={appliedAnswers.map((answer) => ({ value: answer, label: t(`followUp.answers.${answer}`) }))}
						checked={valuesOf(values.applied)}
						errors={errors.applied}
					/>
					<ChoiceGroup
						type="checkbox"
						name="ways"
						legend={labels.ways}
						hint={t('followUp.waysHint')}
						options={applicationWays.map((way) => ({ value: way, label: t(`followUp.waysList.${way}`) }))}
						checked={valuesOf(values.ways)}
						errors={errors.ways}
					/>
					<SubmitButton>{t('followUp.submit')}</SubmitButton>
				</LinkedForm>
			)}
		</div>
	)
}
