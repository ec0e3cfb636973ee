import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editDraft } from '#app/modules/courses/authoring.server.ts'
import { setModuleTitle } from '#app/modules/courses/draft-edits.ts'
import { translationMatrix } from '#app/modules/courses/translation.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { directionOf, languages, type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { ErrorSummary, FormMessage, InputField, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'
import { titleSchema } from './__forms.server.ts'
import { PartLanguageTabs } from './__translation-parts.tsx'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

async function findModule(request: Request, params: LoaderFunctionArgs['params']) {
	const editor = await requireCourseEditor(request, params)
	const module = editor.document.modules.find((candidate) => candidate.id === params.moduleId)
	if (!module) throw notFound()
	return { ...editor, module }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document, module, editing } = await findModule(request, params)
	const source = document.sourceLanguage
	return json({
		courseId: course.id,
		editing,
		states: translationMatrix(document, languages).modules.find((row) => row.id === module.id)!.states,
		title: module.texts[editing]?.title ?? '',
		sourceTitle: module.texts[source]!.title,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, course, module, editing } = await findModule(request, params)
	const submission = parseSubmission(titleSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const saved = editDraft(user, course.id, (document) =>
		setModuleTitle(document, module.id, editing, submission.data.title),
	)
	if (!saved.ok) return refusalReply(saved, { namespace: 'courses', values: submission.data })
	return json({ success: true as const })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.moduleHeading', 'teach')

export default function ModuleEditor() {
	const { t } = useTranslation('teach')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/teach/courses/${data.courseId}`)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('editor.moduleHeading')}</h1>
			<PartLanguageTabs current={data.editing} states={data.states} />
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			<p>
				{t('editor.sourceText')}: <span>{data.sourceTitle}</span>
			</p>
			<ErrorSummary form="module-title" errors={errors} labels={{ title: t('editor.moduleTitle') }} />
			<LinkedForm id="module-title" method="POST" className="stack">
				<div lang={data.editing} dir={directionOf(data.editing)}>
					<InputField
						name="title"
						label={t('editor.moduleTitle')}
						defaultValue={data.title}
						errors={errors.title ?? errors.form}
					/>
				</div>
				<SubmitButton>{t('editor.save')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
