/**
 * Search text normalisation, shared by indexing, querying and highlighting, so the three
 * always agree: case, accents and Arabic diacritics are dropped, Arabic letter variants
 * folded (alef with hamza or madda to bare alef, taa marbuta to haa, alef maqsura to yaa),
 * tatweel removed and Arabic-Indic digits read as 0-9.
 */
const arabicFolds: Record<string, string> = { ة: 'ه', ى: 'ي', ٱ: 'ا', ـ: '' }

function foldCharacter(character: string) {
	const code = character.codePointAt(0)!
	if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
	if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
	const folded = arabicFolds[character]
	if (folded !== undefined) return folded
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

export function normaliseForSearch(text: string) {
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
