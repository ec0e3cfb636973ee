import { formatDay, formatTime } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { cityOfTimeZone, utcOffsetAt, zonedDay } from '#app/platform/zoned-time.ts'

/** A span of time as read in one zone: its day(s) and hours. */
export type ZonedSpan = {
	zone: string
	city: string
	startDay: string
	endDay: string | null
	from: string
	to: string
}

function spanIn(start: Date, end: Date, zone: string, language: Language): ZonedSpan {
	const multiDay = zonedDay(start, zone) !== zonedDay(end, zone)
	return {
		zone,
		city: cityOfTimeZone(zone),
		startDay: formatDay(start, language, zone),
		endDay: multiDay ? formatDay(end, language, zone) : null,
		from: formatTime(start, language, zone),
		to: formatTime(end, language, zone),
	}
}

/**
 * When an event happens where it is held and, for a reader elsewhere, in their own zone ("09:00 in Vienna ·
 * 10:00 your time"). Each is computed for the instant itself, so a daylight-saving change between now and the
 * event, in either place, is already accounted for; a reader whose clock reads the same then sees one time.
 */
export function eventWhen(
	event: { startsAt: Date; endsAt: Date; timeZone: string },
	readerZone: string | null,
	language: Language,
) {
	const there = spanIn(event.startsAt, event.endsAt, event.timeZone, language)
	const sameClock =
		!readerZone ||
		(utcOffsetAt(event.startsAt, readerZone) === utcOffsetAt(event.startsAt, event.timeZone) &&
			utcOffsetAt(event.endsAt, readerZone) === utcOffsetAt(event.endsAt, event.timeZone))
	return { there, yours: sameClock ? null : spanIn(event.startsAt, event.endsAt, readerZone, language) }
}
