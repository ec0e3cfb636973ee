import { RemixI18Next } from 'remix-i18next/server'
import { resources } from '#app/locales/index.ts'
import { type Namespace } from '#app/locales/namespaces.ts'
import { hashToken } from './crypto.server.ts'
import { createI18n, defaultLanguage, isLanguage, type Language, languages } from './i18n.ts'

/**
 * One i18next instance per language, made once and shared by every request: it holds every namespace, so whatever
 * the server renders is translated, and nothing per request is kept on it (the language is fixed per instance).
 */
const instances = new Map(languages.map((language) => [language, createI18n(language, resources[language])]))

export function serverI18n(language: Language) {
	return instances.get(language)!
}

/** Names this build's strings: a browser may keep a fetched namespace for as long as the version is the same. */
export const stringsVersion = hashToken(JSON.stringify(resources)).slice(0, 12)

/** The strings a page's browser receives: only the namespaces the page declared, in its reader's language. */
export function stringsFor(language: Language, names: readonly Namespace[]) {
	return Object.fromEntries(names.map((name) => [name, resources[language][name]]))
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
