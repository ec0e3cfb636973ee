/** The words of the certificates area. Free of drizzle and zod so pages can use them as they are. */
export const certificateStatuses = ['valid', 'expiring', 'expired', 'revoked'] as const
export type CertificateStatus = (typeof certificateStatuses)[number]

/** Days before expiry when a certificate shows as expiring soon, unless CERTIFICATE_EXPIRING_DAYS says otherwise. */
export const defaultExpiringDays = 60

/**
 * Why a certificate was revoked, as anyone may read it on the verification page and the revocation list. What the
 * administrator wrote besides stays on the administration page and in the audit log: it may name people or cases.
 */
export const revocationCategories = ['issued-in-error', 'superseded', 'withdrawn', 'holder-request', 'other'] as const
export type RevocationCategory = (typeof revocationCategories)[number]
