import { RemixI18Next } from 'remix-i18next/server'
import { resources } from '#app/locales/index.ts'
import { type Resources } from '#app/locales/namespaces.ts'
import { createI18n, defaultLanguage, isLanguage, type Language, languages } from './i18n.ts'

/** Every translation stays on the server; a page receives only its reader's language. */
export function resourcesFor(language: Language): Resources {
	return resources[language]
}

export function serverI18n(language: Language) {
	return createI18n(language, resourcesFor(language))
}

const detector = new RemixI18Next({
	detection: {
		supportedLanguages: [...languages],
		fallbackLanguage: defaultLanguage,
		order: ['header'],
	},
})

/** The best of our languages for this browser's Accept-Language, English otherwise. */
export async function preferredLanguage(request: Request): Promise<Language> {
	const detected = await detector.getLocale(request)
	const base = detected.toLowerCase().split('-')[0]
	return isLanguage(base) ? base : defaultLanguage
}
