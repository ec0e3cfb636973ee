import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useHref } from './i18n.tsx'

const knownStatuses = [400, 403, 404, 413, 429] as const

/** Which translated message fits an error: a known HTTP status, or 500 for anything else. */
export function errorKind(error: unknown) {
	const status = isRouteErrorResponse(error) ? error.status : 500
	return (knownStatuses as readonly number[]).includes(status) ? String(status) : '500'
}

/** The translated page for 404, 403, 429 and 500; it never shows the error's own text, which may hold details. */
export function ErrorPage() {
	const error = useRouteError()
	const { t } = useTranslation()
	const href = useHref()
	const kind = errorKind(error)
	if (kind === '500') console.error(error)
	return (
		<div className="page narrow">
			<h1>{t(`errorPage.${kind}.title`)}</h1>
			<p>{t(`errorPage.${kind}.body`)}</p>
			<p>
				<a href={href('/')}>{t('errorPage.home')}</a>
			</p>
		</div>
	)
}
