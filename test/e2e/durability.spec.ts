import Database from 'better-sqlite3'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { anyOrganisationId, apply, spawnServer } from './spawn-server.ts'

test.describe.configure({ timeout: 240_000 })

test('killed with SIGKILL at random moments 20 times, the database stays whole and keeps every answered write', async () => {
	const first = spawnServer({ env: { SEED_DEMO: 'true' } })
	await first.ready()
	const organisationId = await anyOrganisationId(first.url)
	first.child.kill('SIGKILL')
	await first.exited
	const confirmed: string[] = []
	for (let cycle = 0; cycle < 20; cycle++) {
		const server = spawnServer({ dataDir: first.dataDir })
		await server.ready()
		const writes = Array.from({ length: 12 }, (_, index) => `crash-${cycle}-${index}@example.org`).map(async (email) => {
			const status = await apply(server.url, email, organisationId).catch(() => 0)
			if (status === 302) confirmed.push(email)
		})
		await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 400))
		server.child.kill('SIGKILL')
		await Promise.all(writes)
		await server.exited
	}
	const db = new Database(path.join(first.dataDir, 'atlas.db'))
	expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
	const stored = new Set((db.prepare('select email from users').all() as { email: string }[]).map((row) => row.email))
	expect(confirmed.length).toBeGreaterThan(0)
	expect(confirmed.filter((email) => !stored.has(email))).toEqual([])
	// Every applicant has the organisation and the confirmation token written in the same transaction.
	const orphans = db
		.prepare(
			"select count(*) as n from users u where u.email like 'crash-%' and not exists (select 1 from account_tokens t where t.user_id = u.id and t.purpose = 'confirm-email')",
		)
		.get() as { n: number }
	expect(orphans.n).toBe(0)
	db.close()
	first.cleanUp()
})

test('two server processes writing to one database at once never show a user SQLITE_BUSY', async () => {
	const one = spawnServer({ env: { SEED_DEMO: 'true' } })
	await one.ready()
	const two = spawnServer({ dataDir: one.dataDir })
	await two.ready()
	const organisationId = await anyOrganisationId(one.url)
	const statuses = await Promise.all(
		Array.from({ length: 60 }, (_, index) => apply(index % 2 ? one.url : two.url, `pair-${index}@example.org`, organisationId)),
	)
	expect(statuses.filter((status) => status !== 302)).toEqual([])
	expect(one.output() + two.output()).not.toMatch(/SQLITE_BUSY|database is locked/)
	const db = new Database(path.join(one.dataDir, 'atlas.db'), { readonly: true })
	expect((db.prepare("select count(*) as n from users where email like 'pair-%'").get() as { n: number }).n).toBe(60)
	db.close()
	one.child.kill('SIGTERM')
	two.child.kill('SIGTERM')
	await Promise.all([one.exited, two.exited])
	one.cleanUp()
})
