import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { renderPostMarkdown } from '#app/modules/forums/markdown.ts'
import { postHistory } from '#app/modules/forums/posting.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { PostBody } from './__post.tsx'
import { DateTime } from '#app/ui/time.tsx'

export const handle: StringsHandle = { i18n: ['forums'] }

/** Every wording an edited post has had, for anyone who may read its thread. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const auth = await getSignedInUser(request)
	const history = postHistory(auth?.user ?? null, params.postId ?? '')
	if (!history) throw notFound()
	return json({
		threadTitle: history.thread.title,
		threadPath: `/forums/${history.category.slug}/${history.thread.id}#post-${history.post.id}`,
		language: history.post.language,
		current: {
			html: renderPostMarkdown(history.post.body),
			at: (history.post.editedAt ?? history.post.createdAt).toISOString(),
		},
		earlier: history.revisions.map((revision) => ({
			id: revision.id,
			html: renderPostMarkdown(revision.body),
			replacedAt: revision.replacedAt.toISOString(),
		})),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'history.title', 'forums')

export default function PostHistory() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<p>
				<Link to={href(data.threadPath)}>{data.threadTitle}</Link>
			</p>
			<h1>{t('history.title')}</h1>
			<section aria-labelledby="current-heading">
				<h2 id="current-heading">
					{t('history.current')} (<DateTime value={data.current.at} />)
				</h2>
				<PostBody html={data.current.html} language={data.language} />
			</section>
			{data.earlier.map((revision) => (
				<section key={revision.id} aria-labelledby={`revision-${revision.id}`}>
					<h2 id={`revision-${revision.id}`}>
						{t('history.replacedOn')} <DateTime value={revision.replacedAt} />
					</h2>
					<PostBody html={revision.html} language={data.language} />
				</section>
			))}
		</div>
	)
}
