import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { blob, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The vault: a second SQLite file, `DATA_DIR/vault/vault.db`, attached to the one connection as `vault`. It holds
 * the secrets whose destruction is the point: each interest request's own key and this month's search-gap salt.
 * Backups copy `atlas.db` and `keys/`, never the vault, so a backup cannot open what the vault has forgotten
 * (decision 015). Its tables live outside `schema/`, so drizzle-kit never creates them in `atlas.db`; SQLite finds
 * them by name in the attached file, as long as `atlas.db` has no table of the same name.
 */
export function vaultPath(dataDir: string) {
	return path.join(dataDir, 'vault', 'vault.db')
}

/** One random AES-256 key per interest request; deleting the row destroys the only key that opens the request. */
export const interestKeys = sqliteTable('interest_keys', {
	requestId: text('request_id').primaryKey(),
	key: blob('key', { mode: 'buffer' }).notNull(),
})

/** The salt that tells this month's searchers apart; replaced, and so forgotten, when the month ends. */
export const searchSalts = sqliteTable('search_salts', {
	period: text('period').primaryKey(),
	salt: blob('salt', { mode: 'buffer' }).notNull(),
})

export function attachVault(sqlite: Database.Database, dataDir: string) {
	const file = vaultPath(dataDir)
	fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
	// Created here so it is readable by its owner only; SQLite gives its WAL the same permissions.
	fs.closeSync(fs.openSync(file, 'a', 0o600))
	sqlite.prepare('ATTACH DATABASE ? AS vault').run(file)
	sqlite.pragma('vault.journal_mode = WAL')
	sqlite.pragma('vault.synchronous = NORMAL')
	sqlite.pragma('vault.secure_delete = ON')
	sqlite.exec(`
		CREATE TABLE IF NOT EXISTS vault.interest_keys (request_id TEXT PRIMARY KEY NOT NULL, key BLOB NOT NULL) WITHOUT ROWID;
		CREATE TABLE IF NOT EXISTS vault.search_salts (period TEXT PRIMARY KEY NOT NULL, salt BLOB NOT NULL) WITHOUT ROWID;
	`)
}
