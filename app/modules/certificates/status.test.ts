import { expect, test } from 'vitest'
import { certificateStatus, expiryDate } from './status.ts'

const issued = new Date('2026-01-31T10:00:00Z')
const expires = expiryDate(issued, 24)!
const at = (iso: string) => new Date(iso)

test('a certificate is valid, then expiring within the window, then expired, as the clock moves', () => {
	const certificate = { expiresAt: expires, revokedAt: null }
	expect(expires.toISOString()).toBe('2028-01-31T10:00:00.000Z')
	expect(certificateStatus(certificate, at('2027-06-01T00:00:00Z'), 60)).toBe('valid')
	expect(certificateStatus(certificate, at('2027-12-02T10:00:00Z'), 60)).toBe('expiring')
	expect(certificateStatus(certificate, at('2027-12-02T10:00:00Z'), 30)).toBe('valid')
	expect(certificateStatus(certificate, at('2028-01-31T10:00:00Z'), 60)).toBe('expired')
})

test('revocation wins; no expiry means valid for good', () => {
	expect(
		certificateStatus({ expiresAt: expires, revokedAt: at('2026-03-01T00:00:00Z') }, at('2026-04-01T00:00:00Z'), 60),
	).toBe('revoked')
	expect(certificateStatus({ expiresAt: null, revokedAt: null }, at('2099-01-01T00:00:00Z'), 60)).toBe('valid')
})

test('expiry keeps the day of the month, or takes the month’s last day', () => {
	expect(expiryDate(at('2026-08-31T00:00:00Z'), 6)!.toISOString()).toBe('2027-02-28T00:00:00.000Z')
	expect(expiryDate(at('2026-08-31T00:00:00Z'), null)).toBeNull()
})
