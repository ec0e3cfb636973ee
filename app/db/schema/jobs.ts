import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt, id, timestamp } from './columns.ts'

/**
 * Work the server does later, inside its own process: each row runs once when due, is
 * kept when done, and survives restarts, so work missed during downtime runs at start.
 * `key` makes scheduling idempotent: the same job can be scheduled twice and exists once.
 */
export const jobs = sqliteTable(
	'jobs',
	{
		id: id(),
		kind: text('kind').notNull(),
		key: text('key').notNull().unique(),
		payload: text('payload', { mode: 'json' }).$type<Record<string, string | number>>().notNull(),
		runAt: timestamp('run_at').notNull(),
		status: text('status', { enum: ['pending', 'running', 'done', 'failed'] })
			.notNull()
			.default('pending'),
		attempts: integer('attempts').notNull().default(0),
		claimedAt: timestamp('claimed_at'),
		doneAt: timestamp('done_at'),
		lastError: text('last_error'),
		createdAt: createdAt(),
	},
	(table) => [index('jobs_due').on(table.status, table.runAt)],
)
