import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from './columns.ts'

/**
 * Security events. Never holds a password, token, secret or IP address:
 * `details` is a small JSON object of names and ids only.
 */
export const auditEvents = sqliteTable(
	'audit_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: createdAt(),
		event: text('event').notNull(),
		actorUserId: text('actor_user_id'),
		subjectUserId: text('subject_user_id'),
		organisationId: text('organisation_id'),
		details: text('details', { mode: 'json' }).$type<Record<string, string | number | boolean>>(),
	},
	(table) => [index('audit_events_at_idx').on(table.at)],
)
