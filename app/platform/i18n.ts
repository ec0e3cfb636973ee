import i18next, { type i18n as I18n } from 'i18next'
import { namespaces, type Resources } from '#app/locales/namespaces.ts'

export const languages = ['en', 'fr', 'es', 'ar'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'en'

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
	return language === 'ar' ? 'rtl' : 'ltr'
}

/** One i18next instance per render; it is synchronous because every string is already in memory. */
export function createI18n(language: Language, bundle: Partial<Resources>): I18n {
	const instance = i18next.createInstance()
	void instance.init({
		lng: language,
		fallbackLng: false,
		supportedLngs: [...languages],
		ns: [...namespaces],
		defaultNS: 'common',
		resources: { [language]: bundle },
		interpolation: { escapeValue: false },
		initImmediate: false,
		returnNull: false,
	})
	return instance
}

/** Swaps the language segment of a path, keeping the rest of the page address. */
export function pathInLanguage(pathname: string, language: Language) {
	const [, first, ...rest] = pathname.split('/')
	if (isLanguage(first)) return `/${[language, ...rest].join('/')}`
	return `/${language}${pathname === '/' ? '' : pathname}`
}
