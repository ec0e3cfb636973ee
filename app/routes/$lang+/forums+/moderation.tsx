import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { plainTextOf } from '#app/modules/forums/markdown.ts'
import { reportedPosts } from '#app/modules/forums/moderation.server.ts'
import { reportsPageSize } from '#app/modules/forums/vocabulary.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { refusedPage } from '#app/platform/routing.server.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'forums:moderate')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const result = reportedPosts(user, page)
	if (!result.ok) throw refusedPage(result)
	return json({
		page,
		total: result.total,
		reports: result.rows.map((row) => ({
			postId: row.post.id,
			excerpt: plainTextOf(row.post.body).slice(0, 200),
			language: row.post.language,
			state: row.post.state,
			threadTitle: row.threadTitle,
			author: row.author,
			reports: row.reports,
			reasons: (row.reasons ?? '').split(',').filter(Boolean),
			notes: row.notes ?? '',
		})),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'moderation.title', 'forums')

export default function Moderation() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('moderation.title')}</h1>
			<p>{t('moderation.intro')}</p>
			{data.reports.length ? (
				<div className="table-scroll" role="region" aria-labelledby="reports-caption" tabIndex={0}>
					<table>
						<caption id="reports-caption">{t('moderation.caption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('moderation.post')}</th>
								<th scope="col">{t('moderation.reports')}</th>
								<th scope="col">{t('moderation.reasons')}</th>
							</tr>
						</thead>
						<tbody>
							{data.reports.map((report) => (
								<tr key={report.postId}>
									<th scope="row">
										<Link to={href(`/forums/posts/${report.postId}/moderate`)}>{report.threadTitle}</Link>
										<br />
										<span className="muted">
											{t('moderation.by', { author: report.author ?? t('post.formerMember') })}
										</span>
										<p lang={report.language}>{report.excerpt}</p>
									</th>
									<td>{format.number(report.reports)}</td>
									<td>
										{format.list(report.reasons.map((reason) => t(`report.reasons.${reason}`)))}
										{report.notes ? <p className="muted">{report.notes}</p> : null}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<p>{t('moderation.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={reportsPageSize} total={data.total} />
		</div>
	)
}
