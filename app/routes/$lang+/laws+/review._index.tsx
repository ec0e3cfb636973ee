import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { myProposals, waitingProposals } from '#app/modules/laws/proposals.server.ts'
import { countryName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'laws:edit')
	const listed = (rows: ReturnType<typeof waitingProposals>) =>
		rows.map((row) => ({
			id: row.id,
			name: countryName(row.country, language),
			author: row.author,
			own: row.authorId === user.id,
			state: row.state,
			fields: row.changes.length,
			createdAt: row.createdAt.toISOString(),
		}))
	return json({ waiting: listed(waitingProposals(user)), mine: listed(myProposals(user)) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'review.title', 'laws')

export default function ReviewQueue() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { waiting, mine } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('review.title')}</h1>
			<p>{t('review.intro')}</p>
			{waiting.length ? (
				<table>
					<caption className="visually-hidden">{t('review.title')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('review.country')}</th>
							<th scope="col">{t('review.by')}</th>
							<th scope="col">{t('review.sent')}</th>
						</tr>
					</thead>
					<tbody>
						{waiting.map((row) => (
							<tr key={row.id}>
								<th scope="row">
									<Link to={href(`/laws/review/${row.id}`)}>{t('review.open', { country: row.name })}</Link>
									{row.own ? <p className="muted">{t('review.yours')}</p> : null}
								</th>
								<td>{row.author ?? t('review.someone')}</td>
								<td>
									<DateTime value={row.createdAt} />
								</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p>{t('review.empty')}</p>
			)}
			{mine.length ? (
				<section aria-labelledby="mine-heading">
					<h2 id="mine-heading">{t('review.mine')}</h2>
					<ul>
						{mine.map((row) => (
							<li key={row.id}>
								<Link to={href(`/laws/review/${row.id}`)}>{t('review.proposalTitle', { country: row.name })}</Link>
								{' · '}
								{t(`review.states.${row.state}`)} · <DateTime value={row.createdAt} />
							</li>
						))}
					</ul>
				</section>
			) : null}
		</div>
	)
}
