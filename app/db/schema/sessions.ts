import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from './accounts.ts'
import { createdAt, timestamp } from './columns.ts'

/**
 * Sessions follow Lucia's current guide: the cookie holds `id.secret`, the row holds
 * only a SHA-256 hash of the secret, so a leaked database cannot be replayed.
 */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastActiveAt: timestamp('last_active_at').notNull(),
		twoFactorVerified: integer('two_factor_verified', { mode: 'boolean' }).notNull().default(false),
		device: text('device').notNull().default(''),
	},
	(table) => [index('sessions_user_idx').on(table.userId)],
)
