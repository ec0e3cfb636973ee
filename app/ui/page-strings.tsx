import { useMatches } from '@remix-run/react'
import { type i18n as I18n, type Module } from 'i18next'
import { createContext, useContext } from 'react'
import { type Namespace, type Resources } from '#app/locales/namespaces.ts'
import { createI18n, isLanguage, type Language, pageNamespaces, stringsPath } from '#app/platform/i18n.ts'

/**
 * What the server hands a page's browser: its language, the strings of the namespaces its routes declare, and the
 * version that names them. Survivors' pages, which never run a script, are handed nothing.
 */
export type StringsHandoff = { language: Language; version: string; strings: Partial<Resources> }

const handoffId = 'atlas-strings'
const HandoffContext = createContext<string | null>(null)
export const StringsHandoffProvider = HandoffContext.Provider

/** The handoff as JSON a script element can hold: `<` is escaped, so no string can close the element. */
export function handoffJson(handoff: StringsHandoff) {
	return JSON.stringify(handoff).replace(/</g, '\\u003c')
}

/**
 * The handoff in a script the browser never runs (a JSON data block, which the CSP does not govern). In the browser
 * it is rendered again with the very text it was read from, so hydration finds the same element.
 */
export function StringsHandoffScript() {
	const json = useContext(HandoffContext)
	if (json === null) return null
	return <script id={handoffId} type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
}

/** Reads the handoff the server wrote into the page. */
export function readStringsHandoff(): { json: string; handoff: StringsHandoff } | null {
	const json = document.getElementById(handoffId)?.textContent
	if (!json) return null
	const handoff = JSON.parse(json) as StringsHandoff
	return isLanguage(handoff.language) ? { json, handoff } : null
}

/** Fetches a namespace a later page needs, from the same build of strings the page came with. */
function stringsBackend(version: string): Module {
	return {
		type: 'backend',
		read(language: Language, namespace: Namespace, done: (error: unknown, data: unknown) => void) {
			fetch(stringsPath(version, language, namespace))
				.then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
				.then(
					(data) => done(null, data),
					(error) => done(error, false),
				)
		},
	} as Module
}

type Translators = (language: Language) => I18n
const TranslatorsContext = createContext<Translators | null>(null)
/** How each entry finds the i18next instance of a language: the server's one per language, or the browser's. */
export const TranslatorsProvider = TranslatorsContext.Provider

/**
 * The browser's instances, one per language as on the server, so a page in one language never changes the strings
 * of a page in another (a sign-in that lands in the member's saved language, say). The first holds the handoff;
 * another starts empty and fetches what its pages declare.
 */
export function browserTranslators(handoff: StringsHandoff): Translators {
	const instances = new Map<Language, I18n>()
	const backend = stringsBackend(handoff.version)
	return (language) => {
		let instance = instances.get(language)
		if (!instance) {
			instance = createI18n(language, language === handoff.language ? handoff.strings : {}, backend)
			instances.set(language, instance)
		}
		return instance
	}
}

const loading = new Map<string, Promise<unknown>>()
/** Loads that failed (offline, say) are not tried again in a loop: the page renders with what it has. */
const failed = new Set<string>()

const isLoaded = (i18n: I18n, language: Language, names: Namespace[]) =>
	names.every((name) => i18n.hasResourceBundle(language, name))

function load(i18n: I18n, language: Language, names: Namespace[], key: string) {
	let promise = loading.get(key)
	if (!promise) {
		promise = i18n
			.loadNamespaces(names)
			.then(() => {
				if (!isLoaded(i18n, language, names)) failed.add(key)
			})
			.catch(() => failed.add(key))
			.finally(() => loading.delete(key))
		loading.set(key, promise)
	}
	return promise
}

/**
 * The i18next instance of the page's language, with every namespace its routes declare. In the browser, a page
 * reached by navigation waits for what it lacks: navigations render in a transition, so suspending here keeps the
 * last page on screen until the strings arrive (one request per namespace, kept by the browser) rather than showing
 * keys. The server has every string.
 */
export function usePageStrings(language: Language) {
	const translators = useContext(TranslatorsContext)
	const matches = useMatches()
	if (!translators) throw new Error('No translators: the entry must provide them')
	const i18n = translators(language)
	if (typeof document === 'undefined') return i18n
	const names = pageNamespaces(matches.map((match) => match.handle))
	const key = `${language}|${names.join()}`
	if (!isLoaded(i18n, language, names) && !failed.has(key)) throw load(i18n, language, names, key)
	return i18n
}
