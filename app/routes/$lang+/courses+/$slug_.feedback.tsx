import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { parseFeedbackForm, recommendAnswers } from '#app/modules/indicators/answers.ts'
import { feedbackFormFor, recordCourseFeedback } from '#app/modules/indicators/feedback.server.ts'
import { usefulnessScale } from '#app/modules/indicators/vocabulary.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { valuesOf } from '#app/ui/checkbox-group.tsx'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { ChoiceGroup } from '#app/ui/choice-group.tsx'

export const handle: StringsHandle = { i18n: ['outcomes'] }

/** The feedback form of a course the signed-in learner is enrolled on; anyone else finds no such page. */
async function ownFeedbackForm(request: Request, params: LoaderFunctionArgs['params']) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const slug = params.slug ?? ''
	const form = feedbackFormFor(user.id, slug, language)
	if (!form.ok) throw notFound()
	return { language, user, slug, form }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { form } = await ownFeedbackForm(request, params)
	return json({ course: form.course, state: form.state })
}

export async function action({ request, params }: ActionFunctionArgs) {
	// Whose enrolment it is comes first: someone not enrolled learns nothing from the form's checks.
	const { language, user, slug } = await ownFeedbackForm(request, params)
	const submission = parseFeedbackForm(await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = recordCourseFeedback(user.id, slug, submission.data, language, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'outcomes' })
	return redirectWithFlash(request, `/${language}/courses/${slug}`, { namespace: 'outcomes', key: 'feedback.thanks' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'feedback.title', 'outcomes')

export default function CourseFeedback() {
	const { t } = useTranslation('outcomes')
	const href = useHref()
	const { course, state } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values: Record<string, string | string[] | undefined> = actionData?.values ?? {}
	const labels = { usefulness: t('feedback.usefulness'), recommend: t('feedback.recommend') }
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/courses/${course.slug}`)}>{t('feedback.back')}</Link>
			</p>
			<h1>{t('feedback.title')}</h1>
			<p className="lead" {...inLanguage(course.shownIn)}>
				{course.title}
			</p>
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			{state === 'open' ? (
				<LinkedForm method="POST" id="feedback" className="stack" noValidate>
					<ErrorSummary form="feedback" errors={errors} labels={labels} />
					<p>{t('feedback.intro')}</p>
					<ChoiceGroup
						type="radio"
						name="usefulness"
						legend={labels.usefulness}
						hint={t('feedback.usefulnessHint')}
						options={usefulnessScale.map((point) => ({ value: String(point), label: t(`feedback.scale.${point}`) }))}
						checked={valuesOf(values.usefulness)}
						errors={errors.usefulness}
					/>
					<ChoiceGroup
						type="radio"
						name="recommend"
						legend={labels.recommend}
						options={recommendAnswers.map((answer) => ({ value: answer, label: t(`feedback.${answer}`) }))}
						checked={valuesOf(values.recommend)}
						errors={errors.recommend}
					/>
					<SubmitButton>{t('feedback.submit')}</SubmitButton>
				</LinkedForm>
			) : (
				<p>{t(`feedback.${state}`)}</p>
			)}
		</div>
	)
}
