import Database from 'better-sqlite3'
import { sql } from 'drizzle-orm'
import { getRateLimitStore, type RateLimitStore, rateLimitWindows as windows } from '#app/db/rate-limits.server.ts'
import { getEnv } from './env.server.ts'
import { keyedHash } from './keys.server.ts'

function prepareHit(db: RateLimitStore) {
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
const hitStatements = new WeakMap<RateLimitStore, ReturnType<typeof prepareHit>>()

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

/**
 * Expired windows left by clients that never came back, a bounded batch at a time so the write lock stays short.
 * A sweep that cannot have the lock is simply skipped: the next one, 10 seconds later, deletes those rows too.
 */
function sweepExpired(db: RateLimitStore, now: number) {
	if (now < nextSweepAt) return
	nextSweepAt = now + sweepEveryMs
	try {
		db.run(
			sql`delete from ${windows} where rowid in (select rowid from ${windows} where ${windows.resetAt} <= ${now} limit 1000)`,
		)
	} catch (error) {
		if (!(error instanceof Database.SqliteError)) throw error
	}
}

const reportEveryMs = 60_000
let reportedAt = -Infinity
let uncounted = 0

/**
 * A hit that cannot be counted lets the request through: the limits hold back floods and guessing, and refusing
 * every request because `rate-limits.db` stayed locked for a second (or was damaged by a power cut) would be an
 * outage of its own. Sign-in keeps its per-account limit, which is counted in `atlas.db` (decision 014). The log
 * gets one line a minute at most, with how many went through uncounted and never who sent them.
 */
function letThroughUncounted(error: unknown, now: number) {
	if (!(error instanceof Database.SqliteError)) throw error
	uncounted += 1
	if (now - reportedAt < reportEveryMs) return
	reportedAt = now
	const since = `${uncounted} since the last such line`
	uncounted = 0
	if (error.code.startsWith('SQLITE_BUSY')) {
		console.warn(`Rate limits: rate-limits.db stayed locked for a second; requests let through uncounted: ${since}.`)
	} else {
		console.error(
			`Rate limits: rate-limits.db cannot be used (${error.code}); requests let through uncounted: ${since}. ` +
				'It holds only the current minute’s counts: if it is damaged, stop Atlas and delete it.',
		)
	}
}

/** Counts one hit and reads its window back; nothing when it could not be counted. */
function countHit(limit: string, client: string, now: number, windowMs: number) {
	let db: RateLimitStore
	let window: { count: number; resetAt: number }
	try {
		db = getRateLimitStore()
		let statement = hitStatements.get(db)
		if (!statement) hitStatements.set(db, (statement = prepareHit(db)))
		// all(), not get(): SQLite checkpoints the WAL automatically only when a statement is stepped to its end.
		// get() stops at the returned row and the reset commits, so with hits alone the WAL would grow for ever.
		window = statement.all({ limit, client, now, resetAt: now + windowMs })[0]!
	} catch (error) {
		letThroughUncounted(error, now)
		return undefined
	}
	sweepExpired(db, now)
	return window
}

/**
 * Fixed windows per client, counted in SQLite so that every Atlas process sees the same count: the 11th
 * sign-in in a minute is refused whichever process answers it. One hit is one UPSERT that counts and reads
 * back in the same statement, so two processes can never both take the last allowed attempt, and the write
 * lock (of `rate-limits.db`, not of `atlas.db`) is held only for that statement.
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
		const window = countHit(this.name, client, now, this.windowMs)
		if (!window || window.count <= this.limit) return { allowed: true, retryAfterSeconds: 0 }
		rememberRefusal(key, window.resetAt, now)
		return { allowed: false, retryAfterSeconds: secondsUntil(window.resetAt, now) }
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
	getRateLimitStore().delete(windows).run()
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
