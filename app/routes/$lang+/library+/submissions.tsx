import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { mySubmissions, reviewQueue } from '#app/modules/library/review.server.ts'
import { contentGaps } from '#app/modules/search/search.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'

export const handle: StringsHandle = { i18n: ['library'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'library:submit')
	const editor = can(user, 'library:review')
	return json({
		mine: mySubmissions(user, language),
		queue: editor ? reviewQueue(user, language) : null,
		gaps: editor ? contentGaps() : null,
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'submissions.title', 'library')

type Listed = ReturnType<typeof useLoaderData<typeof loader>>['mine'][number]

function DocumentTable({ rows, caption, empty }: { rows: Listed[]; caption: string; empty: string }) {
	const { t } = useTranslation('library')
	const href = useHref()
	return (
		<DataTable
			caption={caption}
			headings={[
				t('fields.title'),
				t('fields.type'),
				t('fields.tier'),
				t('submissions.state'),
				t('submissions.updated'),
			]}
			rows={rows}
			rowKey={(row) => row.id}
			empty={empty}
			cells={(row) => (
				<>
					<td {...inLanguage(row.shownIn)}>
						<Link to={href(`/library/drafts/${row.id}`)}>{row.title}</Link>
					</td>
					<td>{t(`types.${row.type}`)}</td>
					<td>{t(`tiers.${row.tier}`)}</td>
					<td>{t(`states.${row.state}`)}</td>
					<td>
						<DateTime value={row.updatedAt} />
					</td>
				</>
			)}
		/>
	)
}

export default function Submissions() {
	const { t } = useTranslation('library')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const format = useFormat()
	const { mine, queue, gaps } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('submissions.title')}</h1>
			<p>
				<Link to={href('/library/submit')}>{t('index.submit')}</Link>
			</p>
			<section aria-labelledby="mine-heading">
				<h2 id="mine-heading">{t('submissions.mine')}</h2>
				<DocumentTable rows={mine} caption={t('submissions.mine')} empty={t('submissions.mineEmpty')} />
			</section>
			{queue ? (
				<section aria-labelledby="queue-heading">
					<h2 id="queue-heading">{t('submissions.queue')}</h2>
					<DocumentTable rows={queue} caption={t('submissions.queue')} empty={t('submissions.queueEmpty')} />
				</section>
			) : null}
			{gaps ? (
				<section aria-labelledby="gaps-heading">
					<h2 id="gaps-heading">{t('submissions.gaps')}</h2>
					<p>{t('submissions.gapsIntro')}</p>
					<DataTable
						caption={t('submissions.gaps')}
						headings={[
							t('submissions.query'),
							t('submissions.language'),
							t('submissions.times'),
							t('submissions.lastSeen'),
						]}
						rows={gaps}
						rowKey={(row) => `${row.language}:${row.query}`}
						empty={t('submissions.gapsEmpty')}
						cells={(row) => (
							<>
								<td lang={row.language}>{row.query}</td>
								<td>{tc(`languageNames.${row.language}`)}</td>
								<td>{format.number(row.count)}</td>
								<td>
									<DateTime value={row.lastSeenAt} />
								</td>
							</>
						)}
					/>
				</section>
			) : null}
		</div>
	)
}
