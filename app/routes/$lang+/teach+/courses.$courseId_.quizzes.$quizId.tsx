import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editDraft } from '#app/modules/courses/authoring.server.ts'
import { removeQuestion, setQuizSettings, setQuizTitle } from '#app/modules/courses/draft-edits.ts'
import { reviewOptionsOf } from '#app/modules/courses/quiz-review.ts'
import { findQuiz } from '#app/modules/courses/quiz.server.ts'
import { translationMatrix, translationState } from '#app/modules/courses/translation.ts'
import { correctAnswerTimings, questionKinds } from '#app/modules/courses/vocabulary.ts'
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
	SelectField,
	SubmitButton,
	fieldErrorsOf,
	fieldId,
} from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'
import { quizSettingsSchema, titleSchema } from './__forms.server.ts'
import { PartLanguageTabs } from './__translation-parts.tsx'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

async function findQuizToEdit(request: Request, params: LoaderFunctionArgs['params']) {
	const editor = await requireCourseEditor(request, params)
	const quiz = findQuiz(editor.document, params.quizId ?? '')
	if (!quiz) throw notFound()
	return { ...editor, quiz }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document, quiz, editing } = await findQuizToEdit(request, params)
	const source = document.sourceLanguage
	const matrix = translationMatrix(document, languages)
	return json({
		courseId: course.id,
		quizId: quiz.id,
		editing,
		isSource: editing === source,
		states: Object.fromEntries(languages.map((language) => [language, translationState(quiz.texts, language, source)])),
		title: quiz.texts[editing]?.title ?? '',
		sourceTitle: quiz.texts[source]!.title,
		settings: {
			passMark: String(quiz.passMark),
			attemptsAllowed: quiz.attemptsAllowed ? String(quiz.attemptsAllowed) : '',
			drawCount: quiz.drawCount ? String(quiz.drawCount) : '',
			shuffleOptions: quiz.shuffleOptions,
			required: quiz.required,
			...reviewOptionsOf(quiz),
		},
		questions: quiz.questionIds.flatMap((id) => {
			const row = matrix.questions.find((question) => question.id === id)
			const question = document.questions.find((candidate) => candidate.id === id)
			return row && question ? [{ id, kind: question.kind, prompt: row.title, state: row.states[editing] }] : []
		}),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, course, quiz, editing, document } = await findQuizToEdit(request, params)
	const form = await request.formData()
	const intent = form.get('intent')
	if (intent === 'remove-question') {
		const questionId = String(form.get('questionId') ?? '')
		const saved = editDraft(user, course.id, (draft) => removeQuestion(draft, quiz.id, questionId))
		if (!saved.ok) return refusalReply(saved, { namespace: 'courses' }, { intent })
		return json({ success: true as const, intent })
	}
	if (intent === 'settings' && editing === document.sourceLanguage) {
		const submission = parseSubmission(quizSettingsSchema, form)
		if (!submission.success) return formFailure(submission, { intent })
		const saved = editDraft(user, course.id, (draft) => setQuizSettings(draft, quiz.id, submission.data))
		if (!saved.ok) return refusalReply(saved, { namespace: 'courses' }, { intent })
		return json({ success: true as const, intent })
	}
	const submission = parseSubmission(titleSchema, form)
	if (!submission.success) return formFailure(submission, { intent: 'title' })
	const saved = editDraft(user, course.id, (draft) => setQuizTitle(draft, quiz.id, editing, submission.data.title))
	if (!saved.ok) return refusalReply(saved, { namespace: 'courses' }, { intent: 'title' })
	return json({ success: true as const, intent: 'title' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.quizHeading', 'teach')

export default function QuizEditor() {
	const { t } = useTranslation('teach')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const base = `/teach/courses/${data.courseId}`
	const failedForm =
		actionData && !actionData.success && actionData.intent !== 'remove-question' ? actionData.intent : null
	const labels = {
		title: t('editor.quizTitle'),
		passMark: t('editor.passMark'),
		attemptsAllowed: t('editor.attemptsAllowed'),
		drawCount: t('editor.drawCount'),
		correctAnswers: t('editor.review.correctAnswers'),
	}
	return (
		<div className="page narrow">
			<p>
				<Link to={href(base)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('editor.quizHeading')}</h1>
			<PartLanguageTabs current={data.editing} states={data.states} />
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			{failedForm ? <ErrorSummary form={`quiz-${failedForm}`} errors={errors} labels={labels} /> : null}
			<LinkedForm id="quiz-title" method="POST" className="inline-form">
				<input type="hidden" name="intent" value="title" />
				<div lang={data.editing} dir={directionOf(data.editing)}>
					<InputField
						name="title"
						label={t('editor.quizTitle')}
						defaultValue={data.title}
						hint={data.isSource ? undefined : `${t('editor.sourceText')}: ${data.sourceTitle}`}
						errors={actionData?.intent === 'title' ? errors.title : undefined}
					/>
				</div>
				<SubmitButton className="button button--secondary">{t('editor.save')}</SubmitButton>
			</LinkedForm>
			{data.isSource ? (
				<LinkedForm id="quiz-settings" method="POST" className="stack" noValidate>
					<h2>{t('editor.quizSettings')}</h2>
					<input type="hidden" name="intent" value="settings" />
					<InputField
						name="passMark"
						label={t('editor.passMark')}
						inputMode="numeric"
						defaultValue={data.settings.passMark}
						errors={errors.passMark}
					/>
					<InputField
						name="attemptsAllowed"
						label={t('editor.attemptsAllowed')}
						hint={t('editor.emptyMeansUnlimited')}
						inputMode="numeric"
						defaultValue={data.settings.attemptsAllowed}
						errors={errors.attemptsAllowed}
					/>
					<InputField
						name="drawCount"
						label={t('editor.drawCount')}
						hint={t('editor.emptyMeansAll')}
						inputMode="numeric"
						defaultValue={data.settings.drawCount}
						errors={errors.drawCount}
					/>
					<div className="check">
						<input
							type="checkbox"
							id="quiz-shuffle"
							name="shuffleOptions"
							defaultChecked={data.settings.shuffleOptions}
						/>
						<label htmlFor="quiz-shuffle">{t('editor.shuffleOptions')}</label>
					</div>
					<div className="check">
						<input type="checkbox" id="quiz-required" name="required" defaultChecked={data.settings.required} />
						<label htmlFor="quiz-required">{t('editor.quizRequired')}</label>
					</div>
					<fieldset aria-describedby="quiz-review-hint">
						<legend>{t('editor.review.legend')}</legend>
						<p id="quiz-review-hint" className="field-hint">
							{t('editor.review.hint')}
						</p>
						<div className="check">
							<input
								type="checkbox"
								id="quiz-whether-correct"
								name="showWhetherCorrect"
								defaultChecked={data.settings.showWhetherCorrect}
							/>
							<label htmlFor="quiz-whether-correct">{t('editor.review.showWhetherCorrect')}</label>
						</div>
						<fieldset>
							<legend>{t('editor.review.correctAnswers')}</legend>
							{correctAnswerTimings.map((timing, index) => {
								// The first choice is where the error summary takes the reader.
								const id = index === 0 ? fieldId('quiz-settings', 'correctAnswers') : `quiz-answers-${timing}`
								return (
									<div className="check" key={timing}>
										<input
											type="radio"
											id={id}
											name="correctAnswers"
											value={timing}
											defaultChecked={data.settings.correctAnswers === timing}
										/>
										<label htmlFor={id}>{t(`editor.review.timings.${timing}`)}</label>
									</div>
								)
							})}
							<ErrorList id="quiz-answers-errors" errors={errors.correctAnswers} />
						</fieldset>
					</fieldset>
					<SubmitButton>{t('editor.saveSettings')}</SubmitButton>
				</LinkedForm>
			) : null}
			<h2>{t('editor.questions')}</h2>
			{data.questions.length ? (
				<ol>
					{data.questions.map((question) => (
						<li key={question.id}>
							<Link to={href(`${base}/questions/${question.id}?quiz=${data.quizId}&language=${data.editing}`)}>
								{question.prompt}
							</Link>{' '}
							<span className="meta">
								{t(`questionKinds.${question.kind}`)} · {t(`translationStates.${question.state}`)}
							</span>
							{data.isSource ? (
								<Form method="POST" className="command">
									<input type="hidden" name="intent" value="remove-question" />
									<input type="hidden" name="questionId" value={question.id} />
									<button type="submit" className="link-button">
										{t('editor.remove', { title: question.prompt })}
									</button>
								</Form>
							) : null}
						</li>
					))}
				</ol>
			) : (
				<p>{t('editor.noQuestions')}</p>
			)}
			{data.isSource ? (
				<Form method="GET" action={href(`${base}/questions/new`)} className="inline-form">
					<input type="hidden" name="quiz" value={data.quizId} />
					<SelectField
						name="kind"
						label={t('editor.questionKind')}
						options={questionKinds.map((value) => ({ value, label: t(`questionKinds.${value}`) }))}
					/>
					<SubmitButton className="button button--secondary">{t('editor.addQuestion')}</SubmitButton>
				</Form>
			) : null}
		</div>
	)
}
