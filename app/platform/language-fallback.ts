/**
 * Content (courses, library documents, programme listings) is written in a source language and
 * translated into others. Every area shows a reader the same choice: their own language when the
 * text exists in it, else the source language, else English, else whatever there is. `fallback`
 * tells the page to show its visible "not in your language" notice, and `language` which `lang`
 * to mark the text with.
 */
export type TextInLanguage<T, L extends string> = { text: T; language: L; fallback: boolean }

/** English is the language most readers share, so it comes before an arbitrary one. */
const sharedLanguage = 'en'

function choose<T, L extends string>(
	entries: [L, T][],
	requested: string,
	source: string,
): TextInLanguage<T, L> | null {
	const find = (language: string) => entries.find(([key]) => key === language)
	const found = find(requested) ?? find(source) ?? find(sharedLanguage) ?? entries[0]
	if (!found) return null
	const [language, text] = found
	return { text, language, fallback: language !== requested }
}

function entriesOf<T, L extends string>(texts: Partial<Record<L, T>> | readonly (T & { language: L })[]): [L, T][] {
	if (Array.isArray(texts)) return (texts as readonly (T & { language: L })[]).map((text) => [text.language, text])
	return (Object.entries(texts) as [L, T | undefined][]).filter((entry): entry is [L, T] => Boolean(entry[1]))
}

/** The text to show, from texts keyed by language or from rows that carry their `language`; null when there is none. */
export function pickText<T extends { language: string }>(
	texts: readonly T[],
	requested: string,
	source: string,
): TextInLanguage<T, T['language']> | null
export function pickText<T, L extends string>(
	texts: Partial<Record<L, T>>,
	requested: string,
	source: string,
): TextInLanguage<T, L> | null
export function pickText<T, L extends string>(
	texts: Partial<Record<L, T>> | readonly (T & { language: L })[],
	requested: string,
	source: string,
) {
	return choose(entriesOf(texts), requested, source)
}

/** The same choice for content that always has its source text (course parts, library documents). */
export function textIn<T, L extends string>(
	texts: Partial<Record<L, T>>,
	requested: string,
	source: string,
): TextInLanguage<T, L> {
	const picked = choose(entriesOf(texts), requested, source)
	if (!picked) throw new Error(`A text has no language at all, not even its source language ${source}`)
	return picked
}
