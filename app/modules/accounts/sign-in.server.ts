import { recordAudit } from '#app/platform/audit.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { writeTransaction } from '#app/db/client.server.ts'
import { createSession, endSession, rotateSession, validateSessionToken } from '#app/platform/session.server.ts'
import { resendConfirmation } from './email-confirmation.server.ts'
import { knownDeviceMark } from './known-device.server.ts'
import { spendPasswordCheckTime, verifyPassword } from './password.server.ts'
import {
	attemptScope,
	clearFailedAttempts,
	paused,
	recordFailedAttempt,
	secondsPaused,
	type SignInPaused,
} from './sign-in-limits.server.ts'
import { verifySecondFactor } from './two-factor.server.ts'
import { findUserByEmail } from './users.server.ts'

export type SignInRefusal = 'invalid' | 'pending' | 'refused' | 'suspended' | 'unconfirmed'

export type SignInCheck = Outcome<SignInRefusal, { userId: string; needsSecondFactor: boolean; locale: string }>

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
	return done({ userId: user.id, needsSecondFactor: user.totpEnabledAt !== null, locale: user.locale })
}

/** Where a member lands after signing in when no page asked for them: their home page, in their saved language. */
export function memberHomePath(locale: string) {
	return `/${isLanguage(locale) ? locale : defaultLanguage}/home`
}

/** What the sign-in pages know of the browser: a label for the sessions list, its session and its known-device mark. */
export type Browser = { device: string; sessionToken: string | null; deviceMark: string | null }

/**
 * Signs in with an email and password: a new session, which still owes the second factor when the
 * account has one (the token is the cookie's value, shown nowhere else). The session the browser held
 * before (whoever's it was) ends, so signing in again never leaves it behind for whoever copied it.
 * A wrong password counts toward the address's limit; while it is paused, nothing is checked.
 * A completed sign-in marks the browser as known to the account (`deviceMark`, for its cookie).
 */
export async function signInWithPassword(
	credentials: { email: string; password: string },
	browser: Browser,
): Promise<
	| Outcome<SignInRefusal, { token: string; secondFactorOwed: boolean; deviceMark: string | null; home: string }>
	| SignInPaused
> {
	const scope = attemptScope(credentials.email, findUserByEmail(credentials.email), browser.deviceMark)
	const wait = secondsPaused(scope)
	if (wait) return paused(wait)
	const check = await checkCredentials(credentials.email, credentials.password)
	if (!check.ok) {
		if (check.reason === 'invalid') recordFailedAttempt(scope)
		return check
	}
	const previous = browser.sessionToken ? validateSessionToken(browser.sessionToken) : null
	const { token } = writeTransaction((tx) => {
		if (previous) endSession(previous.id, tx)
		return createSession(check.userId, { twoFactorVerified: !check.needsSecondFactor, device: browser.device }, tx)
	})
	const home = memberHomePath(check.locale)
	if (check.needsSecondFactor) return done({ token, secondFactorOwed: true, deviceMark: null, home })
	clearFailedAttempts(scope)
	completeSignIn(check.userId)
	return done({ token, secondFactorOwed: false, deviceMark: knownDeviceMark(check.userId), home })
}

/**
 * The second step for an account with two-factor sign-in: an authenticator code or an unused recovery
 * code. A wrong one counts toward the same limit as a wrong password. The session is then replaced by a
 * verified one under a new token, so a copy of the token from before the step never becomes a signed-in
 * session.
 */
export function signInWithSecondFactor(attempt: {
	session: { id: string; userId: string }
	email: string
	code: string
	deviceMark: string | null
}): Outcome<'codeWrong', { token: string; deviceMark: string }> | SignInPaused {
	const { session } = attempt
	const scope = attemptScope(attempt.email, { id: session.userId }, attempt.deviceMark)
	const wait = secondsPaused(scope)
	if (wait) return paused(wait)
	const accepted = verifySecondFactor(session.userId, attempt.code)
	if (!accepted) {
		recordFailedAttempt(scope)
		return refuse('codeWrong')
	}
	const rotated = rotateSession(session.id, { twoFactorVerified: true })
	// Ended meanwhile (signed out elsewhere): the code proves nothing for a session that is gone.
	if (!rotated) return refuse('codeWrong')
	clearFailedAttempts(scope)
	completeSignIn(session.userId, { secondFactor: accepted })
	return done({ token: rotated.token, deviceMark: knownDeviceMark(session.userId) })
}

/**
 * One sign-in, one audit record, whichever proof came last: a session that still owes its
 * second factor is not signed in yet, so it is not counted until that step.
 */
function completeSignIn(userId: string, details?: { secondFactor: 'totp' | 'recovery-code' }) {
	recordAudit({ event: 'sign-in', actorUserId: userId, details })
}
