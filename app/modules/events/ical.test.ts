import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import { type CalendarEvent, writeCalendar } from './ical.ts'
import { zonedTimeToUtc } from '#app/platform/zoned-time.ts'

function anEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
	return {
		uid: '42@atlas',
		sequence: 3,
		stamp: new Date('2026-09-01T10:15:00Z'),
		start: new Date('2026-10-24T07:00:00Z'),
		end: new Date('2026-10-24T09:30:00Z'),
		summary: 'Joint investigation teams: lessons learned',
		description: 'Workshop for investigators.\nBring your case notes.',
		location: 'Vienna, Austria',
		url: 'https://atlas.example/en/events/42',
		cancelled: false,
		...overrides,
	}
}

// Calendar programs read the calendar's name as TEXT (escaped like a title); ical.js does not know the property.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' }

/** Reads the calendar back with ical.js, an independent parser, as a subscribing calendar program would. */
function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics))
	return { calendar, events: calendar.getAllSubcomponents('vevent') }
}

function single(ics: string) {
	const { events } = parse(ics)
	expect(events).toHaveLength(1)
	return events[0]!
}

function everyLine(ics: string): string[] {
	expect(ics.endsWith('\r\n')).toBe(true)
	const lines = ics.slice(0, -2).split('\r\n')
	for (const line of lines) {
		expect(line).not.toMatch(/[\r\n]/)
		expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
	}
	return lines
}

test('the calendar says what it is and names itself', () => {
	const ics = writeCalendar({ name: 'Atlas events, Vienna; 2026', events: [anEvent()] })
	const lines = everyLine(ics)
	expect(lines.slice(0, 6)).toEqual([
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Atlas//Events//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'X-WR-CALNAME:Atlas events\\, Vienna\\; 2026',
	])
	expect(lines.at(-1)).toBe('END:VCALENDAR')
	expect(parse(ics).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Atlas events, Vienna; 2026')
})

test('start and end are the same instants in every calendar, on both sides of the October change in Vienna', () => {
	const saturday = anEvent({
		uid: 'sat@atlas',
		start: zonedTimeToUtc('2026-10-24T09:00', 'Europe/Vienna')!,
		end: zonedTimeToUtc('2026-10-24T17:00', 'Europe/Vienna')!,
	})
	const monday = anEvent({
		uid: 'mon@atlas',
		start: zonedTimeToUtc('2026-10-26T09:00', 'Europe/Vienna')!,
		end: zonedTimeToUtc('2026-10-26T17:00', 'Europe/Vienna')!,
	})
	const ics = writeCalendar({ name: 'Atlas', events: [saturday, monday] })
	everyLine(ics)
	expect(ics).toContain('DTSTART:20261024T070000Z\r\n')
	expect(ics).toContain('DTSTART:20261026T080000Z\r\n')
	const parsed = parse(ics).events.map((vevent) => new ICAL.Event(vevent))
	expect(parsed.map((event) => [event.uid, event.startDate.toJSDate(), event.endDate.toJSDate()])).toEqual([
		['sat@atlas', saturday.start, saturday.end],
		['mon@atlas', monday.start, monday.end],
	])
	expect(parsed.every((event) => event.startDate.zone === ICAL.Timezone.utcTimezone)).toBe(true)
})

test('identity, version, stamp and status survive so calendars update and cancel the right event', () => {
	const confirmed = single(writeCalendar({ name: 'Atlas', events: [anEvent()] }))
	expect(confirmed.getFirstPropertyValue('uid')).toBe('42@atlas')
	expect(confirmed.getFirstPropertyValue('sequence')).toBe(3)
	expect(confirmed.getFirstPropertyValue('status')).toBe('CONFIRMED')
	expect((confirmed.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate()).toEqual(new Date('2026-09-01T10:15:00Z'))
	expect(confirmed.getFirstPropertyValue('location')).toBe('Vienna, Austria')
	expect(confirmed.getFirstPropertyValue('url')).toBe('https://atlas.example/en/events/42')
	expect(confirmed.getFirstPropertyValue('description')).toBe('Workshop for investigators.\nBring your case notes.')

	const cancelled = single(writeCalendar({ name: 'Atlas', events: [anEvent({ sequence: 4, cancelled: true })] }))
	expect(cancelled.getFirstPropertyValue('sequence')).toBe(4)
	expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED')
})

test('a reminder is an alarm shown the chosen minutes before the start, and only when asked for', () => {
	const withAlarm = single(writeCalendar({ name: 'Atlas', events: [anEvent({ alarmMinutesBefore: 30 })] }))
	const alarms = withAlarm.getAllSubcomponents('valarm')
	expect(alarms).toHaveLength(1)
	expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY')
	expect(alarms[0]!.getFirstPropertyValue('description')).toBe('Joint investigation teams: lessons learned')
	const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration
	expect(trigger.toSeconds()).toBe(-30 * 60)

	const withoutAlarm = single(writeCalendar({ name: 'Atlas', events: [anEvent()] }))
	expect(withoutAlarm.getAllSubcomponents('valarm')).toHaveLength(0)
})

test('long Arabic titles and emoji fold at 75 octets between characters and unfold to the same text', () => {
	const summary = 'ورشة عمل حول التحقيقات المشتركة في قضايا الاتجار بالبشر، '.repeat(4).slice(0, 200)
	expect(summary).toHaveLength(200)
	const ics = writeCalendar({
		name: 'أطلس',
		events: [anEvent({ summary, location: 'Genève, Suisse', description: '🇦🇹🇳🇬'.repeat(30) })],
	})
	const lines = everyLine(ics)
	const summaryLines = lines.slice(lines.findIndex((line) => line.startsWith('SUMMARY:')))
	expect(summaryLines[1]?.startsWith(' ')).toBe(true)
	// Each line decodes on its own: no UTF-8 sequence was cut in two.
	for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line))).toBe(line)
	const parsed = parse(ics)
	expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('أطلس')
	expect(parsed.events[0]!.getFirstPropertyValue('summary')).toBe(summary)
	expect(parsed.events[0]!.getFirstPropertyValue('location')).toBe('Genève, Suisse')
	expect(parsed.events[0]!.getFirstPropertyValue('description')).toBe('🇦🇹🇳🇬'.repeat(30))
})

test('a hostile title stays one property of one event and adds nothing', () => {
	const hostile =
		'Briefing\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nATTENDEE:mailto:x@evil.example\nSTATUS:CANCELLED\r; \\, done\u0000\u001b'
	const ics = writeCalendar({
		name: 'Atlas\r\nX-EVIL:1',
		events: [anEvent({ summary: hostile, description: 'END:VCALENDAR\r\n', location: 'Online\nURL:https://evil' })],
	})
	const lines = everyLine(ics)
	expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1)
	expect(lines.filter((line) => /^(ATTENDEE|X-EVIL|URL:https:\/\/evil)/.test(line))).toEqual([])

	const { calendar, events } = parse(ics)
	expect(events).toHaveLength(1)
	const event = events[0]!
	expect(event.getFirstPropertyValue('uid')).toBe('42@atlas')
	expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED')
	expect(event.getAllProperties('attendee')).toHaveLength(0)
	expect(event.getAllProperties('summary')).toHaveLength(1)
	expect(event.getFirstPropertyValue('summary')).toBe(
		'Briefing\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nATTENDEE:mailto:x@evil.example\nSTATUS:CANCELLED\n; \\, done',
	)
	expect(event.getFirstPropertyValue('description')).toBe('END:VCALENDAR\n')
	expect(event.getFirstPropertyValue('location')).toBe('Online\nURL:https://evil')
	expect(event.getFirstPropertyValue('url')).toBe('https://atlas.example/en/events/42')
	expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Atlas\nX-EVIL:1')
	expect(calendar.getAllProperties('x-evil')).toHaveLength(0)
})

test('a link that is not a web address is refused rather than written unescaped', () => {
	for (const url of ['javascript:alert(1)', 'events/42', 'https://atlas.example/a b\r\nX-EVIL:1']) {
		const write = () => writeCalendar({ name: 'Atlas', events: [anEvent({ url })] })
		if (url.startsWith('https:')) {
			// The URL parser percent-encodes the space and drops the line break, so nothing can start a line.
			const lines = everyLine(write())
			expect(lines.filter((line) => line.startsWith('X-EVIL'))).toEqual([])
			expect(single(write()).getFirstPropertyValue('url')).toBe('https://atlas.example/a%20bX-EVIL:1')
		} else {
			expect(write, url).toThrow(RangeError)
		}
	}
})

test('an event that ends before it starts, or an impossible sequence, is not written', () => {
	expect(() => writeCalendar({ name: 'Atlas', events: [anEvent({ end: new Date('2026-10-24T06:00:00Z') })] })).toThrow(
		RangeError,
	)
	expect(() => writeCalendar({ name: 'Atlas', events: [anEvent({ sequence: -1 })] })).toThrow(RangeError)
	expect(() => writeCalendar({ name: 'Atlas', events: [anEvent({ alarmMinutesBefore: 1.5 })] })).toThrow(RangeError)
	expect(() => writeCalendar({ name: 'Atlas', events: [anEvent({ stamp: new Date('nonsense') })] })).toThrow(RangeError)
})

test('an empty calendar is still a valid one', () => {
	const ics = writeCalendar({ name: 'Atlas', events: [] })
	expect(everyLine(ics)).toHaveLength(7)
	expect(parse(ics).events).toHaveLength(0)
})
