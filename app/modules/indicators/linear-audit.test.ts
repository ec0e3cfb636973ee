import { expect, test } from 'vitest'
import { determinedUnknowns } from './linear-audit.ts'

const equation = (...terms: [number, number][]) => new Map(terms)
const all = new Set([0, 1, 2, 3, 4])

test('two hidden cells in one sum are not determined; a second, different sum over them determines both', () => {
	expect(determinedUnknowns([equation([0, 1], [1, 1])], all)).toEqual(new Set())
	expect(determinedUnknowns([equation([0, 1], [1, 1]), equation([0, 1], [1, -1])], all)).toEqual(new Set([0, 1]))
})

test('a cell pinned through a chain of tables is found, and only the watched unknowns are reported', () => {
	// a + b, b + c, c - d and a - d are known: a - d follows from the others, so a perturbation (+1, -1, +1, +1) is free.
	const chain = [
		equation([0, 1], [1, 1]),
		equation([1, 1], [2, 1]),
		equation([2, 1], [3, -1]),
		equation([0, 1], [3, -1]),
	]
	expect(determinedUnknowns(chain, all)).toEqual(new Set())
	// Once e and d + e are known, d is, and through the chain every other: only the watched ones are reported.
	const closed = [...chain, equation([3, 1], [4, 1]), equation([4, 1])]
	expect(determinedUnknowns(closed, new Set([0, 3]))).toEqual(new Set([0, 3]))
})

test('the same equation twice adds nothing, and a two-by-two table with all its margins determines nothing', () => {
	// x00 x01 / x10 x11 with both rows and both columns summed: one free perturbation (+1 -1 / -1 +1).
	const table = [
		equation([0, 1], [1, 1]),
		equation([2, 1], [3, 1]),
		equation([0, 1], [2, 1]),
		equation([1, 1], [3, 1]),
		equation([0, 1], [1, 1]),
	]
	expect(determinedUnknowns(table, all)).toEqual(new Set())
})
