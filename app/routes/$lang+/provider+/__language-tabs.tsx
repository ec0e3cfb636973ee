import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { languages } from '#app/platform/i18n.ts'

/** One link per language a listing can be written in, saying which are written, the source, or missing. */
export function LanguageTabs({ current, source, written }: { current: string; source: string; written: string[] }) {
	const { t } = useTranslation('programmes')
	const state = (code: string) => (written.includes(code) ? (code === source ? 'editor.source' : 'editor.written') : 'editor.missing')
	return (
		<nav aria-label={t('editor.languages')}>
			<ul className="language-tabs">
				{languages.map((code) => (
					<li key={code}>
						<Link to={`?language=${code}`} aria-current={code === current ? 'page' : undefined}>
							{t(`languageNames.${code}`, { ns: 'common' })} ({t(state(code))})
						</Link>
					</li>
				))}
			</ul>
		</nav>
	)
}
