import { done, type Outcome, refuse } from '#app/platform/outcome.ts'

/** 20 random bytes in base32 (RFC 4648, upper case, no padding): 32 of A–Z and 2–7. */
export const verificationCodePattern = /^[A-Z2-7]{32}$/

/**
 * The code in what a verifier typed or pasted: the code in any case, with the spaces or dashes it was read
 * or copied with, or the whole verification address from a printout or a QR code reader.
 */
export function readVerificationCode(typed: string): Outcome<'code-missing' | 'code-malformed', { code: string }> {
	const joined = typed.replace(/\s+/g, '')
	const fromAddress = joined.match(/\/verify\/([^/?#]+)/)?.[1] ?? joined
	const code = fromAddress.replaceAll('-', '').toUpperCase()
	if (!code) return refuse('code-missing', { field: 'code' })
	if (!verificationCodePattern.test(code)) return refuse('code-malformed', { field: 'code' })
	return done({ code })
}
