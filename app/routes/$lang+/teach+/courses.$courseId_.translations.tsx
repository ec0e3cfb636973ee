import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { translationMatrix } from '#app/modules/courses/translation.ts'
import { type TranslationState } from '#app/modules/courses/vocabulary.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document } = await requireCourseEditor(request, params)
	return json({
		courseId: course.id,
		sourceLanguage: document.sourceLanguage,
		matrix: translationMatrix(document, languages),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.translations', 'teach')

/** The state in words and a mark, so colour is never the only cue. */
function StateCell({ state, to }: { state: TranslationState; to: string }) {
	const { t } = useTranslation('teach')
	const marks: Record<TranslationState, string> = { source: '●', current: '✓', outdated: '!', missing: '–' }
	return (
		<td className={`translation translation--${state}`}>
			<Link to={to}>
				<span aria-hidden="true">{marks[state]}</span> {t(`translationStates.${state}`)}
			</Link>
		</td>
	)
}

export default function TranslationMatrix() {
	const { t } = useTranslation('teach')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const { courseId, matrix } = useLoaderData<typeof loader>()
	const base = `/teach/courses/${courseId}`
	const header = (
		<thead>
			<tr>
				<th scope="col">{t('editor.part')}</th>
				{languages.map((language) => (
					<th scope="col" key={language}>
						{tc(`languageNames.${language}`)}
					</th>
				))}
			</tr>
		</thead>
	)
	return (
		<div className="page">
			<p>
				<Link to={href(base)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('editor.translations')}</h1>
			<p>{t('editor.matrixIntro')}</p>
			<div className="table-scroll">
				<table className="matrix">
					<caption>{t('editor.matrixLessons')}</caption>
					{header}
					<tbody>
						<tr>
							<th scope="row">{t('editor.details')}</th>
							{languages.map((language) => (
								<StateCell
									key={language}
									state={matrix.course[language]}
									to={href(`${base}/details?language=${language}`)}
								/>
							))}
						</tr>
						{matrix.modules.map((module) => (
							<tr key={module.id}>
								<th scope="row">{t('editor.moduleRow', { title: module.title })}</th>
								{languages.map((language) => (
									<StateCell
										key={language}
										state={module.states[language]}
										to={href(`${base}/modules/${module.id}?language=${language}`)}
									/>
								))}
							</tr>
						))}
						{matrix.lessons.map((lesson) => (
							<tr key={lesson.id}>
								<th scope="row">{lesson.title}</th>
								{languages.map((language) => (
									<StateCell
										key={language}
										state={lesson.states[language]}
										to={href(`${base}/lessons/${lesson.id}?language=${language}`)}
									/>
								))}
							</tr>
						))}
						{matrix.quizzes.map((quiz) => (
							<tr key={quiz.id}>
								<th scope="row">{t('editor.quizRow', { title: quiz.title })}</th>
								{languages.map((language) => (
									<StateCell
										key={language}
										state={quiz.states[language]}
										to={href(`${base}/quizzes/${quiz.id}?language=${language}`)}
									/>
								))}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{matrix.questions.length ? (
				<div className="table-scroll">
					<table className="matrix">
						<caption>{t('editor.matrixQuestions')}</caption>
						{header}
						<tbody>
							{matrix.questions.map((question) => (
								<tr key={question.id}>
									<th scope="row">{question.title}</th>
									{languages.map((language) =>
										question.quizId ? (
											<StateCell
												key={language}
												state={question.states[language]}
												to={href(`${base}/questions/${question.id}?quiz=${question.quizId}&language=${language}`)}
											/>
										) : (
											<td key={language}>{t(`translationStates.${question.states[language]}`)}</td>
										),
									)}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : null}
		</div>
	)
}
