import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { quizPageFor } from '#app/modules/courses/quiz-pages.server.ts'
import { findQuiz, startAttempt, submitAttempt, type UnansweredRefusal } from '#app/modules/courses/quiz.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { FallbackNotice } from './__course-parts.tsx'
import { requireEnrolment } from './__learner.server.ts'
import { QuizQuestion } from './__quiz-questions.tsx'

export const handle: StringsHandle = { i18n: ['courses'] }

async function findQuizFor(request: Request, params: LoaderFunctionArgs['params']) {
	const found = await requireEnrolment(request, params)
	const quiz = findQuiz(found.document, params.quizId ?? '')
	if (!quiz) throw notFound()
	return { ...found, quiz }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, enrolment, document, quiz } = await findQuizFor(request, params)
	return json({ slug: course.slug, ...quizPageFor(enrolment, quiz, document) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, course, enrolment, document, quiz } = await findQuizFor(request, params)
	const form = await request.formData()
	const here = `/${language}/courses/${course.slug}/quizzes/${quiz.id}`
	// Every refusal carries the blank questions (none but for `unanswered`), so the page reads one shape.
	const blanks: Pick<UnansweredRefusal, 'unanswered' | 'answers'> = { unanswered: [], answers: {} }
	if (form.get('intent') === 'start') {
		const started = startAttempt(enrolment, quiz, document)
		if (!started.ok) return refusalReply(started, { namespace: 'courses' }, blanks)
		return redirect(here)
	}
	const submitted = submitAttempt(enrolment, quiz, document, String(form.get('attemptId') ?? ''), form, {
		unansweredConfirmed: form.get('intent') === 'submit-anyway',
	})
	if (!submitted.ok) {
		const { unanswered, answers } = 'unanswered' in submitted ? submitted : blanks
		return refusalReply(submitted, { namespace: 'courses' }, { unanswered, answers })
	}
	return redirect(`${here}/attempts/${submitted.attemptId}`)
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.title)

/** The questions left blank, each a link to its place in the form; the form below offers to submit anyway. */
function UnansweredNotice({
	unanswered,
	questions,
	shownIn,
}: {
	unanswered: { id: string; number: number }[]
	questions: { id: string; prompt: string }[]
	shownIn: string
}) {
	const { t } = useTranslation('courses')
	return (
		<FormMessage tone="error">
			<p>{t('quiz.unanswered', { count: unanswered.length })}</p>
			<ul>
				{unanswered.map(({ id, number }) => (
					<li key={id}>
						<a href={`#question-${id}`}>{t('quiz.questionNumber', { number })}</a>
						{': '}
						<span {...inLanguage(shownIn)}>{questions.find((question) => question.id === id)?.prompt}</span>
					</li>
				))}
			</ul>
			<p>{t('quiz.unansweredConfirm')}</p>
		</FormMessage>
	)
}

export default function QuizPage() {
	const { t } = useTranslation('courses')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const unanswered = actionData?.unanswered.length ? actionData : null
	const { t: tc } = useTranslation('common')
	const base = `/courses/${data.slug}`
	return (
		<div className="page narrow">
			<nav aria-label={t('learn.courseNavigation')} className="breadcrumbs">
				<Link to={href(base)}>{data.courseTitle}</Link>
			</nav>
			<FallbackNotice shown={data.fallback} wanted={data.wanted} />
			<h1 {...inLanguage(data.shownIn)}>{data.title}</h1>
			<p>
				{t('quiz.questionCount', { count: data.questionCount })}{' '}
				{t('quiz.passMark', { mark: format.percent(data.passMark) })}{' '}
				{data.attemptsAllowed === null
					? t('quiz.unlimited')
					: t('quiz.attemptsLeft', { left: data.attemptsLeft, allowed: data.attemptsAllowed })}
			</p>
			{errors.form && !unanswered ? (
				<FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage>
			) : null}
			{data.passed ? <FormMessage tone="success">{t('quiz.alreadyPassed')}</FormMessage> : null}
			{data.openAttemptId && unanswered ? (
				<UnansweredNotice unanswered={unanswered.unanswered} questions={data.questions} shownIn={data.shownIn} />
			) : null}
			{data.openAttemptId ? (
				<Form method="POST" className="quiz" {...inLanguage(data.shownIn)}>
					<input type="hidden" name="attemptId" value={data.openAttemptId} />
					{data.questions.map((question, index) => (
						<QuizQuestion key={question.id} question={question} number={index + 1} given={unanswered?.answers ?? {}} />
					))}
					<p className="actions">
						<SubmitButton name="intent" value="submit">
							{t('quiz.submit')}
						</SubmitButton>
						{/* After the first submit button, so Enter in a text box never confirms by accident. */}
						{unanswered ? (
							<SubmitButton name="intent" value="submit-anyway" className="button button--secondary">
								{t('quiz.submitAnyway')}
							</SubmitButton>
						) : null}
					</p>
				</Form>
			) : data.canStart ? (
				<Form method="POST">
					<SubmitButton name="intent" value="start">
						{data.attempts.length ? t('quiz.tryAgain') : t('quiz.start')}
					</SubmitButton>
				</Form>
			) : (
				<p>{data.passed ? null : t('quiz.noAttemptsLeft')}</p>
			)}
			{data.attempts.length ? (
				<>
					<h2>{t('quiz.yourAttempts')}</h2>
					<ol>
						{data.attempts.map((attempt) => (
							<li key={attempt.id}>
								<Link to={href(`${base}/quizzes/${data.quizId}/attempts/${attempt.id}`)}>
									{t('quiz.attemptSummary', { score: format.percent(attempt.score) })} ·{' '}
									{attempt.passed ? t('quiz.passed') : t('quiz.notPassed')}
								</Link>{' '}
								<DateTime value={attempt.submittedAt} />
							</li>
						))}
					</ol>
				</>
			) : null}
		</div>
	)
}
