import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding'
import { generateHOTP, createTOTPKeyURI } from '@oslojs/otp'
import { and, eq, isNull } from 'drizzle-orm'
import { renderSVG } from 'uqr'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { recoveryCodes, users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { hashToken, randomToken } from '#app/platform/crypto.server.ts'
import { decryptSecret, encryptSecret } from '#app/platform/keys.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Role } from '#app/platform/roles.ts'
import { rotateSession } from '#app/platform/session.server.ts'
import { attemptScope, paused, recordFailedAttempt, secondsPaused, type SignInPaused } from './sign-in-limits.server.ts'
import { rolesOf } from './users.server.ts'

const period = 30
const digits = 6
const recoveryCodeCount = 10

export function newTotpKey() {
	const key = new Uint8Array(20)
	crypto.getRandomValues(key)
	return key
}

/**
 * How long a key being set up may wait for its first code: time enough to install an app and scan it,
 * too short for a copied form to stay useful.
 */
export const enrolmentLifetimeMs = 15 * 60_000

type OpenedEnrolment = { userId: string; expiresAt: number; key: Uint8Array }

/**
 * The key being set up travels in the form, sealed with the app key together with whose it is and until
 * when, so it can neither be carried into another account nor kept for later.
 */
function sealEnrolment(enrolment: OpenedEnrolment) {
	const body = { u: enrolment.userId, e: enrolment.expiresAt, k: Buffer.from(enrolment.key).toString('base64url') }
	return encryptSecret(new TextEncoder().encode(JSON.stringify(body))).toString('base64url')
}

function openEnrolment(sealed: string): OpenedEnrolment | null {
	try {
		const body: unknown = JSON.parse(Buffer.from(decryptSecret(Buffer.from(sealed, 'base64url'))).toString('utf8'))
		if (typeof body !== 'object' || body === null) return null
		const { u, e, k } = body as Record<string, unknown>
		if (typeof u !== 'string' || typeof e !== 'number' || typeof k !== 'string') return null
		const key = new Uint8Array(Buffer.from(k, 'base64url'))
		return key.byteLength === 20 ? { userId: u, expiresAt: e, key } : null
	} catch {
		return null
	}
}

/** The key of an enrolment sealed for this person and still fresh; a forged or borrowed one is a wrong code. */
function enrolmentKey(
	userId: string,
	sealed: string,
	now: number,
): Outcome<'codeWrong' | 'enrolmentExpired', { key: Uint8Array }> {
	const opened = openEnrolment(sealed)
	if (!opened || opened.userId !== userId) return refuse('codeWrong')
	if (opened.expiresAt <= now) return refuse('enrolmentExpired')
	return done({ key: opened.key })
}

export function totpUri(accountName: string, key: Uint8Array) {
	return createTOTPKeyURI('Atlas', accountName, key, period, digits)
}

export type Enrolment = { enrolment: string; manualKey: string; qrDataUri: string }

/** What someone setting up an authenticator scans or types; the key itself goes back sealed in the form. */
export function enrolmentFor(
	person: { id: string; email: string },
	options: { key?: Uint8Array; expiresAt?: number } = {},
): Enrolment {
	const key = options.key ?? newTotpKey()
	const qr = renderSVG(totpUri(person.email, key), { border: 2 })
	return {
		enrolment: sealEnrolment({
			userId: person.id,
			expiresAt: options.expiresAt ?? Date.now() + enrolmentLifetimeMs,
			key,
		}),
		manualKey: encodeBase32UpperCaseNoPadding(key)
			.replace(/(.{4})/g, '$1 ')
			.trim(),
		qrDataUri: `data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}`,
	}
}

/**
 * After a wrong code, the key the person already scanned stays on offer until it expires (it is not
 * given more time); a forged, borrowed or expired enrolment gets none, and the page offers a new key.
 */
export function enrolmentToRetry(person: { id: string; email: string }, sealed: string, now = Date.now()) {
	const opened = openEnrolment(sealed)
	if (!opened || opened.userId !== person.id || opened.expiresAt <= now) return null
	return enrolmentFor(person, { key: opened.key, expiresAt: opened.expiresAt })
}

/** Administrators keep two-factor sign-in: their accounts can vet, revoke and read the audit log. */
export function mustKeepTwoFactor(roles: readonly Role[]) {
	return roles.includes('org_admin') || roles.includes('platform_admin')
}

/**
 * Where someone's two-factor sign-in stands, and the key to scan when it is off, or when they are
 * moving to a new authenticator (`replacing`).
 */
export function twoFactorStatus(
	user: { id: string; email: string; roles: readonly Role[]; twoFactorEnabled: boolean },
	options: { replacing?: boolean } = {},
) {
	const replacing = user.twoFactorEnabled && Boolean(options.replacing)
	return {
		enabled: user.twoFactorEnabled,
		replacing,
		required: mustKeepTwoFactor(user.roles),
		recoveryCodesLeft: user.twoFactorEnabled ? remainingRecoveryCodes(user.id) : 0,
		enrolment: user.twoFactorEnabled && !replacing ? null : enrolmentFor(user),
	}
}

function currentStep(now: number) {
	return Math.floor(now / 1000 / period)
}

/** Finds which time step (now, or one either side for clock drift) a code belongs to. */
export function matchingTotpStep(key: Uint8Array, code: string, now = Date.now()) {
	if (!/^[0-9]{6}$/.test(code)) return null
	const step = currentStep(now)
	for (const candidate of [step, step - 1, step + 1]) {
		if (generateHOTP(key, BigInt(candidate), digits) === code) return candidate
	}
	return null
}

export function normaliseRecoveryCode(code: string) {
	return code.toLowerCase().replace(/[^a-z2-7]/g, '')
}

function newRecoveryCodes() {
	return Array.from({ length: recoveryCodeCount }, () => {
		const raw = randomToken(8).slice(0, 12)
		return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`
	})
}

/**
 * Turns two-factor sign-in on once a code from the key being set up checks out, and returns the
 * recovery codes to show once. The key must have been sealed for this person, within the last
 * fifteen minutes. When a factor is already on, this replaces it, so it also takes a current code
 * (or a recovery code) from the factor in use: a session alone must not be able to swap the factor.
 * The session that proved the new factor is replaced by a verified one (its old token stops working);
 * the person's other sessions must prove it at their next sign-in.
 */
export function enableTwoFactor(
	userId: string,
	sessionId: string,
	input: { enrolment: string; code: string; currentCode?: string },
	now = Date.now(),
): Outcome<'codeWrong' | 'enrolmentExpired', { recoveryCodes: string[]; token: string | null }> | SignInPaused {
	const enrolment = enrolmentKey(userId, input.enrolment, now)
	if (!enrolment.ok) return enrolment
	const step = matchingTotpStep(enrolment.key, input.code.replace(/\s/g, ''), now)
	if (step === null) return refuse('codeWrong')
	const replacing = hasSecondFactor(userId)
	if (replacing) {
		const proof = proveCurrentFactor(userId, input.currentCode ?? '', now)
		if (!proof.ok) return { ...proof, field: 'currentCode' }
	}
	return writeTransaction((tx) => {
		tx.update(users)
			.set({ totpKey: encryptSecret(enrolment.key), totpEnabledAt: new Date(now), totpLastStep: step })
			.where(eq(users.id, userId))
			.run()
		recordAudit(
			{ event: 'two-factor-enabled', actorUserId: userId, subjectUserId: userId, details: { replaced: replacing } },
			tx,
		)
		const codes = replaceRecoveryCodes(userId, tx)
		const rotated = rotateSession(sessionId, { twoFactorVerified: true }, tx)
		return done({ recoveryCodes: codes, token: rotated?.token ?? null })
	})
}

function hasSecondFactor(userId: string) {
	const user = getDb().select({ totpKey: users.totpKey }).from(users).where(eq(users.id, userId)).get()
	return Boolean(user?.totpKey)
}

/** Cancels every recovery code of a user and returns ten new ones (shown once, stored hashed). */
function replaceRecoveryCodes(userId: string, tx: Db) {
	const codes = newRecoveryCodes()
	tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
	tx.insert(recoveryCodes)
		.values(codes.map((plain) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(plain)) })))
		.run()
	return codes
}

/** New recovery codes for someone who proves their second factor now. */
export function renewRecoveryCodes(
	userId: string,
	code: string,
): Outcome<'codeWrong', { recoveryCodes: string[] }> | SignInPaused {
	const proof = proveCurrentFactor(userId, code)
	if (!proof.ok) return proof
	const codes = writeTransaction((tx) => {
		recordAudit({ event: 'recovery-codes-renewed', actorUserId: userId, subjectUserId: userId }, tx)
		return replaceRecoveryCodes(userId, tx)
	})
	return done({ recoveryCodes: codes })
}

/**
 * Turns two-factor sign-in off for someone who proves it one last time. An administrator's
 * roles are read here, not trusted from the caller, so no page can switch it off for them;
 * their code is then not even checked, so refusing them uses none up.
 */
export function disableTwoFactor(
	userId: string,
	code: string,
): Outcome<'twoFactorRequired' | 'codeWrong'> | SignInPaused {
	if (mustKeepTwoFactor(rolesOf(userId))) return refuse('twoFactorRequired')
	const proof = proveCurrentFactor(userId, code)
	if (!proof.ok) return proof
	writeTransaction((tx) => {
		tx.update(users).set({ totpKey: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId)).run()
		tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
		recordAudit({ event: 'two-factor-disabled', actorUserId: userId, subjectUserId: userId }, tx)
	})
	return done()
}

/**
 * A code asked of someone already signed in, to move, renew or turn off their second factor. Wrong ones count
 * toward the same per-account limit as sign-in (decision 014), so a copied session cannot guess the code
 * behind its owner's back. A right one starts no count again: only a completed sign-in does.
 */
function proveCurrentFactor(userId: string, code: string, now = Date.now()): Outcome<'codeWrong'> | SignInPaused {
	const user = getDb().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()
	if (!user) return refuse('codeWrong')
	const scope = attemptScope(user.email, { id: userId }, null)
	const wait = secondsPaused(scope, now)
	if (wait) return paused(wait)
	if (code && verifySecondFactor(userId, code, now)) return done()
	recordFailedAttempt(scope, now)
	return refuse('codeWrong')
}

export function remainingRecoveryCodes(userId: string) {
	return getDb()
		.select({ id: recoveryCodes.id })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
		.all().length
}

/**
 * Checks a second factor: an authenticator code (each one usable once) or an unused
 * recovery code. Returns what was accepted, or null.
 */
export function verifySecondFactor(userId: string, code: string, now = Date.now()) {
	return writeTransaction((tx) => {
		const user = tx
			.select({ totpKey: users.totpKey, totpLastStep: users.totpLastStep })
			.from(users)
			.where(eq(users.id, userId))
			.get()
		if (!user?.totpKey) return null
		const step = matchingTotpStep(decryptSecret(user.totpKey), code.replace(/\s/g, ''), now)
		if (step !== null && step > (user.totpLastStep ?? -1)) {
			tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run()
			return 'totp' as const
		}
		const recovery = tx
			.select({ id: recoveryCodes.id })
			.from(recoveryCodes)
			.where(
				and(
					eq(recoveryCodes.userId, userId),
					eq(recoveryCodes.codeHash, hashToken(normaliseRecoveryCode(code))),
					isNull(recoveryCodes.usedAt),
				),
			)
			.get()
		if (recovery) {
			tx.update(recoveryCodes)
				.set({ usedAt: new Date(now) })
				.where(eq(recoveryCodes.id, recovery.id))
				.run()
			recordAudit({ event: 'recovery-code-used', subjectUserId: userId }, tx)
			return 'recovery-code' as const
		}
		recordAudit({ event: 'two-factor-failed', subjectUserId: userId }, tx)
		return null
	})
}
