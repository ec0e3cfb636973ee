import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { count } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { databasePath, getDb } from '#app/db/client.server.ts'
import { organisations } from '#app/db/schema/index.ts'
import { backupDataDir, restoreDataDir } from '#app/platform/backup.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { publishedKeys } from '#app/platform/signing-keys.server.ts'
import { createOrganisation, createUser } from '#test/factories.ts'

test('a backup taken while the database is being written restores to a consistent copy', async () => {
	await createUser({ twoFactor: true })
	await publishedKeys()
	for (let index = 0; index < 200; index++) createOrganisation({ name: `Before backup ${index}` })
	// Keep writing through the live connection while the backup runs.
	let writing = true
	let written = 0
	const writer = (async () => {
		while (writing) {
			createOrganisation({ name: `During backup ${written++}` })
			await new Promise((resolve) => setImmediate(resolve))
		}
	})()
	const target = await backupDataDir({ into: fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-')) })
	writing = false
	await writer
	expect(written).toBeGreaterThan(0)

	const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-restored-'))
	restoreDataDir(target, { dataDir: restoredDir })
	const restored = new Database(path.join(restoredDir, 'atlas.db'), { readonly: true })
	expect(restored.pragma('integrity_check', { simple: true })).toBe('ok')
	const before = (
		restored.prepare("select count(*) as n from organisations where name like 'Before backup %'").get() as { n: number }
	).n
	expect(before).toBe(200)
	const total = (restored.prepare('select count(*) as n from organisations').get() as { n: number }).n
	expect(total).toBeLessThanOrEqual(getDb().select({ n: count() }).from(organisations).get()!.n)
	restored.close()
	expect(fs.readFileSync(path.join(restoredDir, 'keys', 'app.key'))).toEqual(
		fs.readFileSync(path.join(getEnv().DATA_DIR, 'keys', 'app.key')),
	)
	// The credential signing keys come back too, so certificates handed out before still verify.
	const kid = (await publishedKeys()).keys[0]!.kid!
	expect(fs.existsSync(path.join(restoredDir, 'keys', 'credentials', `${kid}.json`))).toBe(true)
	fs.rmSync(target, { recursive: true, force: true })
	fs.rmSync(restoredDir, { recursive: true, force: true })
})

test('restoring keeps the replaced database aside instead of deleting it', async () => {
	const target = await backupDataDir({ into: fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-')) })
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-restored-'))
	fs.copyFileSync(databasePath(), path.join(dataDir, 'atlas.db'))
	const aside = restoreDataDir(target, { dataDir })
	expect(fs.existsSync(path.join(aside, 'atlas.db'))).toBe(true)
	fs.rmSync(target, { recursive: true, force: true })
	fs.rmSync(dataDir, { recursive: true, force: true })
})

test('a damaged backup is refused and changes nothing', async () => {
	const target = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-'))
	fs.writeFileSync(path.join(target, 'atlas.db'), 'this is not a database')
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-restored-'))
	expect(() => restoreDataDir(target, { dataDir })).toThrow()
	expect(fs.readdirSync(dataDir)).toEqual([])
	fs.rmSync(target, { recursive: true, force: true })
	fs.rmSync(dataDir, { recursive: true, force: true })
})
