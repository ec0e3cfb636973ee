import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useHref } from '#app/ui/i18n.tsx'

export type Missing = { reason: 'noFramework'; country: string } | { reason: 'notACode'; code: string }

/** What a reader sees at a country address Atlas cannot answer: what was wrong, and where to go. */
export function MissingCountry({ missing }: { missing: Missing }) {
	const { t } = useTranslation('laws')
	const href = useHref()
	return (
		<div className="page narrow">
			<h1>{t('index.title')}</h1>
			<p className="notice notice--error" role="status">
				{missing.reason === 'notACode'
					? t('country.notACode', { code: missing.code })
					: t('country.noFramework', { country: missing.country })}
			</p>
			<p>
				<Link to={href('/laws')}>{t('country.everyCountry')}</Link>
			</p>
		</div>
	)
}
