import { eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { endUserSessions } from '#app/platform/session.server.ts'
import { consumeAccountToken, issueAccountToken } from './account-tokens.server.ts'
import { sendAccountEmail } from './emails.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { findUserByEmail, getAccountUser } from './users.server.ts'

/** Sends a one-hour, single-use link when the address belongs to an account; says nothing either way. */
export async function requestPasswordReset(email: string, language: Language) {
	const user = findUserByEmail(email)
	if (!user || user.status === 'refused' || user.status === 'suspended') return
	const token = writeTransaction((tx) => {
		recordAudit({ event: 'password-reset-requested', subjectUserId: user.id }, tx)
		return issueAccountToken(user.id, 'reset-password', tx)
	})
	await sendAccountEmail(user, {
		kind: 'reset-password',
		link: `/${language}/reset-password?token=${token}`,
	})
}

/** Sets a new password from a reset link (unknown, used or expired ones are refused) and ends every session of that account. */
export async function resetPassword(token: string, newPassword: string): Promise<Outcome<'reset-link-invalid'>> {
	const passwordHash = await hashPassword(newPassword)
	const userId = writeTransaction((tx) => {
		const id = consumeAccountToken(token, 'reset-password', tx)
		if (!id) return null
		tx.update(users).set({ passwordHash }).where(eq(users.id, id)).run()
		endUserSessions(id, {}, tx)
		recordAudit({ event: 'password-reset', subjectUserId: id }, tx)
		return id
	})
	if (!userId) return refuse('reset-link-invalid')
	const user = getAccountUser(userId)
	if (user) await sendAccountEmail({ ...user }, { kind: 'password-changed' })
	return done()
}

/** Changes the password of a signed-in user and ends their other sessions. */
export async function changePassword(
	userId: string,
	input: { currentPassword: string; newPassword: string; keepSessionId: string },
): Promise<Outcome<'currentPasswordWrong'>> {
	const user = getAccountUser(userId)
	const row = user ? findUserByEmail(user.email) : null
	if (!user || !row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
		return refuse('currentPasswordWrong', { field: 'currentPassword' })
	}
	const passwordHash = await hashPassword(input.newPassword)
	writeTransaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run()
		const ended = endUserSessions(userId, { except: input.keepSessionId }, tx)
		recordAudit(
			{ event: 'password-changed', actorUserId: userId, subjectUserId: userId, details: { sessionsEnded: ended } },
			tx,
		)
	})
	await sendAccountEmail(user, { kind: 'password-changed' })
	return done()
}
