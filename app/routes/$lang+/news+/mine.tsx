import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { storySummary } from '#app/modules/news/pages.server.ts'
import { writersStories } from '#app/modules/news/store.server.ts'
import { newsPageSize } from '#app/modules/news/vocabulary.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { StoryItem } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'news:write')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const { rows, total } = writersStories(user, page)
	return json({ page, total, stories: rows.map((row) => storySummary(row, language)) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mine.title', 'news')

export default function MyStories() {
	const { t } = useTranslation('news')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<h1>{t('mine.title')}</h1>
			<p>{t('mine.intro')}</p>
			<p>
				<Link to={href('/news/new')}>{t('list.new')}</Link>
			</p>
			<h2 className="visually-hidden">{t('list.stories')}</h2>
			{data.stories.length ? (
				<ul className="plain-list" aria-label={t('list.stories')}>
					{data.stories.map((story) => (
						<StoryItem key={story.slug} story={story} forWriters />
					))}
				</ul>
			) : (
				<p>{t('mine.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={newsPageSize} total={data.total} />
		</div>
	)
}
