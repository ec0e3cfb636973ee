import { Link, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { languages } from '#app/platform/i18n.ts'

/**
 * One link per language a text can be written in, each saying where that language
 * stands (source, written, out of date, missing), so translators see the gaps at once.
 */
export function LanguageTabs({
	current,
	stateOf,
	label,
}: {
	current: string
	stateOf: (language: string) => string
	label: string
}) {
	const { t } = useTranslation()
	const { search } = useLocation()
	// Other parameters (which quiz a question belongs to) stay in the address.
	const linkTo = (code: string) => {
		const params = new URLSearchParams(search)
		params.set('language', code)
		return `?${params}`
	}
	return (
		<nav aria-label={label}>
			<ul className="language-tabs">
				{languages.map((code) => (
					<li key={code}>
						<Link to={linkTo(code)} aria-current={code === current ? 'page' : undefined}>
							{t(`languageNames.${code}`)} ({stateOf(code)})
						</Link>
					</li>
				))}
			</ul>
		</nav>
	)
}
