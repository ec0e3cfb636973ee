import { expect, test } from 'vitest'
import { hiddenCells } from './suppression.ts'

test('a count from one to four is hidden, zero and five are shown', () => {
	// The hidden 1 and 4 make five together, so nothing else need be hidden.
	expect(hiddenCells(100, [0, 1, 4, 5, 90])).toEqual([false, true, true, false, false])
})

test('one hidden cell takes the smallest shown cell with it, so the total cannot give it away', () => {
	expect(hiddenCells(30, [3, 12, 15])).toEqual([true, true, false])
})

test('hidden cells that are still small together take another cell with them', () => {
	// 1 + 2 = 3 could be read off the total; hiding 6 as well makes the hidden part 9.
	expect(hiddenCells(27, [1, 2, 6, 18])).toEqual([true, true, true, false])
})

test('hidden cells that add up to five or more need no company', () => {
	expect(hiddenCells(27, [3, 4, 20])).toEqual([true, true, false])
})

test('when the total itself is small only the small cells are hidden (the total is hidden too)', () => {
	expect(hiddenCells(4, [1, 3])).toEqual([true, true])
})

test('what the listed cells leave of the total counts as a hidden cell when it is small', () => {
	// 40 of 43 are listed: the 3 left (no gender stated, say) would show, so the smallest listed cell goes with them.
	expect(hiddenCells(43, [12, 28])).toEqual([true, false])
})

test('cells that count things twice hide only their small ones', () => {
	expect(hiddenCells(6, [6, 6, 2])).toEqual([false, false, true])
})
