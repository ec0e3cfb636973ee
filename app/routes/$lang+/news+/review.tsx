import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { storySummary } from '#app/modules/news/pages.server.ts'
import { reviewQueue } from '#app/modules/news/store.server.ts'
import { reviewPageSize } from '#app/modules/news/vocabulary.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { DateTime } from '#app/ui/time.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	await requirePermission(request, 'news:review')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const { rows, total } = reviewQueue(page)
	return json({
		page,
		total,
		stories: rows.map((row) => ({ ...storySummary(row, language), submittedAt: row.story.updatedAt.toISOString() })),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'review.title', 'news')

export default function ReviewQueue() {
	const { t } = useTranslation('news')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('review.title')}</h1>
			<p>{t('review.intro')}</p>
			{data.stories.length ? (
				<table>
					<caption>{t('review.caption')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('review.story')}</th>
							<th scope="col">{t('review.organisation')}</th>
							<th scope="col">{t('review.kind')}</th>
							<th scope="col">{t('review.submittedAt')}</th>
						</tr>
					</thead>
					<tbody>
						{data.stories.map((story) => (
							<tr key={story.slug}>
								<th scope="row">
									<Link to={href(`/news/${story.slug}/review`)} lang={story.textLanguage}>
										{story.title}
									</Link>
								</th>
								<td>
									<bdi>{story.organisationName}</bdi>
								</td>
								<td>{t(`kinds.${story.kind}`)}</td>
								<td>
									<DateTime value={story.submittedAt} />
								</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p>{t('review.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={reviewPageSize} total={data.total} />
		</div>
	)
}
