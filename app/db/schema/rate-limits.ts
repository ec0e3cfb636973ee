import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * One row per limit and client for the current one-minute window, shared by every Atlas process so that
 * several behave as one. `client` is a keyed hash of the address (HMAC with the app key), never the address.
 * Expired rows are reused by the next hit or swept a minute or so later.
 */
export const rateLimitWindows = sqliteTable(
	'rate_limit_windows',
	{
		limit: text('limit_name').notNull(),
		client: text('client').notNull(),
		count: integer('count').notNull(),
		/** Milliseconds since the epoch, compared in SQL on every hit. */
		resetAt: integer('reset_at').notNull(),
	},
	(table) => [
		primaryKey({ columns: [table.limit, table.client] }),
		index('rate_limit_windows_reset_idx').on(table.resetAt),
	],
)
