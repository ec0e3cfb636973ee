import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { getEnv } from '#app/platform/env.server.ts'
import * as schema from './schema/index.ts'
import { attachVault } from './vault.server.ts'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

type Holder = { db?: Db }

// The Express server and the Remix build each load this module; keeping the one
// connection on globalThis means both share it and shutdown closes the right one.
const holder: Holder = ((globalThis as { __atlasDb?: Holder }).__atlasDb ??= {})

export function databasePath() {
	return path.join(getEnv().DATA_DIR, 'atlas.db')
}

function open(file: string): Db {
	fs.mkdirSync(path.dirname(file), { recursive: true })
	const sqlite = new Database(file)
	sqlite.pragma('journal_mode = WAL')
	sqlite.pragma('foreign_keys = ON')
	sqlite.pragma('busy_timeout = 5000')
	sqlite.pragma('synchronous = NORMAL')
	// Deleted rows are overwritten with zeros, not just unlinked, so a deleted survivor's request leaves no bytes
	// behind in the file (decision 015). Deletions are rare here, and no slower measurably.
	sqlite.pragma('secure_delete = ON')
	attachVault(sqlite, path.dirname(file))
	return drizzle(sqlite, { schema }) as Db
}

/**
 * Copies the WAL into the database files and empties it: after a deletion, the WAL would otherwise keep earlier
 * copies of the deleted pages until they are overwritten. Answers false when a reader kept it from finishing (the
 * next call finishes it).
 */
export function truncateWal(db: Db = getDb()) {
	const [result] = db.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
	return result?.busy === 0
}

/**
 * Lets SQLite gather the statistics its query planner chooses indexes by (`PRAGMA optimize`, over every table,
 * each sampled at most 400 rows a index): without them it guesses, and on a large database it guessed a slow
 * index for the events list. Seconds on a database of gigabytes the first time, little after; the hourly chores
 * run it.
 */
export function refreshPlannerStatistics(db: Db = getDb()) {
	db.$client.pragma('analysis_limit = 400')
	db.$client.pragma('optimize = 0x10002')
}

export function getDb(): Db {
	holder.db ??= open(databasePath())
	return holder.db
}

export function closeDb() {
	holder.db?.$client.close()
	holder.db = undefined
}

function migrationsFolder() {
	const candidates = [
		path.resolve('migrations'),
		path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations'),
	]
	const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'meta')))
	if (!found) throw new Error('The migrations folder was not found')
	return found
}

export function migrateDb(db: Db = getDb()) {
	migrate(db, { migrationsFolder: migrationsFolder() })
}

/**
 * Every write goes through here: `BEGIN IMMEDIATE` takes the write lock up front,
 * so two writers wait for each other (busy_timeout) instead of failing half-way.
 */
export function writeTransaction<T>(work: (tx: Db) => T): T {
	const db = getDb()
	// The transaction runs on the same connection: `$client` is there too, as the Db type says.
	return db.transaction((tx) => work(Object.assign(tx, { $client: db.$client }) as unknown as Db), {
		behavior: 'immediate',
	})
}
