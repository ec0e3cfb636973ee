import { expect, test } from 'vitest'
import { layoutXLabels, splitLabel } from './x-labels.ts'

const monthsOf = (year: number, names: string[]) => names.map((name) => `${name} ${year}`)
const english = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const french = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
const texts = (layout: ReturnType<typeof layoutXLabels>, kind: 'month' | 'year') =>
	layout.labels.filter((label) => label.kind === kind).map((label) => label.text)

test('a label splits into its month and its year at the last space', () => {
	expect(splitLabel('juil. 2026')).toEqual({ month: 'juil.', year: '2026' })
	expect(splitLabel('يوليو 2026')).toEqual({ month: 'يوليو', year: '2026' })
	expect(splitLabel('2026')).toEqual({ month: '2026', year: '' })
})

test('short month names sit on one row, the year once below them', () => {
	const layout = layoutXLabels(monthsOf(2026, english), 26, 12)
	expect(texts(layout, 'month')).toEqual(english)
	expect(layout.labels.every((label) => label.kind === 'year' || label.row === 0)).toBe(true)
	expect(layout.labels.filter((label) => label.kind === 'year')).toEqual([
		{ index: 0, text: '2026', row: 1, kind: 'year' },
	])
	expect(layout.rows).toBe(2)
})

test('month names too wide for their bar take two rows, alternately', () => {
	const layout = layoutXLabels(monthsOf(2026, french), 26, 12)
	expect(texts(layout, 'month')).toEqual(french)
	expect(layout.labels.filter((label) => label.kind === 'month').map((label) => label.row)).toEqual(
		Array.from({ length: 12 }, (_, index) => index % 2),
	)
	expect(layout.rows).toBe(3)
})

test('past twelve months each month is cut to its first letter, and every new year is said', () => {
	const layout = layoutXLabels([...monthsOf(2026, english), ...monthsOf(2027, english)], 13, 12)
	expect(texts(layout, 'month')).toEqual([...'JFMAMJJASONDJFMAMJJASOND'])
	expect(layout.labels.filter((label) => label.kind === 'year').map((label) => [label.index, label.text])).toEqual([
		[0, '2026'],
		[12, '2027'],
	])
})

test('a year with no room before the next one is left to the months that follow', () => {
	const layout = layoutXLabels(['Dec 2025', ...monthsOf(2026, english).slice(0, 11)], 26, 12)
	expect(texts(layout, 'year')).toEqual(['2026'])
})

test('when even letters would touch, only every few bars are named', () => {
	const layout = layoutXLabels(monthsOf(2026, english), 4, 12)
	expect(texts(layout, 'month')).toEqual(['J', 'A', 'J', 'O'])
})
