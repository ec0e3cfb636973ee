import { eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { consumeAccountToken, issueAccountToken } from './account-tokens.server.ts'
import { sendAccountEmail } from './emails.server.ts'

/** Uses a confirmation link; an unknown, used or expired one is refused. */
export function confirmEmail(token: string): Outcome<'confirmation-link-invalid'> {
	return writeTransaction((tx) => {
		const userId = consumeAccountToken(token, 'confirm-email', tx)
		if (!userId) return refuse('confirmation-link-invalid')
		tx.update(users).set({ emailConfirmedAt: new Date() }).where(eq(users.id, userId)).run()
		recordAudit({ event: 'email-confirmed', subjectUserId: userId }, tx)
		return done()
	})
}

export async function resendConfirmation(user: { id: string; email: string; name: string; locale: string }) {
	const token = writeTransaction((tx) => issueAccountToken(user.id, 'confirm-email', tx))
	await sendAccountEmail(user, {
		kind: 'confirm-email',
		link: `/${user.locale}/confirm-email?token=${token}`,
	})
}
