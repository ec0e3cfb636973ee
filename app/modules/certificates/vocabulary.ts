/** The words of the certificates area. Free of drizzle and zod so pages can use them as they are. */
export const certificateStatuses = ['valid', 'expiring', 'expired', 'revoked'] as const
export type CertificateStatus = (typeof certificateStatuses)[number]

/** Days before expiry when a certificate shows as expiring soon, unless CERTIFICATE_EXPIRING_DAYS says otherwise. */
export const defaultExpiringDays = 60
