import { eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { consumeAccountToken, issueAccountToken } from './account-tokens.server.ts'
import { sendAccountEmail } from './emails.server.ts'

/** Uses a confirmation link. Returns false when the link is unknown, used or expired. */
export function confirmEmail(token: string) {
	return writeTransaction((tx) => {
		const userId = consumeAccountToken(token, 'confirm-email', tx)
		if (!userId) return false
		tx.update(users).set({ emailConfirmedAt: new Date() }).where(eq(users.id, userId)).run()
		recordAudit({ event: 'email-confirmed', subjectUserId: userId }, tx)
		return true
	})
}

export async function resendConfirmation(user: { id: string; email: string; name: string; locale: string }) {
	const token = writeTransaction((tx) => issueAccountToken(user.id, 'confirm-email', tx))
	await sendAccountEmail(user, {
		kind: 'confirm-email',
		link: `/${user.locale}/confirm-email?token=${token}`,
	})
}
