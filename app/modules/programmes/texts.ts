/**
 * Listings are written in one language and translated into others. A reader gets their
 * language when it exists, else the source language with `fallback` set so the page
 * can say so.
 */
export function pickText<T extends { language: string }>(texts: readonly T[], language: string, sourceLanguage: string) {
	const own = texts.find((text) => text.language === language)
	if (own) return { text: own, fallback: false }
	const source = texts.find((text) => text.language === sourceLanguage) ?? texts[0]
	return source ? { text: source, fallback: true } : null
}
