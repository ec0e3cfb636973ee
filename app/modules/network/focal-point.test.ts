import { expect, test } from 'vitest'
import { channelProblem, dueForReminder, isStale, namesAPerson } from './focal-point.ts'

const day = 24 * 60 * 60 * 1000
const now = new Date('2026-06-01T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * day)

test('a focal point is possibly out of date once a year has passed since it was confirmed', () => {
	expect(isStale(daysAgo(364), now)).toBe(false)
	expect(isStale(daysAgo(366), now)).toBe(true)
})

test('admins are reminded about a stale focal point once, then again only after 30 days', () => {
	expect(dueForReminder({ confirmedAt: daysAgo(400), remindedAt: null }, now)).toBe(true)
	expect(dueForReminder({ confirmedAt: daysAgo(400), remindedAt: daysAgo(10) }, now)).toBe(false)
	expect(dueForReminder({ confirmedAt: daysAgo(400), remindedAt: daysAgo(31) }, now)).toBe(true)
	expect(dueForReminder({ confirmedAt: daysAgo(100), remindedAt: null }, now)).toBe(false)
})

test('a service email must be an address, and one named for a function rather than a person', () => {
	expect(channelProblem('service-email', 'nrm-contact@referral-unit.sample.example')).toBeNull()
	expect(channelProblem('service-email', 'liaison.spain@police.example')).toBeNull()
	expect(channelProblem('service-email', 'not an address')).toBe('channel-email')
	expect(channelProblem('service-email', 'jean.dupont@police.example')).toBe('channel-personal')
})

test('a switchboard is a phone-like number; a secure channel is a name that holds no personal contact', () => {
	expect(channelProblem('switchboard', '+33 1 99 00 12 34')).toBeNull()
	expect(channelProblem('switchboard', '(020) 7946 0123 ext. 12')).toBeNull()
	expect(channelProblem('switchboard', 'call Jean')).toBe('channel-phone')
	expect(channelProblem('secure-channel', 'SIENA: MA border liaison desk')).toBeNull()
	expect(channelProblem('secure-channel', 'write to jean.dupont@police.example')).toBe('channel-personal')
	expect(channelProblem('secure-channel', 'x'.repeat(121))).toBe('channel-too-long')
})

test('a title with a phone number or an address in it names a person, not a function', () => {
	expect(namesAPerson('Liaison officer for Spain')).toBe(false)
	expect(namesAPerson('Ask Jean on +33 6 12 34 56 78')).toBe(true)
})
