import { createDecipheriv } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { databasePath, getDb } from '#app/db/client.server.ts'
import { interestRequests } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { runCatalogueHousekeeping } from '#app/modules/programmes/housekeeping.server.ts'
import { listInbox, sendInterest } from '#app/modules/programmes/interest.server.ts'
import { backupDataDir } from '#app/platform/backup.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { encryptSecret } from '#app/platform/keys.server.ts'
import { createOrganisation, createUser } from '#test/factories.ts'
import { createProgramme } from '#test/programme-factories.ts'

const day = 86_400_000

async function provider() {
	const organisation = createOrganisation({ type: 'ngo' })
	const user = await createUser({ roles: ['ngo_member', 'programme_editor'], organisationId: organisation.id })
	return {
		organisation,
		editor: getAccountUser(user.id)!,
		programme: createProgramme({ organisationId: organisation.id }),
	}
}

/** Every file under a folder, as one string of bytes: what someone holding a copy of the folder could read. */
function bytesUnder(folder: string): string {
	if (!fs.existsSync(folder)) return ''
	return fs
		.readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((name) => path.join(folder, name))
		.filter((file) => fs.statSync(file).isFile())
		.map((file) => fs.readFileSync(file).toString('latin1'))
		.join('\n')
}

const liveFile = (name: string) => {
	const file = path.join(getEnv().DATA_DIR, name)
	return fs.existsSync(file) ? fs.readFileSync(file).toString('latin1') : ''
}

/** Every AES key Atlas keeps after the deletion: the app key (live and in the backup) and every per-request key. */
function everyKeyLeft(backup: string) {
	const keys: Buffer[] = [path.join(getEnv().DATA_DIR, 'keys', 'app.key'), path.join(backup, 'keys', 'app.key')]
		.filter((file) => fs.existsSync(file))
		.map((file) => fs.readFileSync(file))
	const vault = getDb().$client.prepare("select 1 from pragma_database_list where name = 'vault'").get()
	if (vault) {
		const rows = getDb().$client.prepare('select key from vault.interest_keys').all() as { key: Buffer }[]
		keys.push(...rows.map((row) => row.key))
	}
	return keys
}

function opens(sealed: Buffer, key: Buffer) {
	try {
		const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
		decipher.setAuthTag(sealed.subarray(12, 28))
		return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')
	} catch {
		return null
	}
}

test('after the scheduled deletion, neither the database, its WAL, the key store nor a backup taken before yields the request', async () => {
	const { programme } = await provider()
	// The app key exists, as it does once anyone has turned two-factor sign-in on.
	encryptSecret(new Uint8Array(1))
	const canary = `survivor-canary-${Date.now()}@example.org`
	const sent = new Date()
	await sendInterest(
		programme.slug,
		{ alias: 'Canary Nightingale', contactMethod: 'email', contact: canary, language: 'fr' },
		sent,
	)
	const row = getDb().select().from(interestRequests).where(eq(interestRequests.programmeId, programme.id)).get()!
	// A later request outlives the sweep: its key is one more that must not open the deleted one.
	await sendInterest(
		programme.slug,
		{ contactMethod: 'phone', contact: '+33 1 00 00 00 00', language: 'fr' },
		new Date(sent.getTime() + 60 * day),
	)
	const sealed = row.sealed.toString('latin1')
	const key = (
		getDb().$client.prepare('select key from vault.interest_keys where request_id = ?').get(row.id) as { key: Buffer }
	).key.toString('latin1')

	const backup = await backupDataDir({ into: fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-')) })
	const backupBytes = bytesUnder(backup)
	// The backup does hold the sealed request: what matters is that nothing can open it once it is deleted.
	expect(backupBytes).toContain(sealed)
	expect(backupBytes).not.toContain(canary)
	expect(backupBytes).not.toContain(key)

	expect(await runCatalogueHousekeeping(new Date(sent.getTime() + 91 * day))).toMatchObject({ purged: 1 })

	for (const name of ['atlas.db', 'atlas.db-wal']) {
		expect(liveFile(name), name).not.toContain(canary)
		expect(liveFile(name), name).not.toContain(sealed)
	}
	const everythingLive = bytesUnder(getEnv().DATA_DIR)
	expect(everythingLive).not.toContain(canary)
	expect(everythingLive).not.toContain(sealed)
	expect(everythingLive).not.toContain(key)

	const copy = new Database(path.join(backup, 'atlas.db'), { readonly: true })
	const inBackup = copy.prepare('select sealed from interest_requests where id = ?').get(row.id) as { sealed: Buffer }
	copy.close()
	const keys = everyKeyLeft(backup)
	expect(keys.length).toBeGreaterThanOrEqual(3)
	for (const key of keys) expect(opens(inBackup.sealed, key)).toBeNull()
	fs.rmSync(backup, { recursive: true, force: true })
})

test('a request sealed with the app key before this upgrade is sealed again under its own key, and still reads in the inbox', async () => {
	const { editor, organisation, programme } = await provider()
	const canary = `legacy-canary-${Date.now()}`
	const legacy = encryptSecret(
		new TextEncoder().encode(JSON.stringify({ contactMethod: 'phone', contact: canary, language: 'en' })),
	)
	const now = new Date()
	getDb()
		.$client.prepare(
			"insert into interest_requests (id, programme_id, sealed, status, created_at, delete_after, sealing) values (?, ?, ?, 'open', ?, ?, 'app-key')",
		)
		.run(`legacy-${Date.now()}`, programme.id, legacy, now.getTime(), now.getTime() + 90 * day)
	await runCatalogueHousekeeping(now)
	const row = getDb().select().from(interestRequests).where(eq(interestRequests.programmeId, programme.id)).get()!
	expect(opens(row.sealed, fs.readFileSync(path.join(getEnv().DATA_DIR, 'keys', 'app.key')))).toBeNull()
	const inbox = listInbox(editor, organisation.id, 'en')
	if (!inbox.ok) throw new Error('the editor may read their own inbox')
	expect(inbox.requests).toEqual([expect.objectContaining({ contact: canary })])
	expect(liveFile('atlas.db') + liveFile('atlas.db-wal')).not.toContain(legacy.toString('latin1'))
	expect(fs.existsSync(databasePath())).toBe(true)
})
