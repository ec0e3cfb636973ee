import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { editPost } from '#app/modules/forums/posting.server.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, ErrorSummary, fieldErrorsOf, LinkedForm, SubmitButton, TextAreaField } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { editSchema } from './__forms.server.ts'
import { requireReadablePost } from './__post-page.server.ts'
import { afterPosting, postingRefusal } from './__posting.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, post, thread, threadPath } = await requireReadablePost(request, params.postId)
	if (post.authorId !== user.id || post.state !== 'published') throw notFound()
	return json({ body: post.body, threadTitle: thread.title, threadPath })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, post, threadPath } = await requireReadablePost(request, params.postId)
	if (post.authorId !== user.id) throw notFound()
	const form = await request.formData()
	const submission = parseSubmission(editSchema, form)
	if (!submission.success) return formFailure(submission)
	const outcome = editPost(user, params.postId ?? '', submission.data.body, new Date())
	if (!outcome.ok) return postingRefusal(outcome, formValues(form) as Record<string, string>)
	return afterPosting(request, language, { held: outcome.held, postId: params.postId ?? '', threadPath })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'post.editTitle', 'forums')

export default function EditPost() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : {}
	return (
		<div className="page narrow">
			<p>
				<Link to={href(data.threadPath)}>{data.threadTitle}</Link>
			</p>
			<h1>{t('post.editTitle')}</h1>
			<p>{t('post.editIntro')}</p>
			<LinkedForm method="POST" id="edit" className="stack" noValidate>
				<ErrorSummary form="edit" errors={errors} labels={{ body: t('post.body') }} />
				<ErrorList id="edit-errors" errors={errors.form} />
				<TextAreaField
					name="body"
					label={t('post.body')}
					hint={t('post.markdownHint')}
					errors={errors.body}
					defaultValue={values.body ?? data.body}
					rows={10}
				/>
				<SubmitButton>{t('post.saveEdit')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
