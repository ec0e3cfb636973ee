import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { createCourse } from '#app/modules/courses/authoring.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { ErrorSummary, LinkedForm, SelectField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CourseFactsFields, CourseTextFields, courseFieldLabels, useCourseFieldLabel } from './__course-fields.tsx'
import { newCourseSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	await requirePermission(request, 'courses:create')
	return json({ language })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'courses:create')
	const submission = parseSubmission(newCourseSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const created = createCourse(user, submission.data)
	if (!created.ok) return refusalReply(created, { namespace: 'courses' })
	return redirectWithFlash(request, `/${language}/teach/courses/${created.course.id}`, {
		namespace: 'teach',
		key: 'teach.created',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'teach.newCourse', 'teach')

export default function NewCourse() {
	const { t } = useTranslation('teach')
	const { t: tc } = useTranslation('common')
	const { language } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const fieldLabel = useCourseFieldLabel()
	const values =
		actionData && 'values' in actionData
			? actionData.values
			: { sourceLanguage: language, level: 'foundation', format: 'self-paced', estimatedHours: '2' }
	return (
		<div className="page narrow">
			<h1>{t('teach.newCourse')}</h1>
			<p>{t('teach.newCourseIntro')}</p>
			<ErrorSummary form="new-course" errors={errors} labels={fieldLabel} />
			<LinkedForm id="new-course" method="POST" className="stack" noValidate>
				<SelectField
					name="sourceLanguage"
					label={t(courseFieldLabels.sourceLanguage)}
					hint={t('editor.sourceLanguageHint')}
					options={languages.map((value) => ({ value, label: tc(`languageNames.${value}`) }))}
					defaultValue={values.sourceLanguage}
					errors={errors.sourceLanguage}
				/>
				<CourseTextFields values={values} errors={errors} />
				<CourseFactsFields values={values} errors={errors} />
				<SubmitButton>{t('teach.create')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
