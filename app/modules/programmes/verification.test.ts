import { expect, test } from 'vitest'
import { interestDeleteAfter, monthOf, reminderDue, verificationState } from './verification.ts'

const at = (iso: string) => new Date(`${iso}T12:00:00Z`)

test('a listing is current for twelve months, due soon in the last thirty days, then expired', () => {
	const verified = at('2025-06-15')
	expect(verificationState(verified, at('2026-04-01'))).toBe('current')
	expect(verificationState(verified, at('2026-05-20'))).toBe('due-soon')
	expect(verificationState(verified, at('2026-06-15'))).toBe('expired')
	expect(verificationState(verified, at('2027-01-01'))).toBe('expired')
})

test('the reminder goes once per verification', () => {
	const verified = at('2025-06-15')
	const dueSoon = at('2026-05-20')
	expect(reminderDue(verified, null, at('2026-04-01'))).toBe(false)
	expect(reminderDue(verified, null, dueSoon)).toBe(true)
	expect(reminderDue(verified, at('2026-05-19'), dueSoon)).toBe(false)
	// A reminder sent before the previous verification does not count for this one.
	expect(reminderDue(verified, at('2025-05-20'), dueSoon)).toBe(true)
})

test('interest requests go 30 days after closing and 90 days after arriving at the latest', () => {
	const received = at('2026-01-01')
	expect(interestDeleteAfter(received, null)).toEqual(at('2026-04-01'))
	expect(interestDeleteAfter(received, at('2026-01-10'))).toEqual(at('2026-02-09'))
	expect(interestDeleteAfter(received, at('2026-03-20'))).toEqual(at('2026-04-01'))
})

test('counters are kept per UTC month', () => {
	expect(monthOf(new Date('2026-11-30T23:30:00-05:00'))).toBe('2026-12')
})
