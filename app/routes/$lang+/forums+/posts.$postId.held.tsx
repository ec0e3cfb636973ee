import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { heldFindings } from '#app/modules/forums/pages.server.ts'
import { releaseHeldPost } from '#app/modules/forums/posting.server.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	fieldErrorsOf,
	FormMessage,
	LinkedForm,
	SubmitButton,
	TextAreaField,
} from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { heldSchema } from './__forms.server.ts'
import { requireReadablePost } from './__post-page.server.ts'
import { afterPosting, postingRefusal } from './__posting.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

/** The warning a held post's author sees: what looked like personal data, and the two ways on. Only the author. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, post, thread, threadPath } = await requireReadablePost(request, params.postId)
	if (post.authorId !== user.id || post.state !== 'held') throw notFound()
	return json({ body: post.body, findings: heldFindings(post.body), threadTitle: thread.title, threadPath })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, post, threadPath } = await requireReadablePost(request, params.postId)
	if (post.authorId !== user.id || post.state !== 'held') throw notFound()
	const form = await request.formData()
	const submission = parseSubmission(heldSchema, form)
	if (!submission.success) return formFailure(submission)
	const { intent, body } = submission.data
	const outcome = releaseHeldPost(user, params.postId ?? '', { confirmed: intent === 'confirm', body }, new Date())
	if (!outcome.ok) return postingRefusal(outcome, formValues(form) as Record<string, string>)
	if (outcome.held) return json({ stillHeld: true, findings: heldFindings(body), body })
	return afterPosting(request, language, { held: false, postId: params.postId ?? '', threadPath })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'held.title', 'forums')

export default function HeldPost() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const current = actionData && 'stillHeld' in actionData ? actionData : data
	return (
		<div className="page narrow">
			<p>
				<Link to={href(data.threadPath)}>{data.threadTitle}</Link>
			</p>
			<h1>{t('held.title')}</h1>
			<FormMessage tone="error">
				<p>{t('held.warning')}</p>
				<ul>
					{current.findings.map((finding, index) => (
						<li key={index}>
							{t(`held.kinds.${finding.kind}`)}: <code>{finding.excerpt}</code>
						</li>
					))}
				</ul>
			</FormMessage>
			<p>{t('held.explain')}</p>
			<LinkedForm method="POST" id="held" className="stack" noValidate>
				<ErrorSummary form="held" errors={errors} labels={{ body: t('post.body') }} />
				<ErrorList id="held-errors" errors={errors.form} />
				<TextAreaField name="body" label={t('post.body')} errors={errors.body} defaultValue={current.body} rows={10} />
				<SubmitButton name="intent" value="correct">
					{t('held.publishCorrected')}
				</SubmitButton>
				<SubmitButton name="intent" value="confirm" className="button button--secondary">
					{t('held.confirm')}
				</SubmitButton>
			</LinkedForm>
		</div>
	)
}
