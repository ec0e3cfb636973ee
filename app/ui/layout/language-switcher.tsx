import { useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { languages, pathInLanguage } from '#app/platform/i18n.ts'
import { useReader } from '#app/ui/i18n.tsx'

/** Links to the same page in each language; each name is written in its own language. */
export function LanguageSwitcher() {
	const { t } = useTranslation()
	const location = useLocation()
	const { language: current } = useReader()
	return (
		<nav aria-label={t('layout.languages')} className="language-switcher">
			<ul>
				{languages.map((language) => (
					<li key={language}>
						<a
							href={pathInLanguage(location.pathname, language) + location.search}
							hrefLang={language}
							lang={language}
							aria-current={language === current ? 'true' : undefined}
						>
							{t(`languageNames.${language}`)}
						</a>
					</li>
				))}
			</ul>
		</nav>
	)
}
