import { type Language } from '#app/platform/i18n.ts'
import { type TranslationState } from './vocabulary.ts'

type Texts<T> = Partial<Record<Language, T>>

/**
 * The reader's language when the part is translated, else the source language with
 * `fallback` set so the page can say so.
 */
export function textIn<T>(texts: Texts<T>, language: Language, source: Language): { text: T; language: Language; fallback: boolean } {
	const own = texts[language]
	if (own) return { text: own, language, fallback: false }
	const original = texts[source]
	if (!original) throw new Error(`A course part has no text in its source language ${source}`)
	return { text: original, language: source, fallback: true }
}

/** Where one language stands against the source, for the translation matrix. */
export function translationState<T extends { edition: number }>(texts: Texts<T>, language: Language, source: Language): TranslationState {
	if (language === source) return 'source'
	const translation = texts[language]
	if (!translation) return 'missing'
	return translation.edition < (texts[source]?.edition ?? 1) ? 'outdated' : 'current'
}
