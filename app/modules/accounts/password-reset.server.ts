import { eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { randomToken } from '#app/platform/crypto.server.ts'
import { defaultLanguage, isLanguage, type Language } from '#app/platform/i18n.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { endUserSessions, rotateSession } from '#app/platform/session.server.ts'
import { consumeAccountToken, issueAccountToken } from './account-tokens.server.ts'
import { sendAccountEmail } from './emails.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { clearAllFailedAttempts } from './sign-in-limits.server.ts'
import { findUserByEmail, getAccountUser } from './users.server.ts'

export const passwordResetJob = 'password-reset-email'

/**
 * Asks for a one-hour, single-use link, and says nothing either way. The request only looks the address up
 * and queues one job, whether or not it has an account, so neither the answer nor its time tells which
 * addresses do; the job writes and sends the link moments later. The job keeps an account id (or none),
 * never the address typed.
 */
export function requestPasswordReset(email: string, language: Language) {
	const user = findUserByEmail(email)
	writeTransaction((tx) =>
		scheduleJob(tx, {
			kind: passwordResetJob,
			key: `${passwordResetJob}:${randomToken()}`,
			payload: { userId: user?.id ?? '', language },
			runAt: new Date(),
		}),
	)
}

/** The queued half of a reset request: the link, for an account that may still sign in; nothing otherwise. */
export async function sendPasswordResetLink(payload: JobPayload) {
	const user = payload.userId ? getAccountUser(String(payload.userId)) : null
	if (!user || user.status === 'refused' || user.status === 'suspended') return
	const language = isLanguage(payload.language) ? payload.language : defaultLanguage
	const token = writeTransaction((tx) => {
		recordAudit({ event: 'password-reset-requested', subjectUserId: user.id }, tx)
		return issueAccountToken(user.id, 'reset-password', tx)
	})
	await sendAccountEmail(user, {
		kind: 'reset-password',
		link: `/${language}/reset-password?token=${token}`,
	})
}

/**
 * Sets a new password from a reset link (unknown, used or expired ones are refused) and ends every session of
 * that account. Opening the link proved the mailbox, so a sign-in pause on the address is lifted too.
 */
export async function resetPassword(token: string, newPassword: string): Promise<Outcome<'reset-link-invalid'>> {
	const passwordHash = await hashPassword(newPassword)
	const userId = writeTransaction((tx) => {
		const id = consumeAccountToken(token, 'reset-password', tx)
		if (!id) return null
		const [account] = tx
			.update(users)
			.set({ passwordHash })
			.where(eq(users.id, id))
			.returning({ email: users.email })
			.all()
		if (account) clearAllFailedAttempts(account.email, tx)
		endUserSessions(id, {}, tx)
		recordAudit({ event: 'password-reset', subjectUserId: id }, tx)
		return id
	})
	if (!userId) return refuse('reset-link-invalid')
	const user = getAccountUser(userId)
	if (user) await sendAccountEmail({ ...user }, { kind: 'password-changed' })
	return done()
}

/**
 * Changes the password of a signed-in user and ends their other sessions. This device stays signed in
 * under a new token (returned for the cookie), so a copy of the old one stops working with the old password.
 */
export async function changePassword(
	userId: string,
	input: { currentPassword: string; newPassword: string; keepSessionId: string },
): Promise<Outcome<'currentPasswordWrong', { token: string | null }>> {
	const user = getAccountUser(userId)
	const row = user ? findUserByEmail(user.email) : null
	if (!user || !row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
		return refuse('currentPasswordWrong', { field: 'currentPassword' })
	}
	const passwordHash = await hashPassword(input.newPassword)
	const kept = writeTransaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run()
		const ended = endUserSessions(userId, { except: input.keepSessionId }, tx)
		recordAudit(
			{ event: 'password-changed', actorUserId: userId, subjectUserId: userId, details: { sessionsEnded: ended } },
			tx,
		)
		return rotateSession(input.keepSessionId, {}, tx)
	})
	await sendAccountEmail(user, { kind: 'password-changed' })
	return done({ token: kept?.token ?? null })
}
