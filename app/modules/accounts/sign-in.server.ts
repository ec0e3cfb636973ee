import { recordAudit } from '#app/platform/audit.server.ts'
import { resendConfirmation } from './email-confirmation.server.ts'
import { spendPasswordCheckTime, verifyPassword } from './password.server.ts'
import { findUserByEmail } from './users.server.ts'

export type SignInRefusal = 'invalid' | 'pending' | 'refused' | 'suspended' | 'unconfirmed'

export type SignInCheck =
	| { ok: true; userId: string; needsSecondFactor: boolean }
	| { ok: false; reason: SignInRefusal }

/**
 * Checks an email and password. The account's state (pending, refused...) is only
 * told to someone who knows the password, so the form reveals nothing to a guesser.
 */
export async function checkCredentials(email: string, password: string): Promise<SignInCheck> {
	const user = findUserByEmail(email)
	if (!user) {
		await spendPasswordCheckTime(password)
		recordAudit({ event: 'sign-in-failed', details: { reason: 'unknown-account' } })
		return { ok: false, reason: 'invalid' }
	}
	if (!(await verifyPassword(user.passwordHash, password))) {
		recordAudit({ event: 'sign-in-failed', subjectUserId: user.id, details: { reason: 'password' } })
		return { ok: false, reason: 'invalid' }
	}
	if (user.status !== 'active') {
		recordAudit({ event: 'sign-in-failed', subjectUserId: user.id, details: { reason: user.status } })
		return { ok: false, reason: user.status }
	}
	if (!user.emailConfirmedAt) {
		await resendConfirmation(user)
		recordAudit({ event: 'sign-in-failed', subjectUserId: user.id, details: { reason: 'unconfirmed' } })
		return { ok: false, reason: 'unconfirmed' }
	}
	return { ok: true, userId: user.id, needsSecondFactor: user.totpEnabledAt !== null }
}
