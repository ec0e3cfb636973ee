import { expect, test } from 'vitest'
import { preferencesForm, timeZoneChoices } from './preferences.ts'

test('UTC is offered once, first', () => {
	const zones = timeZoneChoices('UTC')
	expect(zones[0]).toBe('UTC')
	expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1)
	expect(zones).toContain('Europe/Paris')
})

test('a saved zone the runtime does not list is still offered, so it stays chosen', () => {
	expect(timeZoneChoices('Etc/GMT+5')).toContain('Etc/GMT+5')
	expect(timeZoneChoices('Europe/Paris').filter((zone) => zone === 'Europe/Paris')).toHaveLength(1)
})

test('the form shows the saved language and zone, and English for a language Atlas does not speak', () => {
	expect(preferencesForm({ locale: 'ar', timeZone: 'UTC' })).toMatchObject({ locale: 'ar', timeZone: 'UTC' })
	expect(preferencesForm({ locale: 'de', timeZone: 'Europe/Berlin' }).locale).toBe('en')
})
