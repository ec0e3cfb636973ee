import { expect, test } from 'vitest'
import {
	isTrusted,
	mayLink,
	mayPost,
	newMemberPostsPerBurst,
	newMemberPostsPerDay,
	type PosterStanding,
	trustAfterDays,
	trustAfterPosts,
	trustedPostsPerBurst,
} from './posting-limits.ts'

const now = new Date('2026-05-20T12:00:00Z')
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000)
const daysAgo = (days: number) => minutesAgo(days * 24 * 60)

const newcomer: PosterStanding = { joinedAt: daysAgo(2), postsPublished: 1, trusted: false, suspendedUntil: null }
const regular: PosterStanding = { joinedAt: daysAgo(30), postsPublished: 40, trusted: false, suspendedUntil: null }

test('the limits pages quote are the ones enforced', () => {
	expect([trustAfterDays, trustAfterPosts, newMemberPostsPerBurst, newMemberPostsPerDay, trustedPostsPerBurst]).toEqual(
		[14, 5, 3, 10, 20],
	)
})

test('a member is trusted by a moderator, or after two weeks and five published posts', () => {
	expect(isTrusted(newcomer, now)).toBe(false)
	expect(isTrusted({ ...newcomer, trusted: true }, now)).toBe(true)
	expect(isTrusted(regular, now)).toBe(true)
	// Long membership alone, or many posts in a few days, is not enough.
	expect(isTrusted({ ...regular, postsPublished: 4 }, now)).toBe(false)
	expect(isTrusted({ ...newcomer, postsPublished: 50 }, now)).toBe(false)
	expect(isTrusted({ ...newcomer, joinedAt: daysAgo(14), postsPublished: 5 }, now)).toBe(true)
	expect(isTrusted({ ...newcomer, joinedAt: minutesAgo(14 * 24 * 60 - 1), postsPublished: 5 }, now)).toBe(false)
})

test('only trusted members may post links', () => {
	expect(mayLink(newcomer, now)).toBe(false)
	expect(mayLink(regular, now)).toBe(true)
	expect(mayLink({ ...newcomer, trusted: true }, now)).toBe(true)
})

test('a new member posts three times in ten minutes, then waits until the oldest of them is ten minutes old', () => {
	expect(mayPost(newcomer, [], now)).toEqual({ ok: true })
	expect(mayPost(newcomer, [minutesAgo(1), minutesAgo(5)], now)).toEqual({ ok: true })
	expect(mayPost(newcomer, [minutesAgo(1), minutesAgo(7), minutesAgo(5)], now)).toEqual({
		ok: false,
		reason: 'rate-limited',
		retryAfter: minutesAgo(-3),
	})
	// A post ten minutes old no longer counts.
	expect(mayPost(newcomer, [minutesAgo(1), minutesAgo(5), minutesAgo(10)], now)).toEqual({ ok: true })
})

test('a new member posts ten times a day at most', () => {
	const nine = Array.from({ length: 9 }, (_, index) => minutesAgo(60 + index * 60))
	expect(mayPost(newcomer, nine, now)).toEqual({ ok: true })
	const ten = [...nine, minutesAgo(23 * 60 + 30)]
	expect(mayPost(newcomer, ten, now)).toEqual({ ok: false, reason: 'rate-limited', retryAfter: minutesAgo(-30) })
	// Both limits reached: the member may post again once both allow it, here when the burst has aged.
	const burst = [minutesAgo(1), minutesAgo(2), minutesAgo(3)]
	const both = [...burst, ...nine.slice(3), minutesAgo(23 * 60 + 55)]
	expect(mayPost(newcomer, both, now)).toEqual({ ok: false, reason: 'rate-limited', retryAfter: minutesAgo(-7) })
})

test('a trusted member posts twenty times in ten minutes and has no daily limit', () => {
	const nineteen = Array.from({ length: 19 }, (_, index) => minutesAgo(index * 0.5))
	expect(mayPost(regular, nineteen, now)).toEqual({ ok: true })
	expect(mayPost(regular, [...nineteen, minutesAgo(9)], now)).toEqual({
		ok: false,
		reason: 'rate-limited',
		retryAfter: minutesAgo(-1),
	})
	const manyToday = Array.from({ length: 60 }, (_, index) => minutesAgo(15 + index * 20))
	expect(mayPost(regular, manyToday, now)).toEqual({ ok: true })
})

test('a suspended member may not post until the suspension ends', () => {
	const until = minutesAgo(-60 * 24)
	expect(mayPost({ ...regular, suspendedUntil: until }, [], now)).toEqual({
		ok: false,
		reason: 'suspended',
		retryAfter: until,
	})
	expect(mayPost({ ...regular, suspendedUntil: minutesAgo(1) }, [], now)).toEqual({ ok: true })
})
