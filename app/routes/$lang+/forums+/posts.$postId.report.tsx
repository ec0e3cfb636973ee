import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { renderPostMarkdown } from '#app/modules/forums/markdown.ts'
import { reportPost } from '#app/modules/forums/moderation.server.ts'
import { reportReasons } from '#app/modules/forums/vocabulary.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	fieldErrorsOf,
	LinkedForm,
	SelectField,
	SubmitButton,
	TextAreaField,
} from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { PostBody } from './__post.tsx'
import { reportSchema } from './__forms.server.ts'
import { requireReadablePost } from './__post-page.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { post, thread, threadPath, author } = await requireReadablePost(request, params.postId)
	if (post.state !== 'published') throw notFound()
	return json({
		html: renderPostMarkdown(post.body),
		language: post.language,
		author,
		threadTitle: thread.title,
		threadPath,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, threadPath } = await requireReadablePost(request, params.postId)
	const submission = parseSubmission(reportSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = reportPost(
		user,
		params.postId ?? '',
		{ reason: submission.data.reason, note: submission.data.note ?? '' },
		new Date(),
	)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'forums' })
	return redirectWithFlash(request, `/${language}${threadPath}`, { namespace: 'forums', key: 'report.sent' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'report.title', 'forums')

export default function ReportPost() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	return (
		<div className="page narrow">
			<p>
				<Link to={href(data.threadPath)}>{data.threadTitle}</Link>
			</p>
			<h1>{t('report.title')}</h1>
			<p>{t('report.intro')}</p>
			<PostBody html={data.html} language={data.language} quoted />
			<LinkedForm method="POST" id="report" className="stack" noValidate>
				<ErrorSummary form="report" errors={errors} labels={{ reason: t('report.reason'), note: t('report.note') }} />
				<ErrorList id="report-errors" errors={errors.form} />
				<SelectField
					name="reason"
					label={t('report.reason')}
					placeholder={t('report.chooseReason')}
					required
					options={reportReasons.map((reason) => ({ value: reason, label: t(`report.reasons.${reason}`) }))}
					errors={errors.reason}
				/>
				<TextAreaField name="note" label={t('report.note')} hint={t('report.noteHint')} errors={errors.note} rows={3} />
				<SubmitButton>{t('report.send')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
