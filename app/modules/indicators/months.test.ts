import { expect, test } from 'vitest'
import { addMonths, lastQuarter, monthBounds, monthsFrom, parsePeriod } from './months.ts'

test('months step across years', () => {
	expect(addMonths('2026-11', 3)).toBe('2027-02')
	expect(addMonths('2026-01', -1)).toBe('2025-12')
	expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
})

test('a month runs from its first instant to the next month’s, in UTC', () => {
	expect(monthBounds('2026-12')).toEqual({
		start: new Date('2026-12-01T00:00:00Z'),
		end: new Date('2027-01-01T00:00:00Z'),
	})
})

test('a period is a year or a quarter, and nothing else', () => {
	expect(parsePeriod('2026-Q3')).toEqual({ id: '2026-Q3', year: 2026, quarter: 3, from: '2026-07', to: '2026-09' })
	expect(parsePeriod('2026')).toEqual({ id: '2026', year: 2026, from: '2026-01', to: '2026-12' })
	for (const odd of ['2026-Q5', '2026-Q0', '26', '2026-07', '', '9999', '2026-q3', '2026-Q3 '])
		expect(parsePeriod(odd), odd).toBeNull()
})

test('the last quarter is the one before the current', () => {
	expect(lastQuarter(new Date('2026-12-07T12:00:00Z')).id).toBe('2026-Q3')
	expect(lastQuarter(new Date('2027-02-01T00:00:00Z')).id).toBe('2026-Q4')
})
