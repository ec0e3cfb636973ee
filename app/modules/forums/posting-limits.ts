import { type Done, type Refusal } from '#app/platform/outcome.ts'

/**
 * New members post slowly and without links until they are trusted, so an account made to spam or to recruit does
 * little harm before a moderator sees it. Trust comes from a moderator, or by itself after a fortnight of ordinary
 * posting. The numbers are exported for the pages that explain them.
 */
export const trustAfterDays = 14
export const trustAfterPosts = 5
export const burstWindowMinutes = 10
export const newMemberPostsPerBurst = 3
export const newMemberPostsPerDay = 10
export const trustedPostsPerBurst = 20

const minute = 60 * 1000
const day = 24 * 60 * minute

export type PosterStanding = { joinedAt: Date; postsPublished: number; trusted: boolean; suspendedUntil: Date | null }

export type PostingRefusal = Refusal<'suspended' | 'rate-limited'> & { retryAfter: Date }

export function isTrusted(standing: PosterStanding, now: Date) {
	if (standing.trusted) return true
	const memberFor = now.getTime() - standing.joinedAt.getTime()
	return memberFor >= trustAfterDays * day && standing.postsPublished >= trustAfterPosts
}

/** Only trusted members may put links in what they post. */
export function mayLink(standing: PosterStanding, now: Date) {
	return isTrusted(standing, now)
}

/**
 * When posting is allowed again under one limit, or null while under it. A post counts in a window for its full
 * length: one made at 10:00 leaves a ten-minute window at 10:10.
 */
function freeAt(postTimes: number[], now: number, windowMs: number, limit: number): number | null {
	const inWindow = postTimes.filter((time) => time > now - windowMs).sort((a, b) => a - b)
	if (inWindow.length < limit) return null
	return (inWindow[inWindow.length - limit] ?? now) + windowMs
}

export function mayPost(standing: PosterStanding, recentPostTimes: Date[], now: Date): Done | PostingRefusal {
	if (standing.suspendedUntil && standing.suspendedUntil.getTime() > now.getTime()) {
		return { ok: false, reason: 'suspended', retryAfter: standing.suspendedUntil }
	}
	const times = recentPostTimes.map((time) => time.getTime())
	const limits = isTrusted(standing, now)
		? [{ windowMs: burstWindowMinutes * minute, limit: trustedPostsPerBurst }]
		: [
				{ windowMs: burstWindowMinutes * minute, limit: newMemberPostsPerBurst },
				{ windowMs: day, limit: newMemberPostsPerDay },
			]
	const waits = limits
		.map(({ windowMs, limit }) => freeAt(times, now.getTime(), windowMs, limit))
		.filter((time) => time !== null)
	if (waits.length === 0) return { ok: true }
	return { ok: false, reason: 'rate-limited', retryAfter: new Date(Math.max(...waits)) }
}
