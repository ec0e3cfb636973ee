import { smallestShownCount } from './vocabulary.ts'

/**
 * From one to four: such a count can point at a person (decision 026). Zero is shown: an empty cell says nothing
 * about anyone, and "fewer than 5" for a country with no events would mislead the reader.
 */
export const isSmall = (count: number) => count > 0 && count < smallestShownCount

/**
 * Which cells of a table that adds up to `total` must be hidden. Every small count is (primary suppression); and
 * while the total is shown, the hidden cells together must not be small either, or the total minus the shown cells
 * would give them away: the smallest shown cell is hidden with them until they are not (complementary suppression).
 * The same rule holds for an organisation against the whole (cells: the organisation and everyone else) and for a
 * period's months against its total.
 */
export function hiddenCells(total: number, listed: readonly number[]): boolean[] {
	const sum = listed.reduce((all, count) => all + count, 0)
	// Cells that add up to more than the total count some things twice (a cohort under each of its country pairs):
	// no difference gives one of them away, so only the small ones are hidden.
	if (sum > total) return listed.map(isSmall)
	// What the listed cells leave of the total is a cell too (learners who stated no gender, say).
	const cells = sum < total ? [...listed, total - sum] : listed
	const hidden = cells.map(isSmall)
	if (isSmall(total)) return hidden.slice(0, listed.length)
	const hiddenSum = () => cells.reduce((sum, count, index) => sum + (hidden[index] ? count : 0), 0)
	while (hidden.some(Boolean) && isSmall(hiddenSum())) {
		let smallest = -1
		cells.forEach((count, index) => {
			if (!hidden[index] && count > 0 && (smallest === -1 || count < cells[smallest]!)) smallest = index
		})
		if (smallest === -1) break
		hidden[smallest] = true
	}
	return hidden.slice(0, listed.length)
}
