import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { renderPostMarkdown } from '#app/modules/forums/markdown.ts'
import { moderateMember, moderatePost, moderateThread } from '#app/modules/forums/moderation.server.ts'
import { categoryText } from '#app/modules/forums/pages.server.ts'
import { findPost, readableCategories } from '#app/modules/forums/store.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, fieldErrorsOf, InputField, SelectField, SubmitButton, TextAreaField } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { PostBody } from './__post.tsx'
import { memberModerationSchema, postModerationSchema, threadModerationSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'forums:moderate')
	const found = findPost(params.postId ?? '')
	if (!found || found.post.state === 'held') throw notFound()
	return json({
		post: {
			id: found.post.id,
			html: renderPostMarkdown(found.post.body),
			language: found.post.language,
			state: found.post.state,
			author: found.author,
			authorId: found.post.authorId,
			reason: found.post.moderationReason,
		},
		thread: { id: found.thread.id, title: found.thread.title, locked: found.thread.state === 'locked' },
		category: categoryText(found.category, language),
		categories: readableCategories(user).map(({ category }) => categoryText(category, language)),
	})
}

/** One of three forms: the post (`scope=post`), its thread (`scope=thread`) or its author (`scope=member`). */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'forums:moderate')
	const found = findPost(params.postId ?? '')
	if (!found) throw notFound()
	const form = await request.formData()
	const scope = form.get('scope')
	const now = new Date()
	const back = `/${language}/forums/${found.category.slug}/${found.thread.id}`
	const wording = {
		namespace: 'forums',
		values: { ...(formValues(form) as Record<string, string>), scope: String(scope) },
	}
	if (scope === 'thread') {
		const submission = parseSubmission(threadModerationSchema, form)
		if (!submission.success) return formFailure({ ...submission, values: { ...submission.values, scope: 'thread' } })
		const { intent, reason, categorySlug } = submission.data
		const outcome = moderateThread(
			user,
			found.thread.id,
			intent === 'move' ? { action: 'move', categorySlug: categorySlug ?? '' } : { action: intent },
			reason,
		)
		if (!outcome.ok) return refusalReply(outcome, wording)
		return redirectWithFlash(request, `/${language}/forums/${outcome.categorySlug}/${found.thread.id}`, {
			namespace: 'forums',
			key: 'moderation.done',
		})
	}
	if (scope === 'member') {
		const submission = parseSubmission(memberModerationSchema, form)
		if (!submission.success) return formFailure({ ...submission, values: { ...submission.values, scope: 'member' } })
		const { intent, reason, days } = submission.data
		if (!found.post.authorId) throw notFound()
		const outcome = moderateMember(
			user,
			found.post.authorId,
			intent === 'suspend' ? { action: 'suspend', days: days ?? 7 } : { action: 'trust' },
			reason,
			now,
		)
		if (!outcome.ok) return refusalReply(outcome, wording)
		return redirectWithFlash(request, back, { namespace: 'forums', key: 'moderation.done' })
	}
	const submission = parseSubmission(postModerationSchema, form)
	if (!submission.success) return formFailure({ ...submission, values: { ...submission.values, scope: 'post' } })
	const outcome = moderatePost(user, found.post.id, submission.data.intent, submission.data.reason, now)
	if (!outcome.ok) return refusalReply(outcome, wording)
	return redirectWithFlash(request, back, { namespace: 'forums', key: 'moderation.done' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'moderation.postTitle', 'forums')

export default function ModeratePost() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const scope = actionData && 'values' in actionData ? (actionData.values as Record<string, string>).scope : null
	const errorsFor = (which: string) => (scope === which ? errors : {})
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/forums/moderation')}>{t('moderation.title')}</Link> ›{' '}
				<Link to={href(`/forums/${data.category.slug}/${data.thread.id}`)}>{data.thread.title}</Link>
			</p>
			<h1>{t('moderation.postTitle')}</h1>
			<p>{t('moderation.by', { author: data.post.author ?? t('post.formerMember') })}</p>
			{data.post.state === 'hidden' ? (
				<p className="notice notice--info">{t('post.hiddenNotice', { reason: data.post.reason ?? '' })}</p>
			) : null}
			<PostBody html={data.post.html} language={data.post.language} quoted />
			<section aria-labelledby="post-heading">
				<h2 id="post-heading">{t('moderation.thePost')}</h2>
				<Form method="POST" className="stack">
					<input type="hidden" name="scope" value="post" />
					<ErrorList id="post-form-errors" errors={errorsFor('post').form} />
					<TextAreaField
						name="reason"
						label={t('moderation.reason')}
						hint={t('moderation.reasonHint')}
						errors={errorsFor('post').reason}
						rows={2}
					/>
					<p className="inline-actions">
						{data.post.state === 'hidden' ? (
							<SubmitButton name="intent" value="restore">
								{t('moderation.restore')}
							</SubmitButton>
						) : (
							<SubmitButton name="intent" value="hide" className="button button--danger">
								{t('moderation.hide')}
							</SubmitButton>
						)}
						<SubmitButton name="intent" value="dismiss" className="button button--secondary">
							{t('moderation.dismiss')}
						</SubmitButton>
					</p>
				</Form>
			</section>
			<section aria-labelledby="thread-heading">
				<h2 id="thread-heading">{t('moderation.theThread')}</h2>
				<Form method="POST" className="stack">
					<input type="hidden" name="scope" value="thread" />
					<ErrorList id="thread-form-errors" errors={errorsFor('thread').form} />
					<TextAreaField name="reason" label={t('moderation.reason')} errors={errorsFor('thread').reason} rows={2} />
					<SelectField
						name="categorySlug"
						label={t('moderation.moveTo')}
						options={data.categories.map((category) => ({ value: category.slug, label: category.name }))}
						defaultValue={data.category.slug}
						errors={errorsFor('thread').categorySlug}
					/>
					<p className="inline-actions">
						<SubmitButton name="intent" value="move" className="button button--secondary">
							{t('moderation.move')}
						</SubmitButton>
						<SubmitButton
							name="intent"
							value={data.thread.locked ? 'unlock' : 'lock'}
							className="button button--secondary"
						>
							{t(data.thread.locked ? 'moderation.unlock' : 'moderation.lock')}
						</SubmitButton>
					</p>
				</Form>
			</section>
			{data.post.authorId ? (
				<section aria-labelledby="member-heading">
					<h2 id="member-heading">{t('moderation.theMember')}</h2>
					<Form method="POST" className="stack">
						<input type="hidden" name="scope" value="member" />
						<ErrorList id="member-form-errors" errors={errorsFor('member').form} />
						<TextAreaField name="reason" label={t('moderation.reason')} errors={errorsFor('member').reason} rows={2} />
						<InputField
							name="days"
							label={t('moderation.days')}
							inputMode="numeric"
							defaultValue="7"
							errors={errorsFor('member').days}
						/>
						<p className="inline-actions">
							<SubmitButton name="intent" value="suspend" className="button button--danger">
								{t('moderation.suspend')}
							</SubmitButton>
							<SubmitButton name="intent" value="trust" className="button button--secondary">
								{t('moderation.trust')}
							</SubmitButton>
						</p>
					</Form>
				</section>
			) : null}
		</div>
	)
}
