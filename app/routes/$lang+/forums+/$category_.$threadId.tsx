import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser, requireUser } from '#app/modules/accounts/auth.server.ts'
import { quoteForReply } from '#app/modules/forums/markdown.ts'
import { categoryText, presentPost } from '#app/modules/forums/pages.server.ts'
import { reply } from '#app/modules/forums/posting.server.ts'
import { findPost, findReadableThread, languagesOf, postsOf } from '#app/modules/forums/store.server.ts'
import { isSubscribed } from '#app/modules/forums/subscriptions.server.ts'
import { postsPageSize } from '#app/modules/forums/vocabulary.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, ErrorSummary, fieldErrorsOf, LinkedForm, SubmitButton, TextAreaField } from '#app/ui/forms.tsx'
import { inLanguage, useHref, useReader } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { LanguageFilter, PostLanguageField, SubscribeForm } from './__parts.tsx'
import { PostArticle } from './__post.tsx'
import { afterPosting, postingRefusal } from './__posting.server.ts'
import { replySchema } from './__forms.server.ts'
import { subscriptionAction } from './__subscribe.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	const found = findReadableThread(actor, params.threadId ?? '')
	if (!found || found.category.slug !== params.category) throw notFound()
	const { thread, category } = found
	const postLanguage = oneOf(languages, query.get('language'))
	const page = pageNumber(query.get('page'))
	const { rows, total } = postsOf(actor, thread.id, { language: postLanguage }, page)
	if (!total && !postLanguage) throw notFound()
	// "Quote" fills the reply with the quoted post, attributed in the reader's language.
	const quoted = query.get('quote') ? findPost(query.get('quote')!) : null
	const t = serverI18n(language).getFixedT(language, 'forums')
	const quote =
		quoted && quoted.thread.id === thread.id && quoted.post.state === 'published'
			? {
					id: quoted.post.id,
					text: quoteForReply(quoted.author ?? t('post.formerMember'), quoted.post.body, (name) =>
						t('post.wrote', { name }),
					),
				}
			: null
	return json({
		category: categoryText(category, language),
		thread: { id: thread.id, title: thread.title, language: thread.language, locked: thread.state === 'locked' },
		language: postLanguage ?? '',
		languagesUsed: languagesOf(thread.id),
		page,
		total,
		posts: rows.map((row) => presentPost(actor, row)),
		quote,
		signedIn: Boolean(actor),
		moderator: can(actor, 'forums:moderate'),
		subscribed: actor ? isSubscribed(actor.id, `thread:${thread.id}`) : false,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const found = findReadableThread(user, params.threadId ?? '')
	if (!found || found.category.slug !== params.category) throw notFound()
	const form = await request.clone().formData()
	const intent = form.get('intent')
	if (intent === 'subscribe' || intent === 'unsubscribe')
		return subscriptionAction(request, `thread:${found.thread.id}`)
	const submission = parseSubmission(replySchema, form)
	if (!submission.success) return formFailure(submission)
	const outcome = reply(user, found.thread.id, submission.data, new Date())
	if (!outcome.ok) return postingRefusal(outcome, formValues(form) as Record<string, string>)
	return afterPosting(request, language, {
		...outcome,
		threadPath: `/forums/${found.category.slug}/${found.thread.id}`,
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.thread.title)

function ReplyForm() {
	const { t } = useTranslation('forums')
	const { language } = useReader()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : {}
	return (
		<section aria-labelledby="reply-heading" id="reply">
			<h2 id="reply-heading">{t('post.reply')}</h2>
			<LinkedForm method="POST" id="reply-form" className="stack" noValidate>
				<ErrorSummary
					form="reply-form"
					errors={errors}
					labels={{ body: t('post.body'), language: t('post.language') }}
				/>
				<ErrorList id="reply-errors" errors={errors.form} />
				{data.quote ? <input type="hidden" name="quotedPostId" value={data.quote.id} /> : null}
				<PostLanguageField defaultValue={values.language ?? language} errors={errors.language} />
				<TextAreaField
					name="body"
					label={t('post.body')}
					hint={t('post.markdownHint')}
					errors={errors.body}
					defaultValue={values.body ?? data.quote?.text}
					rows={8}
				/>
				<SubmitButton>{t('post.publishReply')}</SubmitButton>
			</LinkedForm>
		</section>
	)
}

export default function Thread() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/forums')}>{t('index.title')}</Link> ›{' '}
				<Link to={href(`/forums/${data.category.slug}`)} {...inLanguage(data.category.language)}>
					{data.category.name}
				</Link>
			</p>
			<h1 {...inLanguage(data.thread.language)}>{data.thread.title}</h1>
			{data.thread.locked ? <p className="notice notice--info">{t('thread.lockedNotice')}</p> : null}
			{data.signedIn ? <SubscribeForm subscribed={data.subscribed} what="thread" /> : null}
			{data.languagesUsed.length > 1 || data.language ? <LanguageFilter value={data.language} /> : null}
			<ol className="posts plain-list">
				{data.posts.map((post) => (
					<PostArticle
						key={post.id}
						post={post}
						threadPath={`/forums/${data.category.slug}/${data.thread.id}`}
						mayReply={data.signedIn && (!data.thread.locked || data.moderator)}
						moderator={data.moderator}
					/>
				))}
			</ol>
			{data.posts.length ? null : <p>{t('thread.noPostsInLanguage')}</p>}
			<Pagination page={data.page} pageSize={postsPageSize} total={data.total} />
			{data.signedIn && (!data.thread.locked || data.moderator) ? <ReplyForm /> : null}
			{data.signedIn ? null : (
				<p>
					<Link
						to={href(
							`/sign-in?redirectTo=${encodeURIComponent(href(`/forums/${data.category.slug}/${data.thread.id}`))}`,
						)}
					>
						{t('index.signInToPost')}
					</Link>
				</p>
			)}
		</div>
	)
}
