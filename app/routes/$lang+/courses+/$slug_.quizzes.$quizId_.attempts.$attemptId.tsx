import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type AnswerKey } from '#app/modules/courses/paper.ts'
import { attemptResultFor } from '#app/modules/courses/quiz-pages.server.ts'
import { type ReviewedQuestion } from '#app/modules/courses/quiz-review.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { FormMessage } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireEnrolment } from './__learner.server.ts'

export const handle: StringsHandle = { i18n: ['certificates', 'courses'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, enrolment, document } = await requireEnrolment(request, params)
	const result = attemptResultFor(enrolment, document, params.quizId ?? '', params.attemptId ?? '')
	if (!result.ok) throw notFound()
	return json({ slug: course.slug, ...result.page })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'quiz.resultTitle', 'courses')

const verdictKeys = { correct: 'quiz.correct', 'partly-correct': 'quiz.partlyCorrect', incorrect: 'quiz.incorrect' }

/** The right answer, shown only when the quiz's review options let the loader send it. */
function CorrectAnswer({ answer }: { answer: AnswerKey }) {
	const { t } = useTranslation('courses')
	const format = useFormat()
	const label = (
		<p className="answer-key__label">{t(answer.kind === 'accepted' ? 'quiz.acceptedAnswers' : 'quiz.correctAnswer')}</p>
	)
	switch (answer.kind) {
		case 'truth':
			return (
				<div className="answer-key">
					{label}
					<p>{t(`quiz.${String(answer.value)}`)}</p>
				</div>
			)
		case 'number':
			return (
				<div className="answer-key">
					{label}
					<p>
						{format.number(answer.value)}
						{answer.unit ? ` ${answer.unit}` : ''}
						{answer.tolerance > 0 ? ` ${t('quiz.giveOrTake', { tolerance: format.number(answer.tolerance) })}` : ''}
					</p>
				</div>
			)
		case 'order':
			return (
				<div className="answer-key">
					{label}
					<ol>
						{answer.items.map((item, index) => (
							<li key={index}>{item}</li>
						))}
					</ol>
				</div>
			)
		default: {
			const items =
				answer.kind === 'pairs'
					? answer.pairs.map((pair) => t('quiz.matchedPair', { left: pair.left, right: pair.right }))
					: answer.kind === 'accepted'
						? answer.answers
						: answer.choices
			return (
				<div className="answer-key">
					{label}
					<ul>
						{items.map((item, index) => (
							<li key={index}>{item}</li>
						))}
					</ul>
				</div>
			)
		}
	}
}

function Feedback({ question, number }: { question: ReviewedQuestion; number: number }) {
	const { t } = useTranslation('courses')
	const verdict = question.verdict ? t(verdictKeys[question.verdict]) : null
	// Without verdicts the item's colour must not tell either.
	const tone = question.verdict === null ? 'neutral' : question.verdict === 'correct' ? 'right' : 'wrong'
	const typed = question.answerText?.trim()
	return (
		<li className={`feedback feedback--${tone}`}>
			<h3>
				{t('quiz.questionNumber', { number })}
				{verdict ? `: ${verdict}` : ''}
			</h3>
			<p>{question.prompt}</p>
			{question.picked.length ? (
				<ul>
					{question.picked.map((pick, index) => (
						<li key={index}>
							{t('quiz.youChose', { choice: pick.text })}
							{pick.isRight === null ? '' : ` (${pick.isRight ? t('quiz.rightChoice') : t('quiz.wrongChoice')})`}
							{pick.feedback ? `: ${pick.feedback}` : ''}
						</li>
					))}
				</ul>
			) : typed ? (
				<p>
					{t('quiz.youAnswered', {
						answer:
							typed === 'true' || typed === 'false'
								? t(`quiz.${typed}`)
								: `${typed}${question.unit ? ` ${question.unit}` : ''}`,
					})}
				</p>
			) : question.kind === 'matching' || question.kind === 'ordering' ? null : (
				<p>{t('quiz.notAnswered')}</p>
			)}
			{question.answerKey ? <CorrectAnswer answer={question.answerKey} /> : null}
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
			{data.correctAnswersWhen ? <p>{t(`quiz.answersLater.${data.correctAnswersWhen}`)}</p> : null}
			<ol className="feedback-list">
				{data.questions.map((question, index) => (
					<Feedback key={question.id} question={question} number={index + 1} />
				))}
			</ol>
		</div>
	)
}
