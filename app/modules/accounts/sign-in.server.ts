import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { createSession, markSessionTwoFactorVerified } from '#app/platform/session.server.ts'
import { resendConfirmation } from './email-confirmation.server.ts'
import { spendPasswordCheckTime, verifyPassword } from './password.server.ts'
import { verifySecondFactor } from './two-factor.server.ts'
import { findUserByEmail } from './users.server.ts'

export type SignInRefusal = 'invalid' | 'pending' | 'refused' | 'suspended' | 'unconfirmed'

export type SignInCheck = Outcome<SignInRefusal, { userId: string; needsSecondFactor: boolean }>

/**
 * Checks an email and password. The account's state (pending, refused...) is only
 * told to someone who knows the password, so the form reveals nothing to a guesser.
 */
export async function checkCredentials(email: string, password: string): Promise<SignInCheck> {
	const user = findUserByEmail(email)
	if (!user) {
		await spendPasswordCheckTime(password)
		recordAudit({ event: 'sign-in-failed', details: { reason: 'unknown-account' } })
		return refuse('invalid')
	}
	if (!(await verifyPassword(user.passwordHash, password))) {
		recordAudit({ event: 'sign-in-failed', subjectUserId: user.id, details: { reason: 'password' } })
		return refuse('invalid')
	}
	if (user.status !== 'active') {
		recordAudit({ event: 'sign-in-failed', subjectUserId: user.id, details: { reason: user.status } })
		return refuse(user.status)
	}
	if (!user.emailConfirmedAt) {
		await resendConfirmation(user)
		recordAudit({ event: 'sign-in-failed', subjectUserId: user.id, details: { reason: 'unconfirmed' } })
		return refuse('unconfirmed')
	}
	return done({ userId: user.id, needsSecondFactor: user.totpEnabledAt !== null })
}

/**
 * Signs in with an email and password: a new session, which still owes the second factor when
 * the account has one (the token is the cookie's value, shown nowhere else).
 */
export async function signInWithPassword(
	email: string,
	password: string,
	device: string,
): Promise<Outcome<SignInRefusal, { token: string; secondFactorOwed: boolean }>> {
	const check = await checkCredentials(email, password)
	if (!check.ok) return check
	const { token } = createSession(check.userId, { twoFactorVerified: !check.needsSecondFactor, device })
	if (!check.needsSecondFactor) completeSignIn(check.userId)
	return done({ token, secondFactorOwed: check.needsSecondFactor })
}

/** The second step for an account with two-factor sign-in: an authenticator code or an unused recovery code. */
export function signInWithSecondFactor(session: { id: string; userId: string }, code: string): Outcome<'codeWrong'> {
	const accepted = verifySecondFactor(session.userId, code)
	if (!accepted) return refuse('codeWrong')
	markSessionTwoFactorVerified(session.id)
	completeSignIn(session.userId, { secondFactor: accepted })
	return done()
}

/**
 * One sign-in, one audit record, whichever proof came last: a session that still owes its
 * second factor is not signed in yet, so it is not counted until that step.
 */
function completeSignIn(userId: string, details?: { secondFactor: 'totp' | 'recovery-code' }) {
	recordAudit({ event: 'sign-in', actorUserId: userId, details })
}
