import { findPersonalData } from '#app/modules/forums/personal-data.ts'
import { type ChannelKind, focalPointReminderDays, focalPointStaleDays, maxChannelLength } from './vocabulary.ts'

const day = 24 * 60 * 60 * 1000

/** A focal point confirmed before this moment is shown as possibly out of date. */
export function staleBefore(now: Date) {
	return new Date(now.getTime() - focalPointStaleDays * day)
}

export function isStale(confirmedAt: Date, now: Date) {
	return confirmedAt < staleBefore(now)
}

/** Admins told about a stale focal point before this moment may be told again. */
export function remindAgainBefore(now: Date) {
	return new Date(now.getTime() - focalPointReminderDays * day)
}

export function dueForReminder(focalPoint: { confirmedAt: Date; remindedAt: Date | null }, now: Date) {
	return (
		isStale(focalPoint.confirmedAt, now) && (!focalPoint.remindedAt || focalPoint.remindedAt < remindAgainBefore(now))
	)
}

const serviceEmail = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i
/** A number as a switchboard prints it: digits with spaces, dots, dashes or brackets, an optional + and extension. */
const switchboard = /^(?:\+|\()?[0-9][0-9 ().-]{5,28}[0-9](?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?$/i

/**
 * Words a shared mailbox is named after. `firstname.lastname@` is how people's own addresses look; a mailbox
 * named for a function has one of these words, or no dot at all.
 */
const functionWords = new Set(
	(
		'contact desk office unit team info liaison referral duty service services hotline help support secretariat ' +
		'coordination coordinator nrm focal point press media admin operations ops centre center watch urgent ' +
		'international cooperation border police ngo shelter'
	).split(' '),
)

function looksPersonal(address: string) {
	const local = address.slice(0, address.lastIndexOf('@')).toLowerCase()
	const parts = local.split(/[._]/)
	return parts.length === 2 && parts.every((part) => /^[a-z]{2,}$/.test(part) && !functionWords.has(part))
}

export type ChannelProblem = 'channel-email' | 'channel-phone' | 'channel-personal' | 'channel-too-long'

/**
 * What is wrong with a focal point's channel, or null. It must be the organisation's: a service mailbox, a
 * switchboard, or the name of a secure channel, never someone's own address or mobile number in free text.
 */
export function channelProblem(kind: ChannelKind, value: string): ChannelProblem | null {
	if (value.length > maxChannelLength) return 'channel-too-long'
	if (kind === 'service-email') {
		if (!serviceEmail.test(value)) return 'channel-email'
		return looksPersonal(value) ? 'channel-personal' : null
	}
	if (kind === 'switchboard') return switchboard.test(value) ? null : 'channel-phone'
	return findPersonalData(value).length ? 'channel-personal' : null
}

/** A title that holds a phone number, an email address or a birth date names a person, not a function. */
export function namesAPerson(title: string) {
	return findPersonalData(title).length > 0
}
