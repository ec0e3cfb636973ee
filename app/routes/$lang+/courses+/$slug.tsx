import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { coursePageFor } from '#app/modules/courses/course-page.server.ts'
import { changeLearningLanguage, enrolLearner } from '#app/modules/courses/enrolment.server.ts'
import { getSignedInUser, requireUser } from '#app/modules/accounts/auth.server.ts'
import { coursesAwaitingFeedback } from '#app/modules/indicators/feedback.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { FormMessage, SelectField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { CourseFacts, FallbackNotice, ProgressMeter } from './__course-parts.tsx'
import { courseActionSchema } from './__forms.server.ts'
import { publishedCourseFrom } from './__learner.server.ts'

export const handle: StringsHandle = { i18n: ['courses'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { language, ...published } = publishedCourseFrom(params)
	const auth = await getSignedInUser(request)
	// A learner who completed the course is invited to say how useful it was, until they have.
	const feedbackDue = auth ? coursesAwaitingFeedback(auth.user.id).includes(published.course.slug) : false
	return json({
		...coursePageFor(auth?.user ?? null, published, language),
		signedIn: Boolean(auth),
		language,
		feedbackDue,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, course } = publishedCourseFrom(params)
	const { user } = await requireUser(request)
	const submission = parseSubmission(courseActionSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	if (submission.data.intent === 'language') {
		changeLearningLanguage(user.id, course.id, submission.data.language)
		return redirect(`/${language}/courses/${course.slug}`)
	}
	const outcome = enrolLearner(user, course.slug, submission.data)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'courses' })
	return redirectWithFlash(request, `/${language}/courses/${course.slug}`, { namespace: 'courses', key: 'enrol.done' })
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.course.title)

type EnrolChoices = ReturnType<typeof useLoaderData<typeof loader>>['enrolChoices']

function EnrolForm({
	enrolChoices,
	learningLanguages,
	language,
}: {
	enrolChoices: EnrolChoices
	learningLanguages: string[]
	language: string
}) {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	const choices = [
		...(enrolChoices.selfPaced ? [{ value: '', label: t('enrol.selfPaced') }] : []),
		...enrolChoices.cohorts.map((cohort) => ({ value: cohort.id, label: cohort.title })),
	]
	if (!choices.length) return <p>{t('enrol.noOpenCohort')}</p>
	return (
		<Form method="POST" className="stack">
			<input type="hidden" name="intent" value="enrol" />
			{choices.length > 1 ? (
				<SelectField name="cohortId" label={t('enrol.how')} options={choices} defaultValue={choices[0]!.value} />
			) : (
				<input type="hidden" name="cohortId" value={choices[0]!.value} />
			)}
			<SelectField
				name="language"
				label={t('enrol.language')}
				options={learningLanguages.map((value) => ({ value, label: tc(`languageNames.${value}`) }))}
				defaultValue={learningLanguages.includes(language) ? language : learningLanguages[0]}
			/>
			<SubmitButton>{t('enrol.submit')}</SubmitButton>
		</Form>
	)
}

export default function Course() {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const { course, signedIn, enrolment, enrolChoices, learningLanguages, language, feedbackDue } =
		useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	const lessonHref = (id: string) => href(`/courses/${course.slug}/lessons/${id}`)
	const quizHref = (id: string) => href(`/courses/${course.slug}/quizzes/${id}`)
	const done = new Set([...(enrolment?.completedLessons ?? []), ...(enrolment?.passedQuizzes ?? [])])
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/courses')}>{t('course.back')}</Link>
			</p>
			<FallbackNotice shown={course.fallback} wanted={language} />
			<h1 {...inLanguage(course.shownIn)}>{course.title}</h1>
			<p className="lead" {...inLanguage(course.shownIn)}>
				{course.summary}
			</p>
			<CourseFacts course={course} />
			<p className="meta">{course.topics.map((topic) => tc(`topics.${topic}`)).join(' · ')}</p>
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			<section aria-labelledby="progress-heading" className="panel">
				<h2 id="progress-heading">{enrolment ? t('course.yourProgress') : t('course.enrol')}</h2>
				{enrolment ? (
					<>
						{enrolment.completedAt ? (
							<FormMessage tone="success">
								{t('course.completed')} <DateTime value={enrolment.completedAt} dateOnly />
							</FormMessage>
						) : null}
						{feedbackDue ? (
							<p>
								{t('course.feedbackInvite')}{' '}
								<Link to={href(`/courses/${course.slug}/feedback`)}>{t('course.feedbackLink')}</Link>
							</p>
						) : null}
						<ProgressMeter percent={enrolment.progress.percent} label={t('course.progress')} />
						{enrolment.next ? (
							<p>
								<Link
									className="button"
									to={
										'lessonId' in enrolment.next ? lessonHref(enrolment.next.lessonId) : quizHref(enrolment.next.quizId)
									}
								>
									{enrolment.progress.done ? t('course.resume') : t('course.start')}
								</Link>
							</p>
						) : null}
						{enrolment.newerRevision ? (
							<p className="meta">{t('course.olderRevision', { revision: enrolment.revision })}</p>
						) : null}
						<Form method="POST" className="inline-form">
							<input type="hidden" name="intent" value="language" />
							<SelectField
								name="language"
								label={t('course.learningIn')}
								options={learningLanguages.map((value) => ({ value, label: tc(`languageNames.${value}`) }))}
								defaultValue={enrolment.language}
							/>
							<SubmitButton className="button button--secondary">{t('course.changeLanguage')}</SubmitButton>
						</Form>
					</>
				) : signedIn ? (
					<EnrolForm enrolChoices={enrolChoices} learningLanguages={learningLanguages} language={language} />
				) : (
					<p>
						<Link to={href(`/sign-in?redirectTo=${encodeURIComponent(`/${language}/courses/${course.slug}`)}`)}>
							{t('course.signInToEnrol')}
						</Link>
					</p>
				)}
			</section>
			<h2>{t('course.outcomes')}</h2>
			<ul {...inLanguage(course.shownIn)}>
				{course.outcomes.map((outcome) => (
					<li key={outcome}>{outcome}</li>
				))}
			</ul>
			<h2>{t('course.outline')}</h2>
			{course.modules.map((module, index) => (
				<section key={module.id} aria-labelledby={`module-${module.id}`}>
					<h3 id={`module-${module.id}`} {...inLanguage(course.shownIn)}>
						{t('course.module', { number: index + 1 })}: {module.title}
					</h3>
					{enrolment ? (
						<ProgressMeter
							percent={enrolment.progress.modules.find((entry) => entry.moduleId === module.id)?.percent ?? 0}
							label={t('course.moduleProgress', { number: index + 1 })}
						/>
					) : null}
					<ol className="outline">
						{module.lessons.map((lesson) => (
							<li key={lesson.id}>
								{enrolment ? (
									<Link to={lessonHref(lesson.id)}>{lesson.title}</Link>
								) : (
									<span {...inLanguage(course.shownIn)}>{lesson.title}</span>
								)}{' '}
								<span className="meta">
									{t('course.minutes', { minutes: lesson.minutes })}
									{lesson.required ? '' : ` · ${t('course.optional')}`}
									{done.has(lesson.id) ? ` · ${t('course.done')}` : ''}
								</span>
							</li>
						))}
						{module.quiz ? (
							<li>
								{enrolment ? (
									<Link to={quizHref(module.quiz.id)}>{module.quiz.title}</Link>
								) : (
									<span {...inLanguage(course.shownIn)}>{module.quiz.title}</span>
								)}{' '}
								<span className="meta">
									{t('course.quiz')}
									{done.has(module.quiz.id) ? ` · ${t('course.passed')}` : ''}
								</span>
							</li>
						) : null}
					</ol>
				</section>
			))}
			<h2>{t('course.certificate')}</h2>
			<p {...inLanguage(course.shownIn)}>
				{course.certificate.name}.{' '}
				{course.certificate.validityMonths
					? t('course.validFor', { months: course.certificate.validityMonths })
					: t('course.noExpiry')}
			</p>
			<h2>{t('course.trainers')}</h2>
			{course.trainers.length ? (
				<ul>
					{course.trainers.map((trainer) => (
						<li key={`${trainer.name}-${trainer.organisation}`}>
							{trainer.name}, {trainer.organisation}
						</li>
					))}
				</ul>
			) : (
				<p>{t('course.noTrainers')}</p>
			)}
			<h2>{t('course.cohorts')}</h2>
			{course.cohorts.length ? (
				<ul>
					{course.cohorts.map((cohort) => (
						<li key={cohort.id}>
							{cohort.title}: <DateTime value={cohort.startsOn} dateOnly /> –{' '}
							<DateTime value={cohort.endsOn} dateOnly /> ·{' '}
							{cohort.open ? t('course.placesLeft', { places: cohort.placesLeft }) : t('course.enrolmentClosed')}
						</li>
					))}
				</ul>
			) : (
				<p>{course.format === 'cohort' ? t('course.noCohorts') : t('course.selfPacedOnly')}</p>
			)}
			{course.sources.length ? (
				<>
					<h2>{t('course.sources')}</h2>
					<ul className="sources">
						{course.sources.map((source) => (
							<li key={source}>{source}</li>
						))}
					</ul>
				</>
			) : null}
		</div>
	)
}
