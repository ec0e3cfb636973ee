import { recordAudit } from '#app/platform/audit.server.ts'
import { readOutboxMessage } from '#app/platform/email.server.ts'
import { done, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'

/** A platform admin opens one message Atlas sent. Messages hold sign-in links, so reading one is itself a security event. */
export async function openOutboxMessage(actor: Actor, messageId: string) {
	if (!can(actor, 'outbox:read')) return refuse('forbidden')
	const message = await readOutboxMessage(messageId)
	if (!message) return refuse('not-found')
	recordAudit({ event: 'outbox-read', actorUserId: actor.id, details: { message: message.id } })
	return done({ message })
}
