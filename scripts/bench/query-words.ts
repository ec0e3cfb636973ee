/**
 * The words readers' queries are made of, chosen by what the census says of them: broad words in over 30% of
 * items, selective ones in under 1% (as the start of any word, as the engine matches them), and the library's own
 * vocabulary per language for prefixes, typos, diacritics and queries in another language.
 */
import { type Language, languages } from '#app/platform/i18n.ts'
import { pick, type Random } from './random.ts'
import { foldWord, type WordCensus } from './word-census.ts'
import { domainWords } from './words/domain.ts'
import { generalWords } from './words/general.ts'

const columns: Record<Language, 0 | 1 | 2 | 3> = { en: 0, fr: 1, es: 2, ar: 3 }
const rows = [...domainWords, ...generalWords]
const letters = /^\p{L}+$/u

export const broadShare = 0.3
export const selectiveShare = 0.01

export class QueryWords {
	readonly broad: string[]
	readonly selective: string[]
	private readonly present: Record<Language, string[]>
	private readonly presentSets: Record<Language, Set<string>>

	constructor(private readonly census: WordCensus) {
		const items = census.itemCount
		const inLibrary = (word: string) => letters.test(word) && census.count(foldWord(word)) > 0
		this.present = Object.fromEntries(
			languages.map((language) => [language, rows.map((row) => row[columns[language]]).filter(inLibrary)]),
		) as Record<Language, string[]>
		this.presentSets = Object.fromEntries(
			languages.map((language) => [language, new Set(this.present[language])]),
		) as Record<Language, Set<string>>
		const vocabulary = [...new Set(languages.flatMap((language) => this.present[language]))]
		this.broad = vocabulary.filter((word) => census.count(foldWord(word)) > broadShare * items)
		this.selective = census
			.words()
			.filter((folded) => [...folded].length >= 4 && census.prefixCount(folded) < selectiveShare * items)
			.map((folded) => census.written(folded))
		if (!this.broad.length) throw new Error('The generated library has no word in over 30% of its items.')
		if (!this.selective.length) throw new Error('The generated library has no word in under 1% of its items.')
	}

	private readonly byLength = new Map<string, string[]>()

	/** A domain or everyday word of that language found in the library, at least `minimumLength` letters long. */
	word(random: Random, language: Language, minimumLength = 1) {
		const key = `${language} ${minimumLength}`
		let long = this.byLength.get(key)
		if (!long) {
			long = this.present[language].filter((word) => [...foldWord(word)].length >= minimumLength)
			this.byLength.set(key, long.length ? long : this.present[language])
		}
		return pick(random, this.byLength.get(key)!)
	}

	/** A word of one language whose row says something else in the other, so results come in the first. */
	wordNotIn(random: Random, language: Language, other: Language) {
		const differing = rows.filter(
			(row) =>
				this.presentSets[language].has(row[columns[language]]) &&
				foldWord(row[columns[language]]) !== foldWord(row[columns[other]]),
		)
		return pick(random, differing)[columns[language]]
	}

	/**
	 * The word with one letter changed, dropped or doubled, never the first or the last, and never a word (or the
	 * start of one) that the library holds: the correct word finds something, the typo alone finds nothing.
	 */
	typo(random: Random, language: Language) {
		for (let attempt = 0; attempt < 50; attempt++) {
			const word = this.word(random, language, 6)
			const characters = [...word]
			const at = 1 + Math.floor(random() * (characters.length - 2))
			const edit = pick(random, ['change', 'drop', 'double'] as const)
			if (edit === 'drop') characters.splice(at, 1)
			else if (edit === 'double') characters.splice(at, 0, characters[at]!)
			else characters[at] = otherLetter(random, characters[at]!)
			const typo = characters.join('')
			if (this.census.prefixCount(foldWord(typo)) === 0) return typo
		}
		throw new Error(`No typo of a ${language} word was found that the library does not hold.`)
	}
}

const latinLetters = [...'abcdefghijklmnopqrstuvwxyz']
const arabicLetters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي']

function otherLetter(random: Random, letter: string) {
	const alphabet = /\p{Script=Arabic}/u.test(letter) ? arabicLetters : latinLetters
	const folded = foldWord(letter)
	let other = letter
	while (foldWord(other) === folded) other = pick(random, alphabet)
	return other
}

const harakat = ['\u064e', '\u064f', '\u0650', '\u0652']
const shadda = '\u0651'

/** Arabic written with its short vowels, as in a Quranic or teaching text or a careful typist: "الضَّحَايَا". */
export function withDiacritics(random: Random, word: string) {
	let marked = ''
	for (const character of word) {
		marked += character
		if (!/\p{Script=Arabic}/u.test(character)) continue
		if (random() < 0.06) marked += shadda
		if (random() < 0.7) marked += pick(random, harakat)
	}
	return marked
}
