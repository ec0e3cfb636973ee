import { expect, test } from 'vitest'
import { zonedTimeToUtc } from '#app/platform/zoned-time.ts'
import { eventWhen } from './when.ts'

const inVienna = (local: string, hours: number) => {
	const startsAt = zonedTimeToUtc(local, 'Europe/Vienna')!
	return { startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), timeZone: 'Europe/Vienna' }
}

test('a reader in Lagos sees 09:00 in Vienna as 08:00 in June, and only one time in December', () => {
	const june = eventWhen(inVienna('2027-06-15T09:00', 8), 'Africa/Lagos', 'en')
	expect(june.there).toMatchObject({ city: 'Vienna', from: '09:00', to: '17:00', endDay: null })
	expect(june.yours).toMatchObject({ city: 'Lagos', from: '08:00', to: '16:00' })
	// Vienna's winter time is Lagos's all-year time: the same clock, said once.
	expect(eventWhen(inVienna('2026-12-15T09:00', 8), 'Africa/Lagos', 'en').yours).toBeNull()
	expect(eventWhen(inVienna('2026-12-15T09:00', 8), null, 'en').yours).toBeNull()
})

test('an event across midnight where it is held shows both days there, and one day for a reader in New York', () => {
	const late = eventWhen(inVienna('2027-03-10T22:00', 3), 'America/New_York', 'en')
	expect(late.there).toMatchObject({ from: '22:00', to: '01:00' })
	expect(late.there.endDay).not.toBeNull()
	expect(late.yours).toMatchObject({ from: '16:00', to: '19:00', endDay: null })
})
