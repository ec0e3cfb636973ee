import { writeTransaction } from '#app/db/client.server.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { endUserSession, endUserSessions } from '#app/platform/session.server.ts'

/**
 * A member ends one of their other sessions (a lost phone), or every one but the one in use.
 * The one in use is never ended here: that is signing out, which has its own button. A session
 * that is not theirs simply ends nothing. Answers how many ended.
 */
export function endOwnSessions(userId: string, currentSessionId: string, which: { sessionId: string } | 'all-others') {
	return writeTransaction((tx) => {
		const ended =
			which === 'all-others'
				? endUserSessions(userId, { except: currentSessionId }, tx)
				: which.sessionId === currentSessionId
					? 0
					: endUserSession(userId, which.sessionId, tx)
		if (ended > 0)
			recordAudit(
				{ event: 'sessions-ended', actorUserId: userId, subjectUserId: userId, details: { count: ended } },
				tx,
			)
		return ended
	})
}
