/**
 * Typo tolerance as readers know it from Meilisearch: a word of five letters or more may hold one typo, of nine
 * or more two. A typo is a letter added, dropped, changed, or two neighbours swapped.
 */
export function typoBudget(word: string) {
	const letters = [...word].length
	return letters >= 9 ? 2 : letters >= 5 ? 1 : 0
}

/**
 * The number of typos between two words, or `limit + 1` as soon as it is sure to be more than `limit`. With
 * `asPrefix`, between `typed` and the closest start of `word`, for a word still being typed.
 */
export function typoDistance(typed: string, word: string, limit: number, asPrefix = false) {
	const a = [...typed]
	const b = [...word]
	if (!asPrefix && Math.abs(a.length - b.length) > limit) return limit + 1
	// Three rows of the edit-distance table: the one before last (for swaps), the last, and the one being filled.
	let before: number[] = []
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
	for (let i = 1; i <= a.length; i++) {
		const current = [i]
		let smallest = i
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
			current.push(value)
			smallest = Math.min(smallest, value)
		}
		if (smallest > limit) return limit + 1
		before = previous
		previous = current
	}
	const distance = asPrefix ? Math.min(...previous) : previous[b.length]!
	return Math.min(distance, limit + 1)
}
