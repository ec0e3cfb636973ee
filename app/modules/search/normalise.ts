/**
 * Search text normalisation, shared by indexing, querying and highlighting, so the three
 * always agree: case, accents and Arabic diacritics are dropped, Arabic letter variants
 * folded (alef with hamza or madda to bare alef, taa marbuta to haa, alef maqsura to yaa),
 * tatweel removed and Arabic-Indic digits read as 0-9.
 */
const arabicFolds: Record<string, string> = { ة: 'ه', ى: 'ي', ٱ: 'ا', ـ: '' }

/** Folded characters (at most one per character Unicode has): a library uses a few hundred, and folding one anew costs a Unicode lookup. */
const folded = new Map<string, string>()

function foldCharacter(character: string) {
	let result = folded.get(character)
	if (result === undefined) folded.set(character, (result = foldAnew(character)))
	return result
}

function foldAnew(character: string) {
	const code = character.codePointAt(0)!
	if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
	if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
	// Private-use characters: FTS5 would read them as part of a word, search_words (and highlighting) as a break.
	if (/\p{Co}/u.test(character)) return ' '
	const arabic = arabicFolds[character]
	if (arabic !== undefined) return arabic
	return character.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The normalised text and, for each of its characters, where it came from in the
 * original, so a match found in normalised text can be marked in the text as written.
 */
export function normaliseWithOffsets(text: string) {
	let normalised = ''
	const origins: number[] = []
	let index = 0
	for (const character of text) {
		const folded = foldCharacter(character)
		for (let i = 0; i < folded.length; i++) origins.push(index)
		normalised += folded
		index += character.length
	}
	return { normalised, origins }
}

/** Plain ASCII letters, digits, spaces and punctuation: folding them is lower-casing them. */
const plainAscii = /^[\t\n\r\x20-\x7e]*$/

export function normaliseForSearch(text: string) {
	if (plainAscii.test(text)) return text.toLowerCase()
	let normalised = ''
	for (const character of text) normalised += foldCharacter(character)
	return normalised
}

/** Words as the FTS5 tokenizer sees them: runs of letters and digits. */
export const wordPattern = /[\p{L}\p{N}]+/gu

/** The Arabic definite article, alone or after a conjunction or preposition, before a word of two letters or more. */
const arabicArticle = /^(?:[وفبك]?ال|لل)(?=\p{L}{2,}$)/u

/** A normalised word as the index keeps it: without the Arabic article, so "ضحايا" finds "الضحايا". */
export function indexedWord(word: string) {
	return word.replace(arabicArticle, '')
}

/** Text as the index stores it and queries are matched against it. */
export function searchText(text: string) {
	return normaliseForSearch(text).replace(wordPattern, indexedWord)
}
