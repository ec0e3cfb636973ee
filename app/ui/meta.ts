import { type MetaDescriptor } from '@remix-run/node'
import { createI18n, isLanguage, defaultLanguage } from '#app/platform/i18n.ts'

type Match = { id: string; data: unknown }

/**
 * Page titles come from the root loader's translations, so the tab and the
 * history show the page in the reader's language.
 */
export function pageTitle(matches: Match[], key: string | null, namespace = 'common'): MetaDescriptor[] {
	const root = matches.find((match) => match.id === 'root')?.data as
		{ language: string; resources: Record<string, Record<string, unknown>> } | undefined
	if (!root) return [{ title: 'Atlas' }]
	const language = isLanguage(root.language) ? root.language : defaultLanguage
	const i18n = createI18n(language, root.resources)
	const brand = i18n.t('brand')
	return [{ title: key ? `${i18n.t(key, { ns: namespace })} · ${brand}` : brand }]
}

/** A title that is content (a course's or a document's own title) rather than a translation key. */
export function contentTitle(matches: Match[], title: string | undefined): MetaDescriptor[] {
	const [brand] = pageTitle(matches, null) as [{ title: string }]
	return [{ title: title ? `${title} · ${brand.title}` : brand.title }]
}
