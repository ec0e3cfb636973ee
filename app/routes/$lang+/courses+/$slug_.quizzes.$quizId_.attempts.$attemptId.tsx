import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type MarkedQuestion } from '#app/modules/courses/paper.ts'
import { attemptResultFor } from '#app/modules/courses/quiz-pages.server.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { FormMessage } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireEnrolment } from './__learner.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, enrolment, document } = await requireEnrolment(request, params)
	const result = attemptResultFor(enrolment, document, params.quizId ?? '', params.attemptId ?? '')
	if (!result.ok) throw notFound()
	return json({ slug: course.slug, ...result.page })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'quiz.resultTitle', 'courses')

function Feedback({ question, number }: { question: MarkedQuestion; number: number }) {
	const { t } = useTranslation('courses')
	const verdict = question.correct
		? t('quiz.correct')
		: question.credit > 0
			? t('quiz.partlyCorrect')
			: t('quiz.incorrect')
	return (
		<li className={`feedback feedback--${question.correct ? 'right' : 'wrong'}`}>
			<h3>
				{t('quiz.questionNumber', { number })}: {verdict}
			</h3>
			<p>{question.prompt}</p>
			{question.picked.length ? (
				<ul>
					{question.picked.map((pick) => (
						<li key={pick.id}>
							{t('quiz.youChose', { choice: pick.text })} ({pick.right ? t('quiz.rightChoice') : t('quiz.wrongChoice')})
							{pick.feedback ? `: ${pick.feedback}` : ''}
						</li>
					))}
				</ul>
			) : null}
			{question.explanation ? <p>{question.explanation}</p> : null}
		</li>
	)
}

export default function AttemptResult() {
	const { t } = useTranslation('courses')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const base = `/courses/${data.slug}`
	return (
		<div className="page narrow">
			<h1>{t('quiz.resultHeading', { title: data.title })}</h1>
			<FormMessage tone={data.passed ? 'success' : 'error'}>
				{t('quiz.yourScore', { score: format.percent(data.score), mark: format.percent(data.passMark) })}{' '}
				{data.passed ? t('quiz.passedMessage') : t('quiz.failedMessage')}
			</FormMessage>
			{data.courseComplete ? (
				<p>
					{t('quiz.courseComplete')} <Link to={href('/certificates')}>{t('mine.title', { ns: 'certificates' })}</Link>
				</p>
			) : null}
			<p className="actions">
				{data.canRetry ? (
					<Link className="button" to={href(`${base}/quizzes/${data.quizId}`)}>
						{t('quiz.tryAgain')}
					</Link>
				) : null}
				<Link to={href(base)}>{t('quiz.backToCourse')}</Link>
			</p>
			<h2>{t('quiz.feedback')}</h2>
			<ol className="feedback-list">
				{data.questions.map((question, index) => (
					<Feedback key={question.id} question={question} number={index + 1} />
				))}
			</ol>
		</div>
	)
}
