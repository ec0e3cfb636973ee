import { expect, test } from 'vitest'
import { niceTicks } from './ticks.ts'

test('ticks start at zero, reach the largest value and step by a round number', () => {
	expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500])
	expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100])
	expect(niceTicks(101)).toEqual([0, 50, 100, 150])
	expect(niceTicks(10)).toEqual([0, 5, 10])
	expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8])
	expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4])
	expect(niceTicks(5)).toEqual([0, 2, 4, 6])
	expect(niceTicks(250_000)).toEqual([0, 100_000, 200_000, 300_000])
})

test('every axis has 3 to 5 whole-number ticks, the last at or above the max', () => {
	for (let max = 0; max <= 5000; max += 7) {
		const ticks = niceTicks(max)
		expect(ticks.length, String(max)).toBeGreaterThanOrEqual(3)
		expect(ticks.length, String(max)).toBeLessThanOrEqual(5)
		expect(ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max)
		expect(ticks.every(Number.isInteger), String(max)).toBe(true)
	}
})

test('a value between whole numbers still gets whole-number ticks', () => {
	expect(niceTicks(1.5)).toEqual([0, 1, 2])
	expect(niceTicks(33.3)).toEqual([0, 10, 20, 30, 40])
})

test('nothing counted, or a nonsense max, still gives an axis to draw', () => {
	for (const max of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(niceTicks(max)).toEqual([0, 1, 2])
})
