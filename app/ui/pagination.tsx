import { Link, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useFormat } from './i18n.tsx'

/** Previous / next links that keep every other query parameter (filters, search). */
export function Pagination({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
	const { t } = useTranslation()
	const format = useFormat()
	const location = useLocation()
	const pages = Math.max(1, Math.ceil(total / pageSize))
	if (pages <= 1) return null
	const linkTo = (target: number) => {
		const params = new URLSearchParams(location.search)
		params.set('page', String(target))
		return `${location.pathname}?${params}`
	}
	return (
		<nav aria-label={t('pagination.label')} className="pagination">
			{page > 1 ? (
				<Link to={linkTo(page - 1)} rel="prev">
					<span aria-hidden="true" className="directional">
						←
					</span>{' '}
					{t('pagination.previous')}
				</Link>
			) : null}
			<span suppressHydrationWarning>
				{t('pagination.position', { page: format.number(page), pages: format.number(pages) })}
			</span>
			{page < pages ? (
				<Link to={linkTo(page + 1)} rel="next">
					{t('pagination.next')}{' '}
					<span aria-hidden="true" className="directional">
						→
					</span>
				</Link>
			) : null}
		</nav>
	)
}
