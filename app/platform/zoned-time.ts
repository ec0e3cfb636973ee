// Events happen at one instant, but organisers type wall-clock times in the event's zone and readers see them in
// theirs. Intl carries the zone rules (the IANA database shipped with Node), so no date library is needed.

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/
const monthPattern = /^(\d{4})-(\d{2})$/
// Wide enough for any event, narrow enough that four-digit years and Date.UTC never surprise us.
const firstYear = 1900
const lastYear = 2199
const dayMs = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
	const known = formatters.get(timeZone)
	if (known) return known
	let formatter: Intl.DateTimeFormat
	try {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		})
	} catch {
		return null
	}
	formatters.set(timeZone, formatter)
	return formatter
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallClockAt(ms: number, formatter: Intl.DateTimeFormat): WallClock {
	const parts: Record<string, number> = {}
	for (const part of formatter.formatToParts(ms)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value)
	}
	return {
		year: parts.year ?? NaN,
		month: parts.month ?? NaN,
		day: parts.day ?? NaN,
		hour: parts.hour ?? NaN,
		minute: parts.minute ?? NaN,
		second: parts.second ?? NaN,
	}
}

function wallClockAsUtc(wall: WallClock): number {
	return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(ms: number, formatter: Intl.DateTimeFormat): number {
	const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000)
	return wallClockAsUtc(wallClockAt(wholeSeconds, formatter)) - wholeSeconds
}

/** How far the zone's clock is ahead of UTC at an instant (ms); two zones read the same time when these are equal. */
export function utcOffsetAt(instant: Date, timeZone: string): number {
	return offsetAt(instant.getTime(), requireFormatter(timeZone))
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/**
 * The instant a wall-clock time (as sent by `<input type="datetime-local">`) means in an IANA zone. Null when the
 * input is malformed, the zone unknown, or the time skipped by a spring-forward gap; in an autumn overlap the
 * earlier of the two instants wins, as most calendar programs choose.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | null {
	const match = localDateTime.exec(local)
	const formatter = formatterFor(timeZone)
	if (!match || !formatter) return null
	const field = (index: number) => Number(match[index] ?? 0)
	const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)]
	if (year < firstYear || year > lastYear || month < 1 || month > 12) return null
	if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null
	const wallMs = Date.UTC(year, month - 1, day, hour, minute, second)
	// A zone changes its offset at most once around any given day, so the offsets in force a day either side are
	// the only candidates; one is right when the zone really shows this wall time at the instant it gives.
	const candidates = new Set([wallMs - dayMs, wallMs, wallMs + dayMs].map((ms) => offsetAt(ms, formatter)))
	const instants = [...candidates]
		.map((offset) => wallMs - offset)
		.filter((instant) => offsetAt(instant, formatter) === wallMs - instant)
	return instants.length === 0 ? null : new Date(Math.min(...instants))
}

function requireFormatter(timeZone: string): Intl.DateTimeFormat {
	const formatter = formatterFor(timeZone)
	if (!formatter) throw new RangeError(`Unknown time zone: ${timeZone}`)
	return formatter
}

function zonedWallClock(instant: Date, timeZone: string): WallClock {
	const ms = instant.getTime()
	if (Number.isNaN(ms)) throw new RangeError('Invalid date')
	return wallClockAt(ms, requireFormatter(timeZone))
}

/** "YYYY-MM-DDTHH:mm" in the zone, the value an edit form's datetime-local input expects. */
export function utcToZonedInput(instant: Date, timeZone: string): string {
	const wall = zonedWallClock(instant, timeZone)
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`
}

/** The calendar day ("YYYY-MM-DD") the instant falls on in the zone. */
export function zonedDay(instant: Date, timeZone: string): string {
	const wall = zonedWallClock(instant, timeZone)
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

/** The month ("YYYY-MM") the instant falls in in the zone. */
export function zonedMonth(instant: Date, timeZone: string): string {
	const wall = zonedWallClock(instant, timeZone)
	return `${pad(wall.year, 4)}-${pad(wall.month)}`
}

/** A "YYYY-MM" month Atlas can show; anything else in a query string is not one. */
export function isMonth(value: unknown): value is string {
	if (typeof value !== 'string') return false
	const match = monthPattern.exec(value)
	if (!match) return false
	const year = Number(match[1])
	const month = Number(match[2])
	return year >= firstYear && year <= lastYear && month >= 1 && month <= 12
}

function parseMonth(month: string): { year: number; month: number } {
	if (!isMonth(month)) throw new RangeError(`Not a month: ${month}`)
	return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) }
}

/** The month n months later (earlier when negative), or null past the range `isMonth` accepts. */
export function addMonths(month: string, n: number): string | null {
	if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`)
	const start = parseMonth(month)
	const index = start.year * 12 + start.month - 1 + n
	const result = `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
	return isMonth(result) ? result : null
}

/**
 * The weeks of a month calendar, each seven "YYYY-MM-DD" days, padded with the neighbour months' days so the
 * first week starts on `weekStartsOn` (0 Sunday, 1 Monday) and the last week is full.
 */
export function monthGrid(month: string, weekStartsOn: 0 | 1): string[][] {
	const { year, month: monthNumber } = parseMonth(month)
	const first = Date.UTC(year, monthNumber - 1, 1)
	const leading = (new Date(first).getUTCDay() - weekStartsOn + 7) % 7
	const weekCount = Math.ceil((leading + daysInMonth(year, monthNumber)) / 7)
	const weeks: string[][] = []
	for (let week = 0; week < weekCount; week++) {
		const days: string[] = []
		for (let weekday = 0; weekday < 7; weekday++) {
			const date = new Date(first + (week * 7 + weekday - leading) * dayMs)
			days.push(date.toISOString().slice(0, 10))
		}
		weeks.push(days)
	}
	return weeks
}

/** The place a zone is named after, for sentences like "09:00 in Vienna": "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function cityOfTimeZone(timeZone: string): string {
	const last = timeZone.split('/').at(-1) ?? timeZone
	return last.replaceAll('_', ' ')
}
