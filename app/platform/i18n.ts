import i18next, { type i18n as I18n, type Module } from 'i18next'
import { type Namespace, namespaces, type Resources } from '#app/locales/namespaces.ts'

export const languages = ['en', 'fr', 'es', 'ar'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'en'

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
	return language === 'ar' ? 'rtl' : 'ltr'
}

/**
 * An i18next instance for one language. It is synchronous because the strings it starts with are already in memory;
 * in the browser a backend fetches a namespace a later page needs (see `app/ui/page-strings.ts`).
 */
export function createI18n(language: Language, bundle: Partial<Resources>, backend?: Module): I18n {
	const instance = i18next.createInstance()
	if (backend) instance.use(backend)
	void instance.init({
		lng: language,
		fallbackLng: false,
		supportedLngs: [...languages],
		ns: Object.keys(bundle),
		defaultNS: 'common',
		resources: { [language]: bundle },
		partialBundledLanguages: Boolean(backend),
		interpolation: { escapeValue: false },
		initImmediate: false,
		returnNull: false,
		// A key that is nowhere (or in a namespace the page did not declare) shows as the key itself: it is said
		// loudly, so the tests that watch the console (the crawl) and the server's log catch it.
		// `useTranslation(['teach', 'courses'])` finds a key in either namespace, in that order.
		react: { nsMode: 'fallback' },
		saveMissing: true,
		missingKeyHandler: (_languages, namespace, key) => console.error(`Missing string ${namespace}:${key}`),
	})
	return instance
}

/** Swaps the language segment of a path, keeping the rest of the page address. */
export function pathInLanguage(pathname: string, language: Language) {
	const [, first, ...rest] = pathname.split('/')
	if (isLanguage(first)) return `/${[language, ...rest].join('/')}`
	return `/${language}${pathname === '/' ? '' : pathname}`
}

/**
 * What a page route declares in its `handle`: the namespaces of strings it shows beyond `common`, which every page
 * has. The server sends a page only the strings its routes declare (`test/integration/route-strings.test.ts` checks
 * each declaration against what the route's modules use).
 */
export type StringsHandle = { i18n: readonly Namespace[] }

/** The namespaces a page shows: `common`, and what each of its routes declares in its `handle`. */
export function pageNamespaces(handles: readonly unknown[]): Namespace[] {
	const declared = new Set<Namespace>(['common'])
	for (const handle of handles) {
		for (const name of (handle as Partial<StringsHandle> | undefined)?.i18n ?? []) declared.add(name)
	}
	return namespaces.filter((name) => declared.has(name))
}

/** Where the browser fetches a namespace a page needs after the first; `version` changes whenever any string does. */
export function stringsPath(version: string, language: Language, namespace: Namespace) {
	return `/strings/${version}/${language}/${namespace}.json`
}
