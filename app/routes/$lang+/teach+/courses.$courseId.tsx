import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { coAuthors, learnersOnOlderRevisions, revisionsOf } from '#app/modules/courses/authoring.server.ts'
import { publishProblems } from '#app/modules/courses/draft-edits.ts'
import { hashDocument, latestRevision } from '#app/modules/courses/store.server.ts'
import { forbidden } from '#app/platform/auth.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { FormMessage, InputField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { requireCourseEditor } from './__editor.server.ts'
import { outlineSchema, runOutlineCommand } from './__outline-actions.server.ts'
import { CourseOutline } from './__outline.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document } = await requireCourseEditor(request, params)
	const source = document.sourceLanguage
	const revisions = revisionsOf(course.id)
	return json({
		id: course.id,
		slug: course.slug,
		title: document.texts[source]!.title,
		sourceLanguage: source,
		published: Boolean(course.publishedRevisionId),
		unpublishedChanges: latestRevision(course.id)?.documentHash !== hashDocument(document),
		revisions,
		problems: publishProblems(document),
		authors: coAuthors(course.id),
		learnersBehind: learnersOnOlderRevisions(course.id),
		modules: document.modules.map((module) => ({
			id: module.id,
			title: module.texts[source]!.title,
			lessons: module.lessons.map((lesson) => ({ id: lesson.id, title: lesson.texts[source]!.title, minutes: lesson.minutes, required: lesson.required })),
			quiz: module.quiz ? { id: module.quiz.id, title: module.quiz.texts[source]!.title, questions: module.quiz.questionIds.length } : null,
		})),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, user, course } = await requireCourseEditor(request, params)
	const submission = parseSubmission(outlineSchema, await request.formData())
	if (!submission.success) return json(submission, { status: 400 })
	const result = runOutlineCommand(user, course.id, submission.data)
	const outcome = result.outcome
	if (typeof outcome === 'string' ? outcome === 'forbidden' : !outcome.ok && outcome.reason === 'forbidden') throw forbidden()
	if (typeof outcome === 'string' ? outcome === 'not-found' : !outcome.ok && outcome.reason === 'not-found') throw notFound()
	const base = `/${language}/teach/courses/${course.id}`
	switch (result.kind) {
		case 'edited':
			if ('opens' in result && result.outcome.ok) {
				const opens = result.opens
				return redirect('lessonId' in opens ? `${base}/lessons/${opens.lessonId}` : `${base}/quizzes/${opens.quizId}`)
			}
			return result.outcome.ok ? redirect(base) : json({ message: 'courses:errors.editRefused', tone: 'error' as const }, { status: 400 })
		case 'published':
			if (!result.outcome.ok) return json({ message: 'courses:errors.publishIncomplete', tone: 'error' as const }, { status: 400 })
			return json({ message: result.outcome.changed ? 'courses:editor.publishedNow' : 'courses:editor.nothingToPublish', tone: 'success' as const, revision: result.outcome.revision })
		case 'author':
			if (result.outcome === 'not-a-trainer') return json({ success: false as const, fieldErrors: { email: ['courses:errors.notATrainer'] }, values: {} }, { status: 400 })
			return json({ message: 'courses:editor.authorAdded', tone: 'success' as const })
		case 'migrated':
			return json({ message: 'courses:editor.learnersMoved', tone: 'success' as const, moved: result.outcome.ok ? result.outcome.moved : 0 })
	}
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.title)

export default function CourseEditor() {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const message = actionData && 'message' in actionData ? actionData : null
	const base = `/teach/courses/${data.id}`
	return (
		<div className="page">
			<p>
				<Link to={href('/teach')}>{t('teach.title')}</Link>
			</p>
			<h1 {...inLanguage(data.sourceLanguage)}>{data.title}</h1>
			<p className="meta">
				{t('editor.sourceIs', { language: tc(`languageNames.${data.sourceLanguage}`) })} ·{' '}
				{data.published ? <Link to={href(`/courses/${data.slug}`)}>{t('editor.viewPublished')}</Link> : t('teach.neverPublished')}
			</p>
			{message ? (
				<FormMessage tone={message.tone}>{tc(message.message, { revision: 'revision' in message ? message.revision : '', moved: 'moved' in message ? message.moved : '' })}</FormMessage>
			) : null}
			<nav aria-label={t('editor.sections')} className="actions">
				<Link to={href(`${base}/details`)}>{t('editor.details')}</Link>
				<Link to={href(`${base}/translations`)}>{t('editor.translations')}</Link>
				<Link to={href(`${base}/media`)}>{t('media.title')}</Link>
				<Link to={href(`${base}/cohorts`)}>{t('editor.cohorts')}</Link>
			</nav>
			<CourseOutline base={base} modules={data.modules} sourceLanguage={data.sourceLanguage} />
			<section aria-labelledby="publish-heading" className="panel">
				<h2 id="publish-heading">{t('editor.publishing')}</h2>
				{data.revisions.length ? (
					<p>
						{t('editor.latestRevision', { revision: data.revisions[0]!.number })} <DateTime value={data.revisions[0]!.publishedAt} />
						{data.unpublishedChanges ? ` · ${t('teach.unpublishedChanges')}` : ''}
					</p>
				) : (
					<p>{t('teach.neverPublished')}</p>
				)}
				{data.problems.length ? (
					<ul>
						{data.problems.map((problem) => (
							<li key={`${problem.code}-${problem.id ?? ''}`}>{t(`publishProblems.${problem.code}`)}</li>
						))}
					</ul>
				) : null}
				<Form method="POST">
					<SubmitButton name="intent" value="publish">
						{t('editor.publish')}
					</SubmitButton>
				</Form>
				{data.learnersBehind ? (
					<Form method="POST" className="inline-form">
						<p>{t('editor.learnersBehind', { number: data.learnersBehind })}</p>
						<SubmitButton name="intent" value="migrate" className="button button--secondary">
							{t('editor.migrate')}
						</SubmitButton>
					</Form>
				) : null}
			</section>
			<section aria-labelledby="authors-heading">
				<h2 id="authors-heading">{t('editor.coAuthors')}</h2>
				<ul>
					{data.authors.map((author) => (
						<li key={author.id}>
							{author.name} ({format.country(author.country)})
						</li>
					))}
				</ul>
				<Form method="POST" className="inline-form">
					<input type="hidden" name="intent" value="add-author" />
					<InputField name="email" type="email" label={t('editor.coAuthorEmail')} errors={errors.email} />
					<SubmitButton className="button button--secondary">{t('editor.addCoAuthor')}</SubmitButton>
				</Form>
			</section>
		</div>
	)
}
