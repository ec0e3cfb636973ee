import { sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { rateLimitWindows as windows } from '#app/db/schema/index.ts'
import { getEnv } from './env.server.ts'
import { keyedHash } from './keys.server.ts'

function prepareHit(db: Db) {
	const now = sql.placeholder('now')
	return db
		.insert(windows)
		.values({
			limit: sql.placeholder('limit'),
			client: sql.placeholder('client'),
			count: 1,
			resetAt: sql.placeholder('resetAt'),
		})
		.onConflictDoUpdate({
			target: [windows.limit, windows.client],
			// Both read the row as it was before this hit: an expired window starts again at one.
			set: {
				count: sql`case when ${windows.resetAt} <= ${now} then 1 else ${windows.count} + 1 end`,
				resetAt: sql`case when ${windows.resetAt} <= ${now} then excluded.reset_at else ${windows.resetAt} end`,
			},
		})
		.returning({ count: windows.count, resetAt: windows.resetAt })
		.prepare()
}

// Prepared once per connection (tests close and reopen theirs), so a hit only runs it: every request makes one.
const hitStatements = new WeakMap<Db, ReturnType<typeof prepareHit>>()

/**
 * Clients this process has already seen refused, until their window ends. A refused client stays refused in
 * the table until then anyway, so answering them from here changes no answer; it only spares a flood from one
 * client a write per request, which would otherwise crowd the others' hits out of the write lock.
 */
const refusedUntil = new Map<string, number>()

function rememberRefusal(key: string, resetAt: number, now: number) {
	if (refusedUntil.size >= 10_000) {
		for (const [known, until] of refusedUntil) if (until <= now) refusedUntil.delete(known)
		if (refusedUntil.size >= 10_000) refusedUntil.clear()
	}
	refusedUntil.set(key, resetAt)
}

const secondsUntil = (at: number, now: number) => Math.max(1, Math.ceil((at - now) / 1000))

const sweepEveryMs = 10_000
let nextSweepAt = 0

/** Expired windows left by clients that never came back, a bounded batch at a time so the write lock stays short. */
function sweepExpired(db: Db, now: number) {
	if (now < nextSweepAt) return
	nextSweepAt = now + sweepEveryMs
	db.run(
		sql`delete from ${windows} where rowid in (select rowid from ${windows} where ${windows.resetAt} <= ${now} limit 1000)`,
	)
}

/**
 * Fixed windows per client, counted in SQLite so that every Atlas process sees the same count: the 11th
 * sign-in in a minute is refused whichever process answers it. One hit is one UPSERT that counts and reads
 * back in the same statement, so two processes can never both take the last allowed attempt, and the write
 * lock is held only for that statement.
 */
export class RateLimiter {
	constructor(
		private readonly limit: number,
		private readonly name = 'requests',
		private readonly windowMs = 60_000,
	) {}

	/** Counts one attempt and says whether it is allowed. */
	hit(client: string, now = Date.now()) {
		const key = `${this.name}\0${this.limit}\0${client}`
		const refused = refusedUntil.get(key)
		if (refused !== undefined && refused > now) return { allowed: false, retryAfterSeconds: secondsUntil(refused, now) }
		const db = getDb()
		let statement = hitStatements.get(db)
		if (!statement) hitStatements.set(db, (statement = prepareHit(db)))
		const { count, resetAt } = statement.get({ limit: this.name, client, now, resetAt: now + this.windowMs })!
		sweepExpired(db, now)
		if (count <= this.limit) return { allowed: true, retryAfterSeconds: 0 }
		rememberRefusal(key, resetAt, now)
		return { allowed: false, retryAfterSeconds: secondsUntil(resetAt, now) }
	}
}

export const rateLimitedActions = {
	'sign-in': 10,
	'sign-up': 5,
	'password-reset': 5,
	'two-factor': 10,
	/** Survivors' "I'm interested" requests: enough for a real person, too few for a flood. */
	interest: 5,
	/** Certificate verification lookups: a verifier needs a few, guessing a 160-bit code needs billions. */
	verify: 30,
} as const
export type RateLimitedAction = keyof typeof rateLimitedActions

function limiterFor(action: RateLimitedAction) {
	return new RateLimiter(Math.ceil(rateLimitedActions[action] * getEnv().RATE_LIMIT_FACTOR), action)
}

/** Forgets every count (tests start each case afresh); another process still refuses those it refused. */
export function resetRateLimits() {
	getDb().delete(windows).run()
	refusedUntil.clear()
}

/**
 * Who is counted: a keyed hash of the address (HMAC with the app key), so the table never holds an address,
 * nor a plain hash that anyone could reverse by hashing every IPv4 address.
 */
export function clientKey(address: string | undefined) {
	return keyedHash('rate-limit-client', address ?? 'unknown')
}

/** Throws a 429 response (rendered as a translated page) once a client exceeds an action's limit. */
export function enforceRateLimit(action: RateLimitedAction, client: string) {
	const { allowed, retryAfterSeconds } = limiterFor(action).hit(client)
	if (!allowed) {
		throw new Response(JSON.stringify({ reason: 'rate-limited' }), {
			status: 429,
			headers: { 'Retry-After': String(retryAfterSeconds), 'Content-Type': 'application/json' },
		})
	}
}
