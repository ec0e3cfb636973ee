/**
 * How many items each word of the generated library is in, so the benchmark knows which queries are broad and
 * which are selective. Words are folded about as the index folds them (case, accents, Arabic diacritics, letter
 * forms and article), kept independent of the engine under test on purpose.
 */

const wordPattern = /[\p{L}\p{N}]+/gu
const arabicFolds: Record<string, string> = { ة: 'ه', ى: 'ي', ٱ: 'ا', ـ: '' }
const arabicArticle = /^(?:[وفبك]?ال|لل)(?=\p{L}{2,}$)/u

/** A word as a reader's query and the index both see it, whatever way it was written. */
export function foldWord(word: string) {
	let folded = ''
	for (const character of word) {
		const code = character.codePointAt(0)!
		if (code >= 0x0660 && code <= 0x0669) folded += String(code - 0x0660)
		else folded += arabicFolds[character] ?? character.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
	}
	return folded.replace(arabicArticle, '')
}

type Tally = { items: number; lastItem: number; written: string }

export class WordCensus {
	private readonly tallies = new Map<string, Tally>()
	private readonly folds = new Map<string, string[]>()
	private items = 0
	private sorted: string[] = []
	/** cumulative[i]: the items of the first i sorted words, added up (an item with two of them counts twice). */
	private cumulative = new Float64Array(1)

	/**
	 * A census from an index's own counts (words as it folded them, and how many entries hold each) rather than from
	 * the texts: for a dataset generated earlier, whose texts are no longer at hand.
	 */
	static fromCounts(itemCount: number, counts: Iterable<[word: string, items: number]>) {
		const census = new WordCensus()
		census.items = itemCount
		for (const [word, items] of counts) {
			const folded = foldWord(word)
			const tally = census.tallies.get(folded)
			if (tally) tally.items += items
			else census.tallies.set(folded, { items, lastItem: 0, written: word })
		}
		census.finish()
		return census
	}

	/** Counts each word of one item once. */
	addItem(words: Iterable<string>) {
		const item = ++this.items
		for (const written of words) {
			let folded = this.folds.get(written)
			if (!folded) {
				folded = (written.match(wordPattern) ?? []).map(foldWord)
				this.folds.set(written, folded)
			}
			for (const word of folded) {
				const tally = this.tallies.get(word)
				if (!tally) this.tallies.set(word, { items: 1, lastItem: item, written })
				else if (tally.lastItem !== item) {
					tally.items++
					tally.lastItem = item
				}
			}
		}
	}

	/** Sorts the words for prefix counts; call once every item is in. */
	finish() {
		this.folds.clear()
		this.sorted = [...this.tallies.keys()].sort()
		this.cumulative = new Float64Array(this.sorted.length + 1)
		this.sorted.forEach((word, index) => (this.cumulative[index + 1] = this.cumulative[index]! + this.count(word)))
	}

	get itemCount() {
		return this.items
	}

	get distinctWords() {
		return this.tallies.size
	}

	/** The items a folded word is in. */
	count(folded: string) {
		return this.tallies.get(folded)?.items ?? 0
	}

	/** At most how many items a query term matches, as the engine matches it: as the start of any word. */
	prefixCount(folded: string) {
		return this.cumulative[this.firstAtOrAfter(`${folded}\uffff`)]! - this.cumulative[this.firstAtOrAfter(folded)]!
	}

	/** The word as one item wrote it, accents and all. */
	written(folded: string) {
		const written = this.tallies.get(folded)?.written ?? folded
		return written.match(wordPattern)?.find((part) => foldWord(part) === folded) ?? folded
	}

	/** Every folded word counted, for picking queries by frequency. */
	words() {
		return this.sorted
	}

	private firstAtOrAfter(word: string) {
		let low = 0
		let high = this.sorted.length
		while (low < high) {
			const middle = (low + high) >>> 1
			if (this.sorted[middle]! < word) low = middle + 1
			else high = middle
		}
		return low
	}
}
