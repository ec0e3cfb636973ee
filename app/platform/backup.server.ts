import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { getEnv } from './env.server.ts'

function stamp(date = new Date()) {
	return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * Copies the live database with SQLite's online backup API, which gives a consistent
 * snapshot even while the server keeps writing, together with the key that
 * decrypts two-factor secrets (without it, a restored database locks admins out).
 */
export async function backupDataDir(options: { dataDir?: string; into?: string } = {}) {
	const dataDir = options.dataDir ?? getEnv().DATA_DIR
	const live = path.join(dataDir, 'atlas.db')
	if (!fs.existsSync(live)) throw new Error(`There is no database at ${live}: nothing to back up.`)
	const target = options.into ?? path.join(dataDir, 'backups', stamp())
	fs.mkdirSync(target, { recursive: true })
	const source = new Database(live, { fileMustExist: true })
	try {
		source.pragma('busy_timeout = 5000')
		// All remaining pages in one step: copied in small steps, a busy server's writes would restart the copy again and again.
		await source.backup(path.join(target, 'atlas.db'), { progress: () => 0x7fffffff })
	} finally {
		source.close()
	}
	// The keys go with the database: the app key decrypts two-factor secrets, and the credential keys
	// keep certificates already handed out verifiable. The vault (DATA_DIR/vault) never does: it holds the only
	// keys of survivors' interest requests, so a backup cannot open a request once the vault has destroyed its key.
	const keys = path.join(dataDir, 'keys')
	if (fs.existsSync(keys)) fs.cpSync(keys, path.join(target, 'keys'), { recursive: true })
	return target
}

/**
 * Puts a backup back in place. The server must be stopped; the current files are kept aside, not deleted. The
 * vault stays as it is: restored requests whose keys it still holds can be read, the others never again.
 */
export function restoreDataDir(backup: string, options: { dataDir?: string } = {}) {
	const dataDir = options.dataDir ?? getEnv().DATA_DIR
	const backupDb = path.join(backup, 'atlas.db')
	if (!fs.existsSync(backupDb)) throw new Error(`There is no atlas.db in ${backup}.`)
	const check = new Database(backupDb, { readonly: true, fileMustExist: true })
	try {
		const result = check.pragma('integrity_check', { simple: true })
		if (result !== 'ok') throw new Error(`The backup in ${backup} is damaged: ${String(result)}`)
	} finally {
		check.close()
	}
	fs.mkdirSync(dataDir, { recursive: true })
	const aside = path.join(dataDir, `before-restore-${stamp()}`)
	for (const name of ['atlas.db', 'atlas.db-wal', 'atlas.db-shm']) {
		const file = path.join(dataDir, name)
		if (fs.existsSync(file)) {
			fs.mkdirSync(aside, { recursive: true })
			fs.renameSync(file, path.join(aside, name))
		}
	}
	fs.copyFileSync(backupDb, path.join(dataDir, 'atlas.db'))
	const keys = path.join(backup, 'keys')
	if (fs.existsSync(keys)) {
		const current = path.join(dataDir, 'keys')
		if (fs.existsSync(current)) {
			fs.mkdirSync(aside, { recursive: true })
			fs.renameSync(current, path.join(aside, 'keys'))
		}
		fs.cpSync(keys, current, { recursive: true })
	}
	return aside
}
