import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { completeLesson } from '#app/modules/courses/enrolment.server.ts'
import { learnerStanding } from '#app/modules/courses/learner.server.ts'
import { lessonHtml } from '#app/modules/courses/lesson-view.server.ts'
import { lessonSequence } from '#app/modules/courses/progress.ts'
import { textIn } from '#app/modules/courses/translation.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { FallbackNotice, ProgressMeter } from './__course-parts.tsx'
import { requireEnrolment } from './__learner.server.ts'

async function findLesson(request: Request, params: LoaderFunctionArgs['params']) {
	const found = await requireEnrolment(request, params)
	const sequence = lessonSequence(found.document)
	const index = sequence.findIndex((entry) => entry.lesson.id === params.lessonId)
	if (index < 0) throw notFound()
	return { ...found, sequence, index, lesson: sequence[index]!.lesson }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, enrolment, document, sequence, index, lesson } = await findLesson(request, params)
	const source = document.sourceLanguage
	const { text, language: shownIn, fallback } = textIn(lesson.texts, enrolment.language, source)
	const module = document.modules.find((candidate) => candidate.id === sequence[index]!.moduleId)!
	const standing = learnerStanding(enrolment)
	const titleOf = (entry: (typeof sequence)[number] | undefined) => (entry ? { id: entry.lesson.id, title: textIn(entry.lesson.texts, enrolment.language, source).text.title } : null)
	return json({
		slug: course.slug,
		courseTitle: textIn(document.texts, enrolment.language, source).text.title,
		moduleTitle: textIn(module.texts, enrolment.language, source).text.title,
		quiz: module.quiz && sequence[index + 1]?.moduleId !== module.id ? { id: module.quiz.id, title: textIn(module.quiz.texts, enrolment.language, source).text.title } : null,
		lesson: { id: lesson.id, title: text.title, html: await lessonHtml(text, shownIn), minutes: lesson.minutes },
		shownIn,
		fallback,
		wanted: enrolment.language,
		done: standing.record.completedLessons.has(lesson.id),
		percent: standing.progress.percent,
		previous: titleOf(sequence[index - 1]),
		next: titleOf(sequence[index + 1]),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, course, enrolment, document, sequence, index, lesson } = await findLesson(request, params)
	completeLesson(enrolment, lesson.id)
	const module = document.modules.find((candidate) => candidate.id === sequence[index]!.moduleId)!
	const following = sequence[index + 1]
	const base = `/${language}/courses/${course.slug}`
	// The module's quiz comes after its last lesson, then the next module.
	if (module.quiz && following?.moduleId !== module.id) return redirect(`${base}/quizzes/${module.quiz.id}`)
	return redirect(following ? `${base}/lessons/${following.lesson.id}` : base)
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
