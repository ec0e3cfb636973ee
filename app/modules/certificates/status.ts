import { type CertificateStatus } from './vocabulary.ts'

const dayMs = 24 * 60 * 60 * 1000

/** Where a certificate stands today. Revocation wins over everything; a certificate with no expiry never expires. */
export function certificateStatus(
	certificate: { expiresAt: Date | null; revokedAt: Date | null },
	now: Date,
	expiringDays: number,
): CertificateStatus {
	if (certificate.revokedAt && certificate.revokedAt <= now) return 'revoked'
	if (!certificate.expiresAt) return 'valid'
	if (certificate.expiresAt <= now) return 'expired'
	if (certificate.expiresAt.getTime() - now.getTime() <= expiringDays * dayMs) return 'expiring'
	return 'valid'
}

/** The expiry date: `months` after issue, on the same day of the month (or the month's last day). */
export function expiryDate(issuedAt: Date, months: number | null) {
	if (months === null) return null
	const expiry = new Date(issuedAt)
	const day = expiry.getUTCDate()
	expiry.setUTCDate(1)
	expiry.setUTCMonth(expiry.getUTCMonth() + months)
	const lastDay = new Date(Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)).getUTCDate()
	expiry.setUTCDate(Math.min(day, lastDay))
	return expiry
}
