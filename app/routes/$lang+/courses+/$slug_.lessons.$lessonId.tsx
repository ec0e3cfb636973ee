import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { finishLesson, lessonPageFor } from '#app/modules/courses/lesson-page.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { FallbackNotice, ProgressMeter } from './__course-parts.tsx'
import { requireEnrolment } from './__learner.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, enrolment, document } = await requireEnrolment(request, params)
	const found = await lessonPageFor(enrolment, document, params.lessonId ?? '')
	if (!found.ok) throw notFound()
	return json({ slug: course.slug, ...found.page })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, course, enrolment, document } = await requireEnrolment(request, params)
	const finished = finishLesson(enrolment, document, params.lessonId ?? '')
	if (!finished.ok) throw notFound()
	const base = `/${language}/courses/${course.slug}`
	const { next } = finished
	if (!next) return redirect(base)
	return redirect('quizId' in next ? `${base}/quizzes/${next.quizId}` : `${base}/lessons/${next.lessonId}`)
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.lesson.title)

export default function LessonPage() {
	const { t } = useTranslation('courses')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const base = `/courses/${data.slug}`
	return (
		<div className="page narrow">
			<nav aria-label={t('learn.courseNavigation')} className="breadcrumbs">
				<Link to={href(base)}>{data.courseTitle}</Link> · <span>{data.moduleTitle}</span>
			</nav>
			<ProgressMeter percent={data.percent} label={t('course.progress')} />
			<FallbackNotice shown={data.fallback} wanted={data.wanted} />
			<article {...inLanguage(data.shownIn)} className="lesson">
				<h1>{data.lesson.title}</h1>
				<p className="meta">{t('course.minutes', { minutes: data.lesson.minutes })}</p>
				<div className="lesson__body" dangerouslySetInnerHTML={{ __html: data.lesson.html }} />
			</article>
			<TaughtElements elements={data.lesson.lawElements} />
			<Form method="POST" className="lesson__done">
				{data.done ? <p>{t('learn.alreadyDone')}</p> : null}
				<SubmitButton>{data.done ? t('learn.continue') : t('learn.markDone')}</SubmitButton>
			</Form>
			<nav aria-label={t('learn.lessonNavigation')} className="pager">
				{data.previous ? (
					<Link to={href(`${base}/lessons/${data.previous.id}`)} rel="prev">
						{t('learn.previous', { title: data.previous.title })}
					</Link>
				) : null}
				{data.quiz ? <Link to={href(`${base}/quizzes/${data.quiz.id}`)}>{data.quiz.title}</Link> : null}
				{data.next ? (
					<Link to={href(`${base}/lessons/${data.next.id}`)} rel="next">
						{t('learn.next', { title: data.next.title })}
					</Link>
				) : null}
			</nav>
		</div>
	)
}

/** The legal elements the lesson teaches, each linked to its comparison across countries. */
function TaughtElements({ elements }: { elements: string[] }) {
	const { t } = useTranslation('laws')
	const href = useHref()
	if (!elements.length) return null
	return (
		<section aria-labelledby="taught-heading" className="taught-elements">
			<h2 id="taught-heading">{t('taught.heading')}</h2>
			<p>{t('taught.intro')}</p>
			<ul>
				{elements.map((id) => (
					<li key={id}>
						<Link to={href(`/laws/elements/${id}`)}>{t(`elements.${id}.name`)}</Link>
					</li>
				))}
			</ul>
		</section>
	)
}
