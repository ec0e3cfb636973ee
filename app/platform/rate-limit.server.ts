import { getEnv } from './env.server.ts'
import { hashToken } from './crypto.server.ts'

type Window = { count: number; resetAt: number }

/**
 * Fixed one-minute windows per client, held in memory only. The client key is a
 * hash of the address, so the limiter never keeps an IP address either.
 */
export class RateLimiter {
	private windows = new Map<string, Window>()
	constructor(
		private readonly limit: number,
		private readonly windowMs = 60_000,
	) {}

	/** Counts one attempt and says whether it is allowed. */
	hit(client: string, now = Date.now()) {
		const current = this.windows.get(client)
		if (!current || current.resetAt <= now) {
			if (this.windows.size > 50_000) this.sweep(now)
			this.windows.set(client, { count: 1, resetAt: now + this.windowMs })
			return { allowed: true, retryAfterSeconds: 0 }
		}
		current.count += 1
		const allowed = current.count <= this.limit
		return { allowed, retryAfterSeconds: Math.ceil((current.resetAt - now) / 1000) }
	}

	reset() {
		this.windows.clear()
	}

	private sweep(now: number) {
		for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
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

type Limiters = Map<RateLimitedAction, RateLimiter>
const holder = globalThis as { __atlasLimiters?: Limiters }

function limiterFor(action: RateLimitedAction) {
	holder.__atlasLimiters ??= new Map()
	let limiter = holder.__atlasLimiters.get(action)
	if (!limiter) {
		limiter = new RateLimiter(Math.ceil(rateLimitedActions[action] * getEnv().RATE_LIMIT_FACTOR))
		holder.__atlasLimiters.set(action, limiter)
	}
	return limiter
}

export function resetRateLimits() {
	holder.__atlasLimiters?.clear()
}

export function clientKey(address: string | undefined) {
	return hashToken(`client:${address ?? 'unknown'}`).slice(0, 32)
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
