import { useTranslation } from 'react-i18next'
import { type TranslationState } from '#app/modules/courses/vocabulary.ts'
import { LanguageTabs } from '#app/ui/language-tabs.tsx'

/** Language tabs for a course part, each saying source, current, out of date or missing. */
export function PartLanguageTabs({ current, states }: { current: string; states: Record<string, TranslationState> }) {
	const { t } = useTranslation('courses')
	return (
		<LanguageTabs
			current={current}
			stateOf={(language) => t(`translationStates.${states[language] ?? 'missing'}`)}
			label={t('editor.languages')}
		/>
	)
}

/** The source text beside a translation, so the translator sees what changed. */
export function SourceText({
	title,
	children,
	lang,
	dir,
}: {
	title: string
	children: React.ReactNode
	lang: string
	dir: 'ltr' | 'rtl'
}) {
	const { t } = useTranslation('courses')
	return (
		<details className="details" open>
			<summary>{t('editor.sourceText')}</summary>
			<div lang={lang} dir={dir}>
				<p>
					<strong>{title}</strong>
				</p>
				{children}
			</div>
		</details>
	)
}
