// Measures whether sign-in answers reveal that an account exists, by timing.
// Usage: npm run bench:sign-in. Prints the median time for an unknown email and for a
// known email with a wrong password; they should be within a few percent.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'))
process.env.NODE_ENV = 'test'
const { migrateDb, getDb, closeDb } = await import('#app/db/client.server.ts')
const { organisations, users } = await import('#app/db/schema/index.ts')
const { hashPassword } = await import('#app/modules/accounts/password.server.ts')
const { checkCredentials } = await import('#app/modules/accounts/sign-in.server.ts')

migrateDb()
const organisation = getDb()
	.insert(organisations)
	.values({ name: 'Bench', country: 'FR', type: 'agency', status: 'approved' })
	.returning()
	.get()
getDb()
	.insert(users)
	.values({
		email: 'known@example.org',
		name: 'Known',
		passwordHash: await hashPassword('the real passphrase'),
		country: 'FR',
		organisationId: organisation.id,
		requestedRole: 'officer',
		status: 'active',
		emailConfirmedAt: new Date(),
	})
	.run()

async function median(email: string, runs = 40) {
	const times: number[] = []
	for (let run = 0; run < runs; run++) {
		const started = performance.now()
		await checkCredentials(email, 'a wrong passphrase')
		times.push(performance.now() - started)
	}
	times.sort((a, b) => a - b)
	return times[Math.floor(times.length / 2)]!
}

await median('warm-up@example.org', 5)
const unknown = await median('nobody@example.org')
const known = await median('known@example.org')
console.log(`sign-in, unknown email:              median ${unknown.toFixed(1)} ms`)
console.log(`sign-in, known email, wrong password: median ${known.toFixed(1)} ms`)
console.log(`difference: ${(((known - unknown) / unknown) * 100).toFixed(1)} %`)
closeDb()
fs.rmSync(process.env.DATA_DIR, { recursive: true, force: true })
