import { expect, test } from 'vitest'
import {
	addMonths,
	cityOfTimeZone,
	isMonth,
	monthGrid,
	utcToZonedInput,
	zonedDay,
	zonedMonth,
	zonedTimeToUtc,
	utcOffsetAt,
} from './zoned-time.ts'

const utc = (iso: string) => new Date(iso)

test('09:00 in Vienna is 09:00 in Lagos in winter and 08:00 in Lagos in summer', () => {
	const beforeSpring = zonedTimeToUtc('2026-03-28T09:00', 'Europe/Vienna')
	const afterSpring = zonedTimeToUtc('2026-03-30T09:00', 'Europe/Vienna')
	const beforeAutumn = zonedTimeToUtc('2026-10-24T09:00', 'Europe/Vienna')
	const afterAutumn = zonedTimeToUtc('2026-10-26T09:00', 'Europe/Vienna')
	expect(beforeSpring).toEqual(utc('2026-03-28T08:00:00Z'))
	expect(afterSpring).toEqual(utc('2026-03-30T07:00:00Z'))
	expect(beforeAutumn).toEqual(utc('2026-10-24T07:00:00Z'))
	expect(afterAutumn).toEqual(utc('2026-10-26T08:00:00Z'))
	expect(utcToZonedInput(beforeSpring!, 'Africa/Lagos')).toBe('2026-03-28T09:00')
	expect(utcToZonedInput(afterSpring!, 'Africa/Lagos')).toBe('2026-03-30T08:00')
	expect(utcToZonedInput(beforeAutumn!, 'Africa/Lagos')).toBe('2026-10-24T08:00')
	expect(utcToZonedInput(afterAutumn!, 'Africa/Lagos')).toBe('2026-10-26T09:00')
})

test('Lagos keeps one offset all year', () => {
	expect(zonedTimeToUtc('2026-03-29T02:30', 'Africa/Lagos')).toEqual(utc('2026-03-29T01:30:00Z'))
	expect(zonedTimeToUtc('2026-10-25T02:30', 'Africa/Lagos')).toEqual(utc('2026-10-25T01:30:00Z'))
})

test('New York changes on 8 March, three weeks before Vienna, so the two are five hours apart meanwhile', () => {
	expect(zonedTimeToUtc('2026-03-07T09:00', 'America/New_York')).toEqual(utc('2026-03-07T14:00:00Z'))
	expect(zonedTimeToUtc('2026-03-09T09:00', 'America/New_York')).toEqual(utc('2026-03-09T13:00:00Z'))
	const call = zonedTimeToUtc('2026-03-16T09:00', 'America/New_York')
	expect(utcToZonedInput(call!, 'Europe/Vienna')).toBe('2026-03-16T14:00')
	const laterCall = zonedTimeToUtc('2026-03-30T09:00', 'America/New_York')
	expect(utcToZonedInput(laterCall!, 'Europe/Vienna')).toBe('2026-03-30T15:00')
})

test('a wall time skipped by the spring-forward gap does not exist, so it is refused', () => {
	expect(zonedTimeToUtc('2026-03-29T02:30', 'Europe/Vienna')).toBeNull()
	expect(zonedTimeToUtc('2026-03-29T02:00', 'Europe/Vienna')).toBeNull()
	expect(zonedTimeToUtc('2026-03-08T02:30', 'America/New_York')).toBeNull()
	expect(zonedTimeToUtc('2026-03-29T01:59', 'Europe/Vienna')).toEqual(utc('2026-03-29T00:59:00Z'))
	expect(zonedTimeToUtc('2026-03-29T03:00', 'Europe/Vienna')).toEqual(utc('2026-03-29T01:00:00Z'))
})

test('a wall time that happens twice in the autumn overlap means the earlier instant', () => {
	expect(zonedTimeToUtc('2026-10-25T02:30', 'Europe/Vienna')).toEqual(utc('2026-10-25T00:30:00Z'))
	expect(zonedTimeToUtc('2026-11-01T01:30', 'America/New_York')).toEqual(utc('2026-11-01T05:30:00Z'))
	expect(zonedTimeToUtc('2026-10-25T03:00', 'Europe/Vienna')).toEqual(utc('2026-10-25T02:00:00Z'))
})

test('seconds are optional, as browsers may send them', () => {
	expect(zonedTimeToUtc('2026-03-30T09:00:30', 'Europe/Vienna')).toEqual(utc('2026-03-30T07:00:30Z'))
	expect(zonedTimeToUtc('2026-03-30T09:00:30.000', 'Europe/Vienna')).toEqual(utc('2026-03-30T07:00:30Z'))
})

test('malformed times, impossible dates and unknown zones are refused', () => {
	for (const local of [
		'',
		'2026-03-30',
		'2026-03-30 09:00',
		'2026-3-30T09:00',
		'2026-02-29T09:00',
		'2026-04-31T09:00',
		'2026-13-01T09:00',
		'2026-03-30T24:00',
		'2026-03-30T09:60',
		'1899-12-31T09:00',
		'+02026-03-30T09:00',
		'2026-03-30T09:00Z',
		'2026-03-30T09:00\n',
	]) {
		expect(zonedTimeToUtc(local, 'Europe/Vienna'), local).toBeNull()
	}
	expect(zonedTimeToUtc('2028-02-29T09:00', 'Europe/Vienna')).toEqual(utc('2028-02-29T08:00:00Z'))
	expect(zonedTimeToUtc('2026-03-30T09:00', 'Europe/Atlantis')).toBeNull()
	expect(zonedTimeToUtc('2026-03-30T09:00', '')).toBeNull()
})

test('every instant across both 2026 changes survives the trip through the edit form', () => {
	for (const [from, to] of [
		['2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z'],
		['2026-10-24T12:00:00Z', '2026-10-26T00:00:00Z'],
	] as const) {
		for (let ms = Date.parse(from); ms < Date.parse(to); ms += 15 * 60_000) {
			const input = utcToZonedInput(new Date(ms), 'Europe/Vienna')
			const back = zonedTimeToUtc(input, 'Europe/Vienna')
			// The second pass through the autumn overlap shows the same wall time as the first, an hour earlier.
			const secondPass = ms >= Date.parse('2026-10-25T01:00:00Z') && ms < Date.parse('2026-10-25T02:00:00Z')
			expect(back?.getTime(), input).toBe(secondPass ? ms - 3_600_000 : ms)
			expect(utcToZonedInput(back!, 'Europe/Vienna')).toBe(input)
		}
	}
})

test('an event is placed on the day and month it falls on in the chosen zone', () => {
	const lateEvening = utc('2026-01-31T23:30:00Z')
	expect(zonedDay(lateEvening, 'Europe/Vienna')).toBe('2026-02-01')
	expect(zonedMonth(lateEvening, 'Europe/Vienna')).toBe('2026-02')
	expect(zonedDay(lateEvening, 'America/New_York')).toBe('2026-01-31')
	expect(zonedMonth(lateEvening, 'America/New_York')).toBe('2026-01')
	expect(zonedDay(lateEvening, 'Africa/Lagos')).toBe('2026-02-01')
})

test('an invalid date or unknown zone is a programming error, not a silent empty string', () => {
	expect(() => utcToZonedInput(new Date('nonsense'), 'Europe/Vienna')).toThrow(RangeError)
	expect(() => zonedDay(new Date(), 'Europe/Atlantis')).toThrow(RangeError)
})

test('February 2026 starting on Monday runs from 26 January to 1 March in five full weeks', () => {
	const weeks = monthGrid('2026-02', 1)
	expect(weeks).toHaveLength(5)
	expect(weeks[0]).toEqual([
		'2026-01-26',
		'2026-01-27',
		'2026-01-28',
		'2026-01-29',
		'2026-01-30',
		'2026-01-31',
		'2026-02-01',
	])
	expect(weeks[4]).toEqual([
		'2026-02-23',
		'2026-02-24',
		'2026-02-25',
		'2026-02-26',
		'2026-02-27',
		'2026-02-28',
		'2026-03-01',
	])
	const days = weeks.flat()
	expect(days.filter((day) => day.startsWith('2026-02-'))).toHaveLength(28)
	expect(new Set(days).size).toBe(35)
})

test('February 2026 starting on Sunday fills exactly four weeks', () => {
	const weeks = monthGrid('2026-02', 0)
	expect(weeks).toHaveLength(4)
	expect(weeks[0]?.[0]).toBe('2026-02-01')
	expect(weeks[3]?.[6]).toBe('2026-02-28')
})

test('only YYYY-MM months between 1900 and 2199 are months', () => {
	for (const month of ['2026-02', '1900-01', '2199-12']) expect(isMonth(month), month).toBe(true)
	for (const month of ['2026-13', '2026-00', '1899-12', '2200-01', '2026-2', ' 2026-02', '2026-02-01', 202602, null]) {
		expect(isMonth(month), String(month)).toBe(false)
	}
	expect(() => monthGrid('2026-13', 1)).toThrow(RangeError)
})

test('moving between months crosses years and stops at the edge of the range', () => {
	expect(addMonths('2026-12', 1)).toBe('2027-01')
	expect(addMonths('2026-01', -1)).toBe('2025-12')
	expect(addMonths('2026-03', -14)).toBe('2025-01')
	expect(addMonths('2026-03', 0)).toBe('2026-03')
	expect(addMonths('2199-12', 1)).toBeNull()
	expect(addMonths('1900-01', -1)).toBeNull()
})

test('a zone is named after its city, as people say it', () => {
	expect(cityOfTimeZone('Europe/Vienna')).toBe('Vienna')
	expect(cityOfTimeZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires')
	expect(cityOfTimeZone('America/New_York')).toBe('New York')
	expect(cityOfTimeZone('UTC')).toBe('UTC')
})

test('the offset from UTC follows each zone’s own rules: Vienna changes with the seasons, Lagos never', () => {
	const hour = 3_600_000
	const summer = new Date('2026-06-15T07:00:00Z')
	const winter = new Date('2026-12-15T08:00:00Z')
	expect(utcOffsetAt(summer, 'Europe/Vienna')).toBe(2 * hour)
	expect(utcOffsetAt(winter, 'Europe/Vienna')).toBe(hour)
	expect(utcOffsetAt(summer, 'Africa/Lagos')).toBe(hour)
	expect(utcOffsetAt(winter, 'Africa/Lagos')).toBe(hour)
})
