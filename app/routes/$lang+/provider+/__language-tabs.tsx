import { useTranslation } from 'react-i18next'
import { LanguageTabs as Tabs } from '#app/ui/language-tabs.tsx'

/** A listing's languages: which are written, the source, or missing. */
export function LanguageTabs({ current, source, written }: { current: string; source: string; written: string[] }) {
	const { t } = useTranslation('programmes')
	const state = (code: string) =>
		t(written.includes(code) ? (code === source ? 'editor.source' : 'editor.written') : 'editor.missing')
	return <Tabs current={current} stateOf={state} label={t('editor.languages')} />
}
