import fc from 'fast-check'
import { expect, test } from 'vitest'
import { cellKey, type CountRow, totalLine } from './cells.ts'
import { hiddenCells } from './suppression.ts'
import { hiddenInSeries, suppressGroups } from './suppression-groups.ts'

const row = (month: string, count: number, line: Partial<CountRow> = {}): CountRow => ({
	place: '',
	organisationId: '',
	breakdown: '',
	value: '',
	month,
	count,
	...line,
})
const world = totalLine('')
const shownOf = (result: { counts: Map<string, number>; hidden: Set<string> }, key: string) =>
	result.hidden.has(key) ? 'hidden' : (result.counts.get(key) ?? 0)

test('one group alone hides exactly what hiddenCells hides', () => {
	fc.assert(
		fc.property(fc.array(fc.nat(30), { maxLength: 6 }), fc.nat(20), (listed, extra) => {
			const total = listed.reduce((all, count) => all + count, 0) + extra
			const members = listed.map((_, index) => `cell ${index}`)
			const counts = new Map([['total', total], ...members.map((key, index) => [key, listed[index]!] as const)])
			const hidden = suppressGroups(counts, [{ total: 'total', members }])
			expect(members.map((key) => hidden.has(key))).toEqual(hiddenCells(total, listed))
		}),
	)
})

test('cells that count things twice hide only their small ones, as hiddenCells does', () => {
	const counts = new Map([
		['total', 6],
		['a', 6],
		['b', 6],
		['c', 2],
	])
	expect([...suppressGroups(counts, [{ total: 'total', members: ['a', 'b', 'c'] }])]).toEqual(['c'])
})

test('a quarter hidden beside a small quarter hides one of its months too, or its months would add up to it', () => {
	// Q1 = 3 is small; Q2 = 12 is hidden with it so the year (40) does not give Q1 away. Q2's months 0, 0, 12 would
	// add up to Q2, so its one counted month is hidden as well.
	const rows = [row('2026-02', 3), row('2026-06', 12), row('2026-07', 12), row('2026-10', 13)]
	const result = hiddenInSeries(rows, { kind: 'flow', year: '2026' })
	expect(shownOf(result, cellKey(world, '2026'))).toBe(40)
	expect(shownOf(result, cellKey(world, '2026-Q1'))).toBe('hidden')
	expect(shownOf(result, cellKey(world, '2026-Q2'))).toBe('hidden')
	expect(shownOf(result, cellKey(world, '2026-Q3'))).toBe(12)
	expect(shownOf(result, cellKey(world, '2026-02'))).toBe('hidden')
	expect(shownOf(result, cellKey(world, '2026-06'))).toBe('hidden')
	expect(shownOf(result, cellKey(world, '2026-07'))).toBe(12)
})

test('a small country takes the next smallest country with it, and its region and the other regions stay consistent', () => {
	const rows = [
		...[
			['', 40],
			['FR', 3],
			['DE', 9],
			['MA', 28],
			['region:europe', 12],
			['region:africa', 28],
		].map(([place, count]) => row('2026-03', count as number, { place: place as string })),
	]
	const result = hiddenInSeries(rows, { kind: 'flow', year: '2026' })
	const at = (place: string) => shownOf(result, cellKey(totalLine(place), '2026-03'))
	expect(at('')).toBe(40)
	expect(at('FR')).toBe('hidden')
	// Europe (12) less Germany would give France away, and the world less Morocco would too.
	expect(at('DE')).toBe('hidden')
	expect(at('MA')).toBe(28)
	expect(at('region:europe')).toBe(12)
})

test('an organisation is hidden when the rest of the whole is small, and shown when both parts are not', () => {
	const rows = [
		row('2026-05', 30),
		row('2026-05', 27, { organisationId: 'org-a' }),
		row('2026-05', 10, { organisationId: 'org-b' }),
	]
	const result = hiddenInSeries(rows, { kind: 'flow', year: '2026' })
	expect(shownOf(result, cellKey(totalLine('', 'org-a'), '2026-Q2'))).toBe('hidden')
	expect(shownOf(result, cellKey(totalLine('', 'org-b'), '2026-Q2'))).toBe(10)
	expect(shownOf(result, cellKey(world, '2026-Q2'))).toBe(30)
})

test('a breakdown value small in a quarter is hidden with its complement, and its year shows when it is not small', () => {
	const gender = (value: string, month: string, count: number) => row(month, count, { breakdown: 'gender', value })
	const rows = [
		row('2026-01', 20),
		gender('woman', '2026-01', 2),
		gender('man', '2026-01', 18),
		row('2026-04', 20),
		gender('woman', '2026-04', 10),
		gender('man', '2026-04', 10),
	]
	const result = hiddenInSeries(rows, { kind: 'flow', year: '2026' })
	const at = (value: string, span: string) => shownOf(result, cellKey({ ...world, breakdown: 'gender', value }, span))
	expect(at('woman', '2026-Q1')).toBe('hidden')
	expect(at('man', '2026-Q1')).toBe('hidden')
	// The year (12 women) less the second quarter's 10 would give the first quarter's 2 away, so a second quarter
	// of each value is hidden with it.
	expect(at('woman', '2026')).toBe(12)
	expect(at('woman', '2026-Q2')).toBe('hidden')
	expect(at('man', '2026-Q2')).toBe('hidden')
})

test('a stock is suppressed month by month, its countries against the world', () => {
	const rows = [row('2026-06', 9), row('2026-06', 2, { place: 'FR' }), row('2026-06', 7, { place: 'DE' })]
	const result = hiddenInSeries(rows, { kind: 'stock', year: '2026' })
	expect(shownOf(result, cellKey(totalLine('FR'), '2026-06'))).toBe('hidden')
	expect(shownOf(result, cellKey(totalLine('DE'), '2026-06'))).toBe('hidden')
	expect(shownOf(result, cellKey(world, '2026-06'))).toBe(9)
	expect(result.counts.has(cellKey(world, '2026-Q2'))).toBe(false)
})

test('the answer for the world does not depend on whether breakdowns and organisations are read with it', () => {
	const base = [
		row('2026-02', 3),
		row('2026-03', 9),
		row('2026-02', 3, { place: 'FR' }),
		row('2026-03', 9, { place: 'FR' }),
	]
	const more = [
		...base,
		row('2026-02', 1, { breakdown: 'course', value: 'c1' }),
		row('2026-03', 9, { organisationId: 'org-a' }),
	]
	const alone = hiddenInSeries(base, { kind: 'flow', year: '2026' })
	const together = hiddenInSeries(more, { kind: 'flow', year: '2026' })
	for (const key of alone.counts.keys()) expect(together.hidden.has(key), key).toBe(alone.hidden.has(key))
})
