import { useTranslation } from 'react-i18next'
import { type TranslationState } from '#app/modules/courses/vocabulary.ts'
import { LanguageTabs } from '#app/ui/language-tabs.tsx'

/** Language tabs for a course part, each saying source, current, out of date or missing. */
export function PartLanguageTabs({ current, states }: { current: string; states: Record<string, TranslationState> }) {
	const { t } = useTranslation('teach')
	return (
		<LanguageTabs
			current={current}
			stateOf={(language) => t(`translationStates.${states[language] ?? 'missing'}`)}
			label={t('editor.languages')}
		/>
	)
}

/** One field of the source text: its label (in the reader's language) and its words (in the source language). */
export type SourceField = { label: string; value: string | string[] }

/**
 * The source text beside a translation, every field the translator must translate, so they see
 * what to write and what changed. Labels are in the reader's language, the words in the source's.
 */
export function SourceText({
	title,
	fields = [],
	children,
	lang,
	dir,
}: {
	title: string
	fields?: SourceField[]
	children?: React.ReactNode
	lang: string
	dir: 'ltr' | 'rtl'
}) {
	const { t } = useTranslation('teach')
	const shown = fields.filter((field) => (Array.isArray(field.value) ? field.value.length : field.value.trim()))
	return (
		<details className="details" open>
			<summary>{t('editor.sourceText')}</summary>
			<p lang={lang} dir={dir}>
				<strong>{title}</strong>
			</p>
			{shown.length ? (
				<dl className="source-fields">
					{shown.map((field) => (
						<div key={field.label}>
							<dt>{field.label}</dt>
							<dd lang={lang} dir={dir}>
								{Array.isArray(field.value) ? (
									<ul>
										{field.value.map((line, index) => (
											<li key={index}>{line}</li>
										))}
									</ul>
								) : (
									field.value
								)}
							</dd>
						</div>
					))}
				</dl>
			) : null}
			{children ? (
				<div lang={lang} dir={dir}>
					{children}
				</div>
			) : null}
		</details>
	)
}
