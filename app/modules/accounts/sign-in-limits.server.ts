import { and, eq, lt } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { signInThrottles } from '#app/db/schema/index.ts'
import { randomToken } from '#app/platform/crypto.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'
import { keyedHash } from '#app/platform/keys.server.ts'
import { type Refusal, refuse } from '#app/platform/outcome.ts'
import { sendAccountEmail } from './emails.server.ts'
import { isKnownDevice } from './known-device.server.ts'
import { getAccountUser, normaliseEmail } from './users.server.ts'

/**
 * Per-account sign-in limits (decision 014). Failures of either step (password, second-factor code) against
 * one address are counted whatever client sent them. Past a threshold, each failure pauses sign-in for that
 * address: one minute, then twice as long each time, at most fifteen minutes. A completed sign-in or a
 * password reset starts the count again; so does a day without failures. A browser that signed in to the
 * account before is counted apart, so a stranger cannot pause the owner's own browser at all.
 */
const failuresBeforePause = 5
const firstPauseMs = 60_000
const longestPauseMs = 15 * 60_000
const forgottenAfterMs = 24 * 60 * 60_000
export const signInPausedNoticeJob = 'sign-in-paused-notice'

/** A refusal that tells how long to wait: the limit paused sign-in for this address. */
export type SignInPaused = Refusal<'tooManyAttempts'> & { retryAfterSeconds: number }

export function paused(retryAfterSeconds: number): SignInPaused {
	return { ...refuse('tooManyAttempts'), retryAfterSeconds }
}

/** Whose attempts these are: the address typed (an account or not), and whether from the owner's known browser. */
export type AttemptScope = { subject: string; knownDevice: boolean; userId: string | null }

export function attemptScope(email: string, account: { id: string } | null, deviceMark: string | null): AttemptScope {
	return {
		subject: keyedHash('sign-in-attempts', normaliseEmail(email)),
		knownDevice: isKnownDevice(deviceMark, account?.id ?? null),
		userId: account?.id ?? null,
	}
}

/** The e2e suite signs the demo accounts in many times from one machine; its factor raises this threshold too. */
function threshold() {
	return Math.ceil(failuresBeforePause * getEnv().RATE_LIMIT_FACTOR)
}

function pauseLength(pauses: number) {
	return Math.min(firstPauseMs * 2 ** (pauses - 1), longestPauseMs)
}

function rowOf(scope: AttemptScope, db: Db) {
	return db
		.select()
		.from(signInThrottles)
		.where(and(eq(signInThrottles.subject, scope.subject), eq(signInThrottles.knownDevice, scope.knownDevice)))
		.get()
}

/** Seconds until this scope may try again, or 0. A paused attempt is not checked, so it costs and counts nothing. */
export function secondsPaused(scope: AttemptScope, now = Date.now()) {
	const row = rowOf(scope, getDb())
	const until = row?.pausedUntil?.getTime() ?? 0
	return until > now ? Math.ceil((until - now) / 1000) : 0
}

/**
 * Counts one failure; past the threshold it pauses the scope for the next, longer, window. The first pause
 * of a run of failures queues a notice to the account's owner. The same work is done for an address with no
 * account (the job then finds nobody to write to), so neither the answers nor their timing tell them apart.
 */
export function recordFailedAttempt(scope: AttemptScope, now = Date.now()) {
	writeTransaction((tx) => {
		tx.delete(signInThrottles)
			.where(lt(signInThrottles.lastFailureAt, new Date(now - forgottenAfterMs)))
			.run()
		const row = rowOf(scope, tx)
		const failures = (row?.failures ?? 0) + 1
		const pausing = failures >= threshold()
		const pauses = (row?.pauses ?? 0) + (pausing ? 1 : 0)
		const values = {
			failures,
			pauses,
			pausedUntil: pausing ? new Date(now + pauseLength(pauses)) : null,
			lastFailureAt: new Date(now),
		}
		tx.insert(signInThrottles)
			.values({ subject: scope.subject, knownDevice: scope.knownDevice, ...values })
			.onConflictDoUpdate({ target: [signInThrottles.subject, signInThrottles.knownDevice], set: values })
			.run()
		if (pausing && pauses === 1) {
			scheduleJob(tx, {
				kind: signInPausedNoticeJob,
				key: `${signInPausedNoticeJob}:${randomToken()}`,
				payload: { userId: scope.userId ?? '' },
				runAt: new Date(now),
			})
		}
	})
}

/** A completed sign-in starts this scope's count again (a stranger's stays when the owner's own browser signs in). */
export function clearFailedAttempts(scope: AttemptScope) {
	writeTransaction((tx) =>
		tx
			.delete(signInThrottles)
			.where(and(eq(signInThrottles.subject, scope.subject), eq(signInThrottles.knownDevice, scope.knownDevice)))
			.run(),
	)
}

/** A new password chosen from a reset link proves the mailbox: every count of that address starts again. */
export function clearAllFailedAttempts(email: string, db: Db) {
	db.delete(signInThrottles)
		.where(eq(signInThrottles.subject, keyedHash('sign-in-attempts', normaliseEmail(email))))
		.run()
}

/** The queued notice: written to the account's owner in their language; nobody when the address has no account. */
export async function sendSignInPausedNotice(payload: JobPayload) {
	const user = payload.userId ? getAccountUser(String(payload.userId)) : null
	if (!user) return
	const language = isLanguage(user.locale) ? user.locale : defaultLanguage
	await sendAccountEmail(user, { kind: 'sign-in-paused', link: `/${language}/forgot-password` })
}
