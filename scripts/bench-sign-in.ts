// Measures whether sign-in and password-reset answers reveal that an account exists, by timing.
// Usage: npm run bench:sign-in. Prints the median time for an unknown email and for a
// known email with a wrong password, then for a reset request for each; they should be within a few percent.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'))
process.env.NODE_ENV = 'test'
// Every attempt here fails on purpose; the per-account pause would otherwise answer them all after five.
process.env.RATE_LIMIT_FACTOR = '10000'
const { migrateDb, getDb, closeDb } = await import('#app/db/client.server.ts')
const { organisations, users } = await import('#app/db/schema/index.ts')
const { hashPassword } = await import('#app/modules/accounts/password.server.ts')
const { signInWithPassword } = await import('#app/modules/accounts/sign-in.server.ts')
const { requestPasswordReset } = await import('#app/modules/accounts/password-reset.server.ts')

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

/**
 * Median times of an attempt for an unknown and a known address, measured in turns, so that whatever
 * changes during the run (the database growing, the machine's other work) weighs on both alike.
 */
async function mediansInTurns(attempt: (email: string) => unknown, runs: number) {
	const emails = { unknown: 'nobody@example.org', known: 'known@example.org' }
	const times = { unknown: [] as number[], known: [] as number[] }
	const warmUp = Math.ceil(runs / 10)
	for (let run = 0; run < 2 * (runs + warmUp); run++) {
		const which = run % 2 ? 'known' : 'unknown'
		const started = performance.now()
		await attempt(emails[which])
		if (run >= 2 * warmUp) times[which].push(performance.now() - started)
	}
	const middle = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!
	return { unknown: middle(times.unknown), known: middle(times.known) }
}

const percent = ({ unknown, known }: { unknown: number; known: number }) =>
	`${(((known - unknown) / unknown) * 100).toFixed(1)} %`

// The whole password step, with the per-account limit's bookkeeping, as the sign-in page runs it.
const browser = { device: 'Bench', sessionToken: null, deviceMark: null }
const signIn = await mediansInTurns(
	(email) => signInWithPassword({ email, password: 'a wrong passphrase' }, browser),
	40,
)
console.log(`sign-in, unknown email:              median ${signIn.unknown.toFixed(1)} ms`)
console.log(`sign-in, known email, wrong password: median ${signIn.known.toFixed(1)} ms`)
console.log(`difference: ${percent(signIn)}`)

// A reset request only queues a job, the same for every address; the job sends the link afterwards.
const reset = await mediansInTurns((email) => requestPasswordReset(email, 'en'), 200)
console.log(`reset request, unknown email:         median ${reset.unknown.toFixed(3)} ms`)
console.log(`reset request, known email:           median ${reset.known.toFixed(3)} ms`)
console.log(`difference: ${percent(reset)}`)
closeDb()
fs.rmSync(process.env.DATA_DIR, { recursive: true, force: true })
