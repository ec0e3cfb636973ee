import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editDraft, refresherOptions } from '#app/modules/courses/authoring.server.ts'
import { setCourseFacts, setCourseText } from '#app/modules/courses/draft-edits.ts'
import { translationMatrix } from '#app/modules/courses/translation.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'
import { type FormValues } from '#app/ui/checkbox-group.tsx'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CourseFactsFields, CourseTextFields } from './__course-fields.tsx'
import { requireCourseEditor } from './__editor.server.ts'
import { courseFactsSchema, courseTextSchema } from './__forms.server.ts'
import { PartLanguageTabs } from './__translation-parts.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document, editing, language } = await requireCourseEditor(request, params)
	const { texts, modules: _, questions: __, ...facts } = document
	return json({
		courseId: course.id,
		editing,
		isSource: editing === document.sourceLanguage,
		states: translationMatrix(document, languages).course,
		text: texts[editing] ?? null,
		sourceText: texts[document.sourceLanguage]!,
		facts: {
			...facts,
			estimatedHours: String(facts.estimatedHours),
			certificateValidityMonths: facts.certificateValidityMonths ? String(facts.certificateValidityMonths) : '',
			refresherCourse: facts.refresherCourse ?? '',
		},
		refreshers: refresherOptions(course.id, language),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, course, document, editing } = await requireCourseEditor(request, params)
	const form = await request.formData()
	const isFacts = form.get('intent') === 'facts' && editing === document.sourceLanguage
	const submission = isFacts ? parseSubmission(courseFactsSchema, form) : parseSubmission(courseTextSchema, form)
	if (!submission.success) return formFailure(submission, { intent: isFacts ? 'facts' : 'texts' })
	const saved = editDraft(user, course.id, (draft) =>
		isFacts
			? setCourseFacts(draft, submission.data as ReturnType<typeof courseFactsSchema.parse>)
			: setCourseText(draft, editing, submission.data as ReturnType<typeof courseTextSchema.parse>),
	)
	if (!saved.ok) return refusalReply(saved, { namespace: 'courses' }, { intent: 'texts' })
	return json({ success: true as const, intent: isFacts ? 'facts' : 'texts' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.details', 'courses')

export default function CourseDetails() {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const echoed = actionData && 'values' in actionData ? actionData.values : null
	// The saved text carries its edition too, which no field shows.
	const textValues = (actionData?.intent === 'texts' && echoed) || (data.text as FormValues | null) || {}
	const factValues = (actionData?.intent === 'facts' && echoed) || data.facts
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/teach/courses/${data.courseId}`)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('editor.details')}</h1>
			<PartLanguageTabs current={data.editing} states={data.states} />
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate>
				<h2>{t('editor.textsIn', { language: tc(`languageNames.${data.editing}`) })}</h2>
				{data.isSource ? null : (
					<p className="meta">
						{t('editor.sourceText')}: {data.sourceText.title}
					</p>
				)}
				<CourseTextFields
					values={textValues}
					errors={actionData?.intent === 'texts' ? errors : {}}
					lang={data.editing}
				/>
				<SubmitButton name="intent" value="texts">
					{t('editor.save')}
				</SubmitButton>
			</Form>
			{data.isSource ? (
				<Form method="POST" className="stack" noValidate>
					<h2>{t('editor.facts')}</h2>
					<CourseFactsFields
						values={factValues}
						errors={actionData?.intent === 'facts' ? errors : {}}
						refreshers={data.refreshers}
					/>
					<SubmitButton name="intent" value="facts">
						{t('editor.saveFacts')}
					</SubmitButton>
				</Form>
			) : null}
		</div>
	)
}
