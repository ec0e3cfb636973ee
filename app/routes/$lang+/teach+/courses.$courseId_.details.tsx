import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editDraft, refresherOptions } from '#app/modules/courses/authoring.server.ts'
import { setCourseFacts, setCourseText } from '#app/modules/courses/draft-edits.ts'
import { translationMatrix } from '#app/modules/courses/translation.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { directionOf, languages, type StringsHandle } from '#app/platform/i18n.ts'
import { type FormValues } from '#app/ui/checkbox-group.tsx'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CourseFactsFields, CourseTextFields, courseFieldLabels, useCourseFieldLabel } from './__course-fields.tsx'
import { requireCourseEditor } from './__editor.server.ts'
import { courseFactsSchema, courseTextSchema } from './__forms.server.ts'
import { PartLanguageTabs, SourceText } from './__translation-parts.tsx'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document, editing, language } = await requireCourseEditor(request, params)
	const { texts, modules: _, questions: __, ...facts } = document
	return json({
		courseId: course.id,
		editing,
		isSource: editing === document.sourceLanguage,
		sourceLanguage: document.sourceLanguage,
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

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.details', 'teach')

/** The page's two forms, by the intent each posts, so the error summary links into the one that failed. */
const formIds = { texts: 'course-texts', facts: 'course-facts' } as const

export default function CourseDetails() {
	const { t } = useTranslation('teach')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const echoed = actionData && 'values' in actionData ? actionData.values : null
	// The saved text carries its edition too, which no field shows.
	const textValues = (actionData?.intent === 'texts' && echoed) || (data.text as FormValues | null) || {}
	const factValues = (actionData?.intent === 'facts' && echoed) || data.facts
	const fieldLabel = useCourseFieldLabel()
	const failedForm = actionData && !actionData.success ? formIds[actionData.intent] : null
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/teach/courses/${data.courseId}`)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('editor.details')}</h1>
			<PartLanguageTabs current={data.editing} states={data.states} />
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			{failedForm ? <ErrorSummary form={failedForm} errors={errors} labels={fieldLabel} /> : null}
			<LinkedForm id={formIds.texts} method="POST" className="stack" noValidate>
				<h2>{t('editor.textsIn', { language: tc(`languageNames.${data.editing}`) })}</h2>
				{data.isSource ? null : (
					<SourceText
						title={data.sourceText.title}
						fields={[
							{ label: t(courseFieldLabels.summary), value: data.sourceText.summary },
							{ label: t(courseFieldLabels.outcomes), value: data.sourceText.outcomes },
							{ label: t(courseFieldLabels.certificate), value: data.sourceText.certificate },
						]}
						lang={data.sourceLanguage}
						dir={directionOf(data.sourceLanguage)}
					/>
				)}
				<CourseTextFields
					values={textValues}
					errors={actionData?.intent === 'texts' ? errors : {}}
					lang={data.editing}
				/>
				<SubmitButton name="intent" value="texts">
					{t('editor.save')}
				</SubmitButton>
			</LinkedForm>
			{data.isSource ? (
				<LinkedForm id={formIds.facts} method="POST" className="stack" noValidate>
					<h2>{t('editor.facts')}</h2>
					<CourseFactsFields
						values={factValues}
						errors={actionData?.intent === 'facts' ? errors : {}}
						refreshers={data.refreshers}
					/>
					<SubmitButton name="intent" value="facts">
						{t('editor.saveFacts')}
					</SubmitButton>
				</LinkedForm>
			) : null}
		</div>
	)
}
