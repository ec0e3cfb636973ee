import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useHref } from '#app/ui/i18n.tsx'

export function SiteFooter() {
	const { t } = useTranslation()
	const href = useHref()
	return (
		<footer className="site-footer">
			<p>{t('layout.footer')}</p>
			<p>
				{/* A plain link: survivors' pages must load as whole documents, never through the app's scripts. */}
				<a href={href('/browse-safely')}>{t('layout.browseSafely')}</a>
			</p>
			<p>
				<Link to={href('/verify')}>{t('layout.verifyCertificate')}</Link>
			</p>
		</footer>
	)
}
