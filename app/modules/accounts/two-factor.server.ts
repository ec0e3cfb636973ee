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
import { markSessionTwoFactorVerified } from '#app/platform/session.server.ts'
import { rolesOf } from './users.server.ts'

const period = 30
const digits = 6
const recoveryCodeCount = 10

export function newTotpKey() {
	const key = new Uint8Array(20)
	crypto.getRandomValues(key)
	return key
}

/** The key being set up travels in the form, sealed with the app key, until the first code proves it works. */
export function sealEnrolment(key: Uint8Array) {
	return encryptSecret(key).toString('base64url')
}

export function openEnrolment(sealed: string) {
	try {
		const key = decryptSecret(Buffer.from(sealed, 'base64url'))
		return key.byteLength === 20 ? key : null
	} catch {
		return null
	}
}

export function totpUri(accountName: string, key: Uint8Array) {
	return createTOTPKeyURI('Atlas', accountName, key, period, digits)
}

export type Enrolment = { enrolment: string; manualKey: string; qrDataUri: string }

/** What someone setting up an authenticator scans or types; the key itself goes back sealed in the form. */
export function enrolmentFor(email: string, key: Uint8Array = newTotpKey()): Enrolment {
	const qr = renderSVG(totpUri(email, key), { border: 2 })
	return {
		enrolment: sealEnrolment(key),
		manualKey: encodeBase32UpperCaseNoPadding(key)
			.replace(/(.{4})/g, '$1 ')
			.trim(),
		qrDataUri: `data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}`,
	}
}

/** After a wrong code, the key the person already scanned stays on offer; a forged enrolment gets none. */
export function enrolmentToRetry(email: string, sealed: string) {
	const key = openEnrolment(sealed)
	return key ? enrolmentFor(email, key) : null
}

/** Administrators keep two-factor sign-in: their accounts can vet, revoke and read the audit log. */
export function mustKeepTwoFactor(roles: readonly Role[]) {
	return roles.includes('org_admin') || roles.includes('platform_admin')
}

/** Where someone's two-factor sign-in stands, and the key to scan when it is off. */
export function twoFactorStatus(user: {
	id: string
	email: string
	roles: readonly Role[]
	twoFactorEnabled: boolean
}) {
	return {
		enabled: user.twoFactorEnabled,
		required: mustKeepTwoFactor(user.roles),
		recoveryCodesLeft: user.twoFactorEnabled ? remainingRecoveryCodes(user.id) : 0,
		enrolment: user.twoFactorEnabled ? null : enrolmentFor(user.email),
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
 * Turns two-factor sign-in on once a code from the sealed key being set up checks out, and returns
 * the recovery codes to show once. The session that proved the new factor counts as verified;
 * the others must prove it at their next sign-in.
 */
export function enableTwoFactor(
	userId: string,
	sessionId: string,
	sealed: string,
	code: string,
	now = Date.now(),
): Outcome<'codeWrong', { recoveryCodes: string[] }> {
	const key = openEnrolment(sealed)
	const step = key ? matchingTotpStep(key, code.replace(/\s/g, ''), now) : null
	if (!key || step === null) return refuse('codeWrong')
	const codes = writeTransaction((tx) => {
		tx.update(users)
			.set({ totpKey: encryptSecret(key), totpEnabledAt: new Date(now), totpLastStep: step })
			.where(eq(users.id, userId))
			.run()
		recordAudit({ event: 'two-factor-enabled', actorUserId: userId, subjectUserId: userId }, tx)
		return replaceRecoveryCodes(userId, tx)
	})
	markSessionTwoFactorVerified(sessionId)
	return done({ recoveryCodes: codes })
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
export function renewRecoveryCodes(userId: string, code: string): Outcome<'codeWrong', { recoveryCodes: string[] }> {
	if (!verifySecondFactor(userId, code)) return refuse('codeWrong')
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
export function disableTwoFactor(userId: string, code: string): Outcome<'twoFactorRequired' | 'codeWrong'> {
	if (mustKeepTwoFactor(rolesOf(userId))) return refuse('twoFactorRequired')
	if (!verifySecondFactor(userId, code)) return refuse('codeWrong')
	writeTransaction((tx) => {
		tx.update(users).set({ totpKey: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId)).run()
		tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run()
		recordAudit({ event: 'two-factor-disabled', actorUserId: userId, subjectUserId: userId }, tx)
	})
	return done()
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
