import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { categoryText } from '#app/modules/forums/pages.server.ts'
import { startThread } from '#app/modules/forums/posting.server.ts'
import { findReadableCategory } from '#app/modules/forums/store.server.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	fieldErrorsOf,
	InputField,
	LinkedForm,
	SubmitButton,
	TextAreaField,
} from '#app/ui/forms.tsx'
import { inLanguage, useHref, useReader } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { PostLanguageField } from './__parts.tsx'
import { afterPosting, postingRefusal } from './__posting.server.ts'
import { threadSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const category = findReadableCategory(user, params.category ?? '')
	if (!category) throw notFound()
	return json({ category: categoryText(category, language) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const form = await request.formData()
	const submission = parseSubmission(threadSchema, form)
	if (!submission.success) return formFailure(submission)
	const slug = params.category ?? ''
	const outcome = startThread(user, slug, submission.data, new Date())
	if (!outcome.ok) return postingRefusal(outcome, formValues(form) as Record<string, string>)
	return afterPosting(request, language, { ...outcome, threadPath: `/forums/${slug}/${outcome.threadId}` })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'thread.start', 'forums')

export default function NewThread() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const { language } = useReader()
	const { category } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : {}
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/forums/${category.slug}`)} {...inLanguage(category.language)}>
					{category.name}
				</Link>
			</p>
			<h1>{t('thread.start')}</h1>
			<p>{t('post.practiceNotCases')}</p>
			<LinkedForm method="POST" id="thread" className="stack" noValidate>
				<ErrorSummary
					form="thread"
					errors={errors}
					labels={{ title: t('thread.title'), body: t('post.body'), language: t('post.language') }}
				/>
				<ErrorList id="thread-errors" errors={errors.form} />
				<InputField name="title" label={t('thread.title')} errors={errors.title} defaultValue={values.title} />
				<PostLanguageField defaultValue={values.language ?? language} errors={errors.language} />
				<TextAreaField
					name="body"
					label={t('post.body')}
					hint={t('post.markdownHint')}
					errors={errors.body}
					defaultValue={values.body}
					rows={10}
				/>
				<SubmitButton>{t('thread.publish')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
