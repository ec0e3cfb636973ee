import { type MetaDescriptor } from '@remix-run/node'
import { type i18n as I18n } from 'i18next'
import { defaultLanguage, isLanguage, type Language } from '#app/platform/i18n.ts'

type Match = { id: string; data: unknown }

// Titles are made outside React, so the entries register the i18next instance that speaks a language: the
// server's one per language, the browser's one. On globalThis: the server and the app's build each load this module.
const holder = globalThis as { __atlasTranslator?: (language: Language) => I18n }

export function registerTranslator(translator: (language: Language) => I18n) {
	holder.__atlasTranslator = translator
}

/** Page titles are said in the reader's language, so the tab and the history show the page in it. */
export function pageTitle(matches: Match[], key: string | null, namespace = 'common'): MetaDescriptor[] {
	const root = matches.find((match) => match.id === 'root')?.data as { language?: unknown } | undefined
	const language = isLanguage(root?.language) ? root.language : defaultLanguage
	const i18n = holder.__atlasTranslator?.(language)
	if (!root || !i18n) return [{ title: 'Atlas' }]
	const brand = i18n.t('brand', { ns: 'common', lng: language })
	return [{ title: key ? `${i18n.t(key, { ns: namespace, lng: language })} · ${brand}` : brand }]
}

/** A title that is content (a course's or a document's own title) rather than a translation key. */
export function contentTitle(matches: Match[], title: string | undefined): MetaDescriptor[] {
	const [brand] = pageTitle(matches, null) as [{ title: string }]
	return [{ title: title ? `${title} · ${brand.title}` : brand.title }]
}
