import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { getEnv } from '#app/platform/env.server.ts'

/**
 * One row per limit and client for the current one-minute window, shared by every Atlas process so that several
 * behave as one. `client` is a keyed hash of the address (HMAC with the app key), never the address. Expired rows
 * are reused by the next hit or swept a minute or so later.
 *
 * The table lives in its own file, `DATA_DIR/rate-limits.db`, on its own connection (decision 017): every request
 * writes here, so sharing `atlas.db`'s write lock would make each page wait behind a reindex, an import or any
 * other long transaction, and add to the contention every write there already has. It is runtime state, not data:
 * outside `schema/`, so drizzle-kit never puts it in `atlas.db`, and created by `open` rather than by a migration.
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
	(table) => [primaryKey({ columns: [table.limit, table.client] })],
)

export type RateLimitStore = BetterSQLite3Database & { $client: Database.Database }

type Holder = { store?: RateLimitStore }

// As with the main connection: the Express server and the Remix build each load this module, and both must count
// in one connection that shutdown closes.
const holder: Holder = ((globalThis as { __atlasRateLimits?: Holder }).__atlasRateLimits ??= {})

export function rateLimitsPath() {
	return path.join(getEnv().DATA_DIR, 'rate-limits.db')
}

function open(file: string): RateLimitStore {
	fs.mkdirSync(path.dirname(file), { recursive: true })
	const sqlite = new Database(file)
	try {
		// Set first: the processes open the file at their first request, possibly at the same moment, and turning
		// on WAL and creating the table both need the write lock.
		sqlite.pragma('busy_timeout = 1000')
		sqlite.pragma('journal_mode = WAL')
		// SQLite never waits for the disk here. A crash of the machine loses at most the last minute's counts, which
		// is harmless: a window lasts a minute anyway. A power cut during a checkpoint can leave the file damaged; a
		// hit then lets the request through and the log says so (letThroughUncounted in platform/rate-limit.server.ts).
		sqlite.pragma('synchronous = OFF')
		sqlite.exec(`
			CREATE TABLE IF NOT EXISTS rate_limit_windows (
				limit_name TEXT NOT NULL,
				client TEXT NOT NULL,
				count INTEGER NOT NULL,
				reset_at INTEGER NOT NULL,
				PRIMARY KEY (limit_name, client)
			);
			CREATE INDEX IF NOT EXISTS rate_limit_windows_reset_idx ON rate_limit_windows (reset_at);
		`)
	} catch (error) {
		sqlite.close()
		throw error
	}
	return drizzle(sqlite)
}

/** The connection to `rate-limits.db`, opened at the first hit in this process. */
export function getRateLimitStore(): RateLimitStore {
	holder.store ??= open(rateLimitsPath())
	return holder.store
}

export function closeRateLimits() {
	holder.store?.$client.close()
	holder.store = undefined
}
