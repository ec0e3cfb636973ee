import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editDraft } from '#app/modules/courses/authoring.server.ts'
import { setLessonFacts } from '#app/modules/courses/draft-edits.ts'
import { previewLesson, saveLessonText } from '#app/modules/courses/lesson-editing.server.ts'
import { lessonSequence } from '#app/modules/courses/progress.ts'
import { translationMatrix } from '#app/modules/courses/translation.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { directionOf, languages, type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	FormMessage,
	InputField,
	LinkedForm,
	SubmitButton,
	TextAreaField,
	fieldErrorsOf,
	fieldId,
} from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { MdxReference } from '#app/ui/mdx-reference.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'
import { lessonFactsSchema, lessonSchema } from './__forms.server.ts'
import { LawElementPicker } from './__law-elements.tsx'
import { PartLanguageTabs, SourceText } from './__translation-parts.tsx'

export const handle: StringsHandle = { i18n: ['authoring', 'courses', 'teach', 'laws'] }

async function findLesson(request: Request, params: LoaderFunctionArgs['params']) {
	const editor = await requireCourseEditor(request, params)
	const lesson = lessonSequence(editor.document).find((entry) => entry.lesson.id === params.lessonId)?.lesson
	if (!lesson) throw notFound()
	return { ...editor, lesson }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document, lesson, editing } = await findLesson(request, params)
	const source = document.sourceLanguage
	const matrix = translationMatrix(document, languages)
	return json({
		courseId: course.id,
		draftVersion: course.draftVersion,
		lessonId: lesson.id,
		editing,
		sourceLanguage: source,
		states: matrix.lessons.find((row) => row.id === lesson.id)!.states,
		text: lesson.texts[editing] ?? null,
		sourceText: editing === source ? null : lesson.texts[source]!,
		minutes: lesson.minutes,
		required: lesson.required,
		lawElements: lesson.lawElements ?? [],
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, course, lesson, editing } = await findLesson(request, params)
	const form = await request.formData()
	const unsaved = { preview: null, saved: false }
	if (form.get('intent') === 'facts') {
		const facts = parseSubmission(lessonFactsSchema, form)
		if (!facts.success) return formFailure(facts, unsaved)
		const outcome = editDraft(user, course.id, (document) => setLessonFacts(document, lesson.id, facts.data))
		if (!outcome.ok) return refusalReply(outcome, { namespace: 'courses' }, unsaved)
		return json({ success: true as const, preview: null, saved: true })
	}
	const submission = parseSubmission(lessonSchema, form)
	if (!submission.success) return formFailure(submission, unsaved)
	const { intent, draftVersion, ...text } = submission.data
	const values = { title: text.title, body: text.body }
	if (intent === 'preview') {
		const preview = await previewLesson(text.body, editing)
		if (!preview.ok) return refusalReply(preview, { namespace: 'courses', values }, unsaved)
		return json({ success: true as const, values, preview: preview.html, saved: false })
	}
	const outcome = await saveLessonText(user, course.id, lesson.id, editing, text, draftVersion)
	// A co-author saved meanwhile: 409, and the author's text comes back so nothing they wrote is lost.
	if (!outcome.ok)
		return refusalReply(
			outcome,
			{ namespace: 'courses', values, status: outcome.reason === 'stale' ? 409 : 400 },
			unsaved,
		)
	return json({ success: true as const, values, preview: null, saved: true })
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
	contentTitle(matches, data?.text?.title ?? data?.sourceText?.title)

export default function LessonEditor() {
	const { t } = useTranslation('teach')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const echoed = actionData && 'values' in actionData && actionData.values ? actionData.values : null
	// The facts form echoes its own values; the text keeps what was saved.
	const failedForm = echoed && 'intent' in echoed && echoed.intent === 'facts' ? 'lesson-facts' : 'lesson-text'
	const values =
		echoed && failedForm === 'lesson-text' ? echoed : { title: data.text?.title ?? '', body: data.text?.body ?? '' }
	const dir = directionOf(data.editing)
	return (
		<div className="page">
			<p>
				<Link to={href(`/teach/courses/${data.courseId}`)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('editor.lessonHeading', { language: tc(`languageNames.${data.editing}`) })}</h1>
			<PartLanguageTabs current={data.editing} states={data.states} />
			{actionData?.saved ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			<ErrorSummary
				form={failedForm}
				errors={errors}
				labels={{
					title: t('editor.lessonTitle'),
					body: t('editor.lessonBody'),
					minutes: t('editor.minutes'),
					required: t('editor.required'),
				}}
			/>
			{data.states[data.editing] === 'outdated' ? (
				<FormMessage tone="info">{t('editor.outdatedNotice')}</FormMessage>
			) : null}
			{data.sourceText ? (
				<SourceText title={data.sourceText.title} lang={data.sourceLanguage} dir={directionOf(data.sourceLanguage)}>
					<pre className="mdx-source">{data.sourceText.body}</pre>
				</SourceText>
			) : null}
			<LinkedForm id="lesson-text" method="POST" className="stack" noValidate>
				<input type="hidden" name="draftVersion" value={data.draftVersion} />
				<div lang={data.editing} dir={dir}>
					<InputField name="title" label={t('editor.lessonTitle')} defaultValue={values.title} errors={errors.title} />
					<TextAreaField
						name="body"
						label={t('editor.lessonBody')}
						hint={t('editor.mdxHint')}
						defaultValue={values.body}
						errors={errors.body}
						rows={18}
						className="mdx-source"
					/>
				</div>
				<MdxReference />
				<div className="actions">
					<SubmitButton name="intent" value="preview" className="button button--secondary">
						{t('editor.preview')}
					</SubmitButton>
					<SubmitButton name="intent" value="save">
						{t('editor.save')}
					</SubmitButton>
				</div>
			</LinkedForm>
			{actionData?.preview ? (
				<section aria-labelledby="preview-heading" className="panel">
					<h2 id="preview-heading">{t('editor.previewHeading')}</h2>
					<div
						className="lesson__body"
						lang={data.editing}
						dir={dir}
						dangerouslySetInnerHTML={{ __html: actionData.preview }}
					/>
				</section>
			) : null}
			{data.editing === data.sourceLanguage ? (
				<LinkedForm id="lesson-facts" method="POST" className="inline-form">
					<input type="hidden" name="intent" value="facts" />
					<InputField
						name="minutes"
						label={t('editor.minutes')}
						inputMode="numeric"
						defaultValue={String(data.minutes)}
						errors={errors.minutes}
					/>
					<div className="check">
						<input
							type="checkbox"
							id={fieldId('lesson-facts', 'required')}
							name="required"
							defaultChecked={data.required}
						/>
						<label htmlFor={fieldId('lesson-facts', 'required')}>{t('editor.required')}</label>
					</div>
					<LawElementPicker chosen={data.lawElements} />
					<SubmitButton className="button button--secondary">{t('editor.saveFacts')}</SubmitButton>
					<ErrorList id="facts-errors" errors={errors.required} />
				</LinkedForm>
			) : null}
		</div>
	)
}
