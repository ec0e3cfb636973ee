// Writes the events feed and "add to calendar" files in RFC 5545 iCalendar. Titles, descriptions and places come
// from members, so every TEXT value is escaped: a line break in a title must never start a property of its own.

export type CalendarEvent = {
	/** Stable across changes, e.g. `${event.id}@atlas`, so calendars update the event instead of adding a copy. */
	uid: string
	/** Increases on each change; calendars ignore an update whose sequence is not higher. */
	sequence: number
	/** When the event last changed (DTSTAMP). */
	stamp: Date
	start: Date
	end: Date
	summary: string
	description: string
	/** "Vienna, Austria" or "Online". */
	location?: string
	/** Absolute link to the event page. */
	url?: string
	cancelled: boolean
	/** Adds a reminder this many minutes before the start. */
	alarmMinutesBefore?: number
}

const maxLineOctets = 75
const productId = '-//Atlas//Events//EN'

/** TEXT escaping (RFC 5545 3.3.11); other control characters are not allowed in TEXT at all, so they are dropped. */
function text(value: string): string {
	return value
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
		.replace(/[\\;,]/g, (character) => `\\${character}`)
		.replace(/\r\n|\r|\n/g, '\\n')
}

/** UTC date-time with Z: one meaning in every zone, and no VTIMEZONE to ship. */
function utcDateTime(date: Date): string {
	const ms = date.getTime()
	if (Number.isNaN(ms)) throw new RangeError('Invalid date in calendar event')
	const iso = date.toISOString()
	if (!/^\d{4}-/.test(iso)) throw new RangeError(`Date out of iCalendar range: ${iso}`)
	return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`
}

/** URI values are not TEXT-escaped, so only a well-formed web address may be written at all. */
function webAddress(value: string): string {
	let url: URL
	try {
		url = new URL(value)
	} catch {
		throw new RangeError(`Not an absolute URL: ${value}`)
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`Not a web address: ${value}`)
	// The URL serializer already percent-encodes spaces and control characters; this holds even if that changes.
	if (/[\u0000-\u0020\u007F]/.test(url.href)) throw new RangeError(`Unsafe URL: ${value}`)
	return url.href
}

function wholeNumber(value: number, what: string): number {
	if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0: ${value}`)
	return value
}

function utf8Length(codePoint: number): number {
	if (codePoint < 0x80) return 1
	if (codePoint < 0x800) return 2
	// Lone surrogates are written as U+FFFD, also three octets.
	if (codePoint < 0x10000) return 3
	return 4
}

/** Folds a content line at 75 octets (RFC 5545 3.1), between characters, never inside one's UTF-8 sequence. */
function fold(line: string): string {
	const lines: string[] = []
	let current = ''
	let octets = 0
	for (const character of line) {
		const length = utf8Length(character.codePointAt(0) ?? 0)
		if (octets + length > maxLineOctets) {
			lines.push(current)
			// A continuation line starts with one space, which counts towards its 75 octets.
			current = ' '
			octets = 1
		}
		current += character
		octets += length
	}
	lines.push(current)
	return lines.join('\r\n')
}

function eventLines(event: CalendarEvent): string[] {
	if (event.end.getTime() <= event.start.getTime()) throw new RangeError(`Event ${event.uid} ends before it starts`)
	const lines = [
		'BEGIN:VEVENT',
		`UID:${text(event.uid)}`,
		`SEQUENCE:${wholeNumber(event.sequence, 'SEQUENCE')}`,
		`DTSTAMP:${utcDateTime(event.stamp)}`,
		`DTSTART:${utcDateTime(event.start)}`,
		`DTEND:${utcDateTime(event.end)}`,
		`SUMMARY:${text(event.summary)}`,
		`DESCRIPTION:${text(event.description)}`,
	]
	if (event.location !== undefined) lines.push(`LOCATION:${text(event.location)}`)
	if (event.url !== undefined) lines.push(`URL:${webAddress(event.url)}`)
	lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`)
	if (event.alarmMinutesBefore !== undefined) {
		lines.push(
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			`TRIGGER:-PT${wholeNumber(event.alarmMinutesBefore, 'Alarm minutes')}M`,
			// DISPLAY alarms require a DESCRIPTION; the title is what a reminder should show.
			`DESCRIPTION:${text(event.summary)}`,
			'END:VALARM',
		)
	}
	lines.push('END:VEVENT')
	return lines
}

/** A whole iCalendar object, CRLF line endings and folded lines included, ready to send as text/calendar. */
export function writeCalendar(calendar: { name: string; events: CalendarEvent[] }): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${productId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(calendar.name)}`,
		...calendar.events.flatMap(eventLines),
		'END:VCALENDAR',
	]
	return lines.map((line) => `${fold(line)}\r\n`).join('')
}
