import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { categoryText } from '#app/modules/forums/pages.server.ts'
import { findReadableCategory, threadsOf } from '#app/modules/forums/store.server.ts'
import { isSubscribed } from '#app/modules/forums/subscriptions.server.ts'
import { threadsPageSize } from '#app/modules/forums/vocabulary.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { LanguageFilter, SubscribeForm } from './__parts.tsx'
import { subscriptionAction } from './__subscribe.server.ts'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	const category = findReadableCategory(actor, params.category ?? '')
	if (!category) throw notFound()
	const postLanguage = oneOf(languages, query.get('language'))
	const page = pageNumber(query.get('page'))
	const { rows, total } = threadsOf(actor, category.id, { language: postLanguage }, page)
	return json({
		category: categoryText(category, language),
		language: postLanguage ?? '',
		page,
		total,
		threads: rows.map(({ thread, author }) => ({
			id: thread.id,
			title: thread.title,
			language: thread.language,
			author,
			posts: thread.postCount,
			locked: thread.state === 'locked',
			lastPostAt: thread.lastPostAt.toISOString(),
		})),
		signedIn: Boolean(actor),
		subscribed: actor ? isSubscribed(actor.id, `category:${category.id}`) : false,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const auth = await getSignedInUser(request)
	const category = findReadableCategory(auth?.user ?? null, params.category ?? '')
	if (auth && !category) throw notFound()
	return subscriptionAction(request, `category:${category?.id ?? ''}`)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.category.name)

export default function Category() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<p>
				<Link to={href('/forums')}>{t('index.title')}</Link>
			</p>
			<h1 {...inLanguage(data.category.language)}>{data.category.name}</h1>
			<p {...inLanguage(data.category.language)}>{data.category.description}</p>
			<p className="inline-actions">
				{data.signedIn ? (
					<Link className="button" to={href(`/forums/${data.category.slug}/new`)}>
						{t('thread.start')}
					</Link>
				) : (
					<Link to={href(`/sign-in?redirectTo=${encodeURIComponent(href(`/forums/${data.category.slug}`))}`)}>
						{t('index.signInToPost')}
					</Link>
				)}
			</p>
			{data.signedIn ? <SubscribeForm subscribed={data.subscribed} what="category" /> : null}
			<LanguageFilter value={data.language} />
			{data.threads.length ? (
				<ul className="event-list plain-list" aria-label={t('category.threads')}>
					{data.threads.map((thread) => (
						<li key={thread.id}>
							<h2>
								<Link to={href(`/forums/${data.category.slug}/${thread.id}`)} {...inLanguage(thread.language)}>
									{thread.title}
								</Link>
							</h2>
							<p className="muted">
								{t('category.byline', { author: thread.author ?? t('post.formerMember') })} ·{' '}
								{t('category.posts', { count: thread.posts, number: format.number(thread.posts) })} ·{' '}
								<DateTime value={thread.lastPostAt} />
								{thread.locked ? ` · ${t('thread.locked')}` : null}
							</p>
						</li>
					))}
				</ul>
			) : (
				<p>{t('category.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={threadsPageSize} total={data.total} />
		</div>
	)
}
