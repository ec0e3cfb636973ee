import { expect, test } from 'vitest'
import { checkSurvivorConsent, isPublicAt, publicationTime } from './story.ts'

const now = new Date('2030-05-01T10:00:00Z')
const tomorrow = new Date('2030-05-02T10:00:00Z')

test('a story naming a survivor needs the supporting organisation and its consent reference', () => {
	expect(checkSurvivorConsent({ namesSurvivor: false, consentOrganisationId: null, consentReference: null }).ok).toBe(
		true,
	)
	expect(checkSurvivorConsent({ namesSurvivor: true, consentOrganisationId: null, consentReference: 'C-1' })).toEqual({
		ok: false,
		reason: 'consent-organisation-required',
		field: 'consentOrganisationId',
	})
	expect(checkSurvivorConsent({ namesSurvivor: true, consentOrganisationId: 'org', consentReference: '  ' })).toEqual({
		ok: false,
		reason: 'consent-reference-required',
		field: 'consentReference',
	})
	expect(checkSurvivorConsent({ namesSurvivor: true, consentOrganisationId: 'org', consentReference: 'C-1' }).ok).toBe(
		true,
	)
})

test('an approved story goes public at once, or when a later embargo lifts', () => {
	expect(publicationTime(now, null)).toEqual(now)
	expect(publicationTime(now, tomorrow)).toEqual(tomorrow)
	expect(publicationTime(tomorrow, now)).toEqual(tomorrow)
})

test('only a published story whose time has come is public', () => {
	expect(isPublicAt({ state: 'published', publishedAt: tomorrow }, now)).toBe(false)
	expect(isPublicAt({ state: 'published', publishedAt: tomorrow }, tomorrow)).toBe(true)
	expect(isPublicAt({ state: 'withdrawn', publishedAt: now }, tomorrow)).toBe(false)
	expect(isPublicAt({ state: 'submitted', publishedAt: null }, tomorrow)).toBe(false)
})
