import { expect, test } from 'vitest'
import { type CountRow, totalLine } from './cells.ts'
import { parsePeriod } from './months.ts'
import {
	monthReading,
	periodReading,
	progressOf,
	seriesTable,
	shareReading,
	trendMonths,
	yearToDateReading,
} from './series-view.ts'

const row = (month: string, count: number, place = ''): CountRow => ({
	place,
	organisationId: '',
	breakdown: '',
	value: '',
	month,
	count,
})
const world = totalLine('')
const now = new Date('2026-08-10T12:00:00Z')
const period = (id: string) => parsePeriod(id)!

test('a flow adds up its months; a quarter not begun has no value', () => {
	const table = seriesTable([row('2026-01', 6), row('2026-02', 7), row('2026-07', 9)], {
		kind: 'flow',
		counted: { from: null, through: '2026-08' },
		years: [2026],
		exact: false,
	})
	expect(periodReading(table, world, period('2026'), now)).toEqual({ value: 22 })
	expect(periodReading(table, world, period('2026-Q1'), now)).toEqual({ value: 13 })
	expect(periodReading(table, world, period('2026-Q4'), now)).toEqual({ value: null })
	expect(yearToDateReading(table, world, period('2026-Q3'), now)).toEqual({ value: 22 })
	expect(monthReading(table, world, '2026-09')).toEqual({ value: null })
	expect(monthReading(table, world, '2026-05')).toEqual({ value: 0 })
})

test('a stock is read at the last month counted in the period, never a month to come', () => {
	const table = seriesTable([row('2026-06', 40), row('2026-07', 42), row('2026-08', 41)], {
		kind: 'stock',
		counted: { from: null, through: '2026-07' },
		years: [2026],
		exact: false,
	})
	expect(periodReading(table, world, period('2026'), now)).toEqual({ value: 42 })
	expect(periodReading(table, world, period('2026-Q2'), now)).toEqual({ value: 40 })
	// A snapshot counted from July on has nothing to say about the months before.
	const snapshot = { ...table, counted: { from: '2026-07', through: '2026-08' } }
	expect(periodReading(snapshot, world, period('2026-Q2'), now)).toEqual({ value: null })
	expect(periodReading(snapshot, world, period('2026-Q3'), now)).toEqual({ value: 41 })
})

test('a hidden quarter hides the year-to-date sum made with it, and a share made from it', () => {
	// The first quarter (3) is small; the third (20) is hidden with it so the year does not give it away.
	const table = seriesTable([row('2026-01', 3), row('2026-04', 30), row('2026-07', 20)], {
		kind: 'flow',
		counted: { from: null, through: '2026-08' },
		years: [2026],
		exact: false,
	})
	expect(monthReading(table, world, '2026-01')).toEqual({ value: null, withheld: true })
	expect(yearToDateReading(table, world, period('2026-Q2'), now)).toMatchObject({ withheld: true })
	expect(shareReading({ value: null, withheld: true }, { value: 40 })).toEqual({ value: null, withheld: true })
	expect(shareReading({ value: 10 }, { value: 40 })).toEqual({ value: 25 })
	expect(shareReading({ value: 0 }, { value: 0 })).toEqual({ value: null })
	const exact = seriesTable([row('2026-01', 3)], {
		kind: 'flow',
		counted: { from: null, through: '2026-08' },
		years: [2026],
		exact: true,
	})
	expect(monthReading(exact, world, '2026-01')).toEqual({ value: 3 })
})

test('a target is met once reached, missed only when the year ended short of it', () => {
	expect(progressOf({ value: 12 }, 10, 2026, now)).toBe('met')
	expect(progressOf({ value: 8 }, 10, 2026, now)).toBe('not-yet')
	expect(progressOf({ value: 8 }, 10, 2025, now)).toBe('missed')
	expect(progressOf({ value: null, withheld: true }, 10, 2026, now)).toBeNull()
	expect(progressOf({ value: 8 }, null, 2026, now)).toBeNull()
	// A ceiling on a stock (certificates expired): met while under it, missed if still over at the year's end.
	const stock = { better: 'less', kind: 'stock' } as const
	expect(progressOf({ value: 8 }, 10, 2026, now, stock)).toBe('met')
	expect(progressOf({ value: 12 }, 10, 2026, now, stock)).toBe('not-yet')
	expect(progressOf({ value: 12 }, 10, 2025, now, stock)).toBe('missed')
	// A ceiling on a flow (searches that found nothing): missed once past it, met only when the year is over.
	const flow = { better: 'less', kind: 'flow' } as const
	expect(progressOf({ value: 8 }, 10, 2026, now, flow)).toBe('not-yet')
	expect(progressOf({ value: 12 }, 10, 2026, now, flow)).toBe('missed')
	expect(progressOf({ value: 8 }, 10, 2025, now, flow)).toBe('met')
})

test('the trend is the twelve months ending with the period, or with the current month', () => {
	expect(trendMonths(period('2025-Q2'), now)).toEqual([
		'2024-07',
		'2024-08',
		'2024-09',
		'2024-10',
		'2024-11',
		'2024-12',
		'2025-01',
		'2025-02',
		'2025-03',
		'2025-04',
		'2025-05',
		'2025-06',
	])
	expect(trendMonths(period('2026'), now).at(-1)).toBe('2026-08')
})
