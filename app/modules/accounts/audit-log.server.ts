import { count, desc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { getDb } from '#app/db/client.server.ts'
import { auditEvents, users } from '#app/db/schema/index.ts'

export const auditPageSize = 50

export function listAuditEvents({ page }: { page: number }) {
	const db = getDb()
	const actor = alias(users, 'actor')
	const subject = alias(users, 'subject')
	const total = db.select({ n: count() }).from(auditEvents).get()?.n ?? 0
	const events = db
		.select({
			id: auditEvents.id,
			at: auditEvents.at,
			event: auditEvents.event,
			details: auditEvents.details,
			actorName: actor.name,
			subjectName: subject.name,
		})
		.from(auditEvents)
		.leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
		.leftJoin(subject, eq(subject.id, auditEvents.subjectUserId))
		.orderBy(desc(auditEvents.id))
		.limit(auditPageSize)
		.offset((page - 1) * auditPageSize)
		.all()
	return { total, events }
}
