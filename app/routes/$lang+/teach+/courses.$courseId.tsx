import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { courseOutline, runOutlineCommand } from '#app/modules/courses/outline.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { ErrorSummary, FormMessage, InputField, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { requireCourseEditor } from './__editor.server.ts'
import { outlineSchema } from './__forms.server.ts'
import { CourseOutline, newTitleLabels, outlineFormId } from './__outline.tsx'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course } = await requireCourseEditor(request, params)
	return json(courseOutline(course))
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, user, course } = await requireCourseEditor(request, params)
	const submission = parseSubmission(outlineSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = runOutlineCommand(user, course.id, submission.data)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'courses' })
	const base = `/${language}/teach/courses/${course.id}`
	switch (outcome.did) {
		case 'edited':
			if (!outcome.opens) return redirect(base)
			return redirect(
				'lessonId' in outcome.opens
					? `${base}/lessons/${outcome.opens.lessonId}`
					: `${base}/quizzes/${outcome.opens.quizId}`,
			)
		case 'published':
			return json({
				message: outcome.changed ? 'teach:editor.publishedNow' : 'teach:editor.nothingToPublish',
				revision: outcome.revision,
			})
		case 'author-added':
			return json({ message: 'teach:editor.authorAdded' })
		case 'learners-moved':
			return json({ message: 'teach:editor.learnersMoved', moved: outcome.moved })
		case 'asks-confirmation':
			return json({ removal: outcome.removal })
	}
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.title)

export default function CourseEditor() {
	const { t } = useTranslation('teach')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const message = actionData && 'message' in actionData ? actionData : null
	const removal = actionData && 'removal' in actionData ? actionData.removal : null
	// Which form failed: the echoed intent says, and a refused co-author (answered without values) is that form's.
	const echoed: Record<string, string | undefined> = actionData && 'values' in actionData ? actionData.values : {}
	const intent = echoed.intent ?? (errors.email ? 'add-author' : undefined)
	const failedForm =
		intent === 'add-author' || (intent && intent in newTitleLabels) ? outlineFormId(intent, echoed.moduleId) : null
	const fieldLabel = (name: string) =>
		name === 'email'
			? t('editor.coAuthorEmail')
			: name === 'title' && intent && intent in newTitleLabels
				? t(newTitleLabels[intent as keyof typeof newTitleLabels])
				: undefined
	const base = `/teach/courses/${data.id}`
	return (
		<div className="page">
			<p>
				<Link to={href('/teach')}>{t('teach.title')}</Link>
			</p>
			<h1 {...inLanguage(data.sourceLanguage)}>{data.title}</h1>
			<p className="meta">
				{t('editor.sourceIs', { language: tc(`languageNames.${data.sourceLanguage}`) })} ·{' '}
				{data.published ? (
					<Link to={href(`/courses/${data.slug}`)}>{t('editor.viewPublished')}</Link>
				) : (
					t('teach.neverPublished')
				)}
			</p>
			{message ? (
				<FormMessage tone="success">
					{tc(message.message, {
						revision: 'revision' in message ? message.revision : '',
						moved: 'moved' in message ? message.moved : '',
					})}
				</FormMessage>
			) : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			{failedForm ? <ErrorSummary form={failedForm} errors={errors} labels={fieldLabel} /> : null}
			<nav aria-label={t('editor.sections')} className="actions">
				<Link to={href(`${base}/details`)}>{t('editor.details')}</Link>
				<Link to={href(`${base}/translations`)}>{t('editor.translations')}</Link>
				<Link to={href(`${base}/media`)}>{t('media.title')}</Link>
				<Link to={href(`${base}/cohorts`)}>{t('editor.cohorts')}</Link>
			</nav>
			<CourseOutline
				base={base}
				modules={data.modules}
				sourceLanguage={data.sourceLanguage}
				confirming={removal}
				failed={failedForm ? { form: failedForm, errors } : null}
			/>
			<section aria-labelledby="publish-heading" className="panel">
				<h2 id="publish-heading">{t('editor.publishing')}</h2>
				{data.revisions.length ? (
					<p>
						{t('editor.latestRevision', { revision: data.revisions[0]!.number })}{' '}
						<DateTime value={data.revisions[0]!.publishedAt} />
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
				<LinkedForm id={outlineFormId('add-author')} method="POST" className="inline-form">
					<input type="hidden" name="intent" value="add-author" />
					<InputField name="email" type="email" label={t('editor.coAuthorEmail')} errors={errors.email} />
					<SubmitButton className="button button--secondary">{t('editor.addCoAuthor')}</SubmitButton>
				</LinkedForm>
			</section>
		</div>
	)
}
