import { maxQueryLength, maxQueryTerms } from './vocabulary.ts'
import { indexedWord, normaliseForSearch, wordPattern } from './normalise.ts'

/** Words too common to narrow a search; dropped unless nothing else is left. */
const stopWordList = [
	'a',
	'an',
	'and',
	'the',
	'of',
	'in',
	'on',
	'for',
	'to',
	'or',
	'with',
	'le',
	'la',
	'les',
	'l',
	'un',
	'une',
	'des',
	'de',
	'du',
	'd',
	'et',
	'en',
	'au',
	'aux',
	'pour',
	'dans',
	'sur',
	'el',
	'los',
	'las',
	'y',
	'del',
	'al',
	'por',
	'para',
	'con',
	'o',
	'في',
	'من',
	'إلى',
	'على',
	'عن',
	'و',
	'أو',
	'مع',
]
// Kept as the query's words arrive: normalised, so "إلى" and "الى" are both dropped.
const stopWords = new Set(stopWordList.map((word) => indexedWord(normaliseForSearch(word))))

/**
 * A reader's query as search terms: normalised words only. Every FTS operator, quote,
 * bracket and star is a separator here, so no input can change the query's structure.
 */
export function searchTerms(query: string): string[] {
	const words = normaliseForSearch(query.slice(0, maxQueryLength)).match(wordPattern) ?? []
	// Cut by whole characters: half of a surrogate pair is not a word.
	const unique = [...new Set(words.map((word) => [...indexedWord(word)].slice(0, 40).join('')))]
	const meaningful = unique.filter((word) => !stopWords.has(word))
	return (meaningful.length ? meaningful : unique).slice(0, maxQueryTerms)
}

/** The FTS5 MATCH expression: every term, each as a quoted prefix; a single character matches only itself, not every word it starts. */
export function ftsMatch(terms: string[]) {
	return terms.map(ftsTerm).join(' ')
}

export function ftsTerm(term: string) {
	return [...term].length > 1 ? `"${term}"*` : `"${term}"`
}
