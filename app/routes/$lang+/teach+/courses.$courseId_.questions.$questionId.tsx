import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editDraft } from '#app/modules/courses/authoring.server.ts'
import { type Question } from '#app/modules/courses/document.ts'
import { newPartId, partIds, saveQuestion } from '#app/modules/courses/draft-edits.ts'
import { questionFromForm } from '#app/modules/courses/question-form.ts'
import { findQuiz } from '#app/modules/courses/quiz.server.ts'
import { translationState } from '#app/modules/courses/translation.ts'
import { questionKinds, type QuestionKind } from '#app/modules/courses/vocabulary.ts'
import { oneOf } from '#app/platform/form-fields.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { directionOf, type Language, languages, type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'
import {
	QuestionFields,
	type QuestionValues,
	useQuestionFieldLabel,
	useQuestionSourceFields,
} from './__question-fields.tsx'
import { PartLanguageTabs, SourceText } from './__translation-parts.tsx'
import { LawElementPicker } from './__law-elements.tsx'

export const handle: StringsHandle = { i18n: ['courses', 'teach', 'laws'] }

async function findQuestion(request: Request, params: LoaderFunctionArgs['params']) {
	const editor = await requireCourseEditor(request, params)
	const search = new URL(request.url).searchParams
	const quiz = findQuiz(editor.document, search.get('quiz') ?? '')
	if (!quiz) throw notFound()
	const existing =
		params.questionId === 'new'
			? null
			: (editor.document.questions.find((question) => question.id === params.questionId) ?? null)
	if (params.questionId !== 'new' && !existing) throw notFound()
	const kind: QuestionKind | undefined = existing?.kind ?? oneOf(questionKinds, search.get('kind'))
	if (!kind) throw notFound()
	// A new question is written in the source language first.
	const editing = existing ? editor.editing : editor.document.sourceLanguage
	return { ...editor, quiz, existing, kind, editing }
}

function valuesOf(question: Question | null, language: Language, source: Language): QuestionValues {
	const text = question?.texts[language]
	const sourceText = question?.texts[source]
	const rowsOf = (): QuestionValues['rows'] => {
		if (!question) return []
		if ('options' in question)
			return question.options.map((option) => ({
				id: option.id,
				text: text?.options?.[option.id]?.text ?? '',
				second: text?.options?.[option.id]?.feedback ?? '',
				correct: option.correct,
			}))
		if ('pairs' in question)
			return question.pairs.map((pair) => ({
				id: pair.id,
				text: text?.pairs?.[pair.id]?.left ?? '',
				second: text?.pairs?.[pair.id]?.right ?? '',
				correct: false,
			}))
		if ('items' in question)
			return question.items.map((item) => ({
				id: item.id,
				text: text?.items?.[item.id] ?? '',
				second: '',
				correct: false,
			}))
		return []
	}
	return {
		prompt: text?.prompt ?? '',
		explanation: text?.explanation ?? '',
		rows: rowsOf(),
		answer: question?.kind === 'true-false' || question?.kind === 'numeric' ? String(question.answer) : '',
		tolerance: question?.kind === 'numeric' ? String(question.tolerance) : '0',
		unit: text?.unit ?? sourceText?.unit ?? '',
		accepted: (text?.accepted ?? []).join('\n'),
	}
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document, quiz, existing, kind, editing } = await findQuestion(request, params)
	const source = document.sourceLanguage
	return json({
		courseId: course.id,
		quizId: quiz.id,
		isNew: !existing,
		kind,
		editing,
		isSource: editing === source,
		lawElements: existing?.lawElements ?? [],
		states: Object.fromEntries(
			languages.map((language) => [
				language,
				existing ? translationState(existing.texts, language, source) : language === source ? 'source' : 'missing',
			]),
		),
		values: valuesOf(existing, editing, source),
		sourceLanguage: source,
		// A translator sees every field of the source, not only its prompt.
		sourceValues: existing && editing !== source ? valuesOf(existing, source, source) : null,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, user, course, document, quiz, existing, kind, editing } = await findQuestion(request, params)
	const form = await request.formData()
	const id = existing?.id ?? newPartId('question', (candidate) => partIds(document).has(candidate))
	const parsed = questionFromForm(form, { kind, id, existing, language: editing, source: document.sourceLanguage })
	if (!parsed.success) return formFailure(parsed)
	const saved = editDraft(user, course.id, (draft) => saveQuestion(draft, quiz.id, parsed.data))
	if (!saved.ok) return refusalReply(saved, { namespace: 'courses' })
	if (!existing) return redirect(`/${language}/teach/courses/${course.id}/quizzes/${quiz.id}`)
	return json({ success: true as const, fieldErrors: {} })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.questionHeading', 'teach')

export default function QuestionEditor() {
	const { t } = useTranslation('teach')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const fieldLabel = useQuestionFieldLabel()
	const sourceFields = useQuestionSourceFields(data.kind, data.sourceValues)
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/teach/courses/${data.courseId}/quizzes/${data.quizId}?language=${data.editing}`)}>
					{t('editor.backToQuiz')}
				</Link>
			</p>
			<h1>
				{t('editor.questionHeading')}: {t(`questionKinds.${data.kind}`)}
			</h1>
			{data.isNew ? null : <PartLanguageTabs current={data.editing} states={data.states} />}
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			<ErrorSummary form="question" errors={errors} labels={fieldLabel} />
			{data.sourceValues ? (
				<SourceText
					title={data.sourceValues.prompt}
					fields={sourceFields}
					lang={data.sourceLanguage}
					dir={directionOf(data.sourceLanguage)}
				/>
			) : null}
			<LinkedForm
				id="question"
				method="POST"
				className="stack"
				noValidate
				lang={data.editing}
				dir={directionOf(data.editing)}
			>
				<QuestionFields kind={data.kind} values={data.values} errors={errors} isSource={data.isSource} />
				{data.isSource ? <LawElementPicker chosen={data.lawElements} /> : null}
				<SubmitButton>{t('editor.saveQuestion')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
