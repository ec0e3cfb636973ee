import { auditEvents } from '#app/db/schema/index.ts'
import { type Db, getDb } from '#app/db/client.server.ts'

export const auditEventNames = [
	'sign-in',
	'sign-in-failed',
	'sign-out',
	'sign-up',
	'email-confirmed',
	'password-changed',
	'password-reset-requested',
	'password-reset',
	'two-factor-enabled',
	'two-factor-disabled',
	'two-factor-failed',
	'recovery-code-used',
	'recovery-codes-renewed',
	'member-approved',
	'member-refused',
	'organisation-approved',
	'organisation-refused',
	'role-granted',
	'role-revoked',
	'sessions-ended',
	'outbox-read',
	'certificate-revoked',
	'law-change-approved',
	'law-change-returned',
	'agreement-saved',
	'event-saved',
	'event-cancelled',
	'attendance-marked',
	'forum-moderated',
	'partnership-saved',
	'partnership-agreement',
	'network-profile-saved',
	'focal-point-saved',
	'focal-point-deleted',
	'campaign-published',
	'campaign-withdrawn',
	'story-published',
	'story-returned',
	'story-withdrawn',
	'indicator-target-set',
	'indicator-target-removed',
] as const
export type AuditEventName = (typeof auditEventNames)[number]

export type AuditEntry = {
	event: AuditEventName
	actorUserId?: string | null
	subjectUserId?: string | null
	organisationId?: string | null
	details?: Record<string, string | number | boolean>
}

/** Pass the transaction that makes the change, so the record and the change land together. */
export function recordAudit(entry: AuditEntry, db: Db = getDb()) {
	db.insert(auditEvents)
		.values({
			event: entry.event,
			actorUserId: entry.actorUserId ?? null,
			subjectUserId: entry.subjectUserId ?? null,
			organisationId: entry.organisationId ?? null,
			details: entry.details ?? null,
		})
		.run()
}
