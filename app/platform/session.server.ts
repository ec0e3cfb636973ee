import { and, eq, ne } from 'drizzle-orm'
import { cookieHeader, readCookie } from './cookies.server.ts'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { sessions } from '#app/db/schema/index.ts'
import { hashBytes, randomToken, sameBytes } from './crypto.server.ts'
import { getEnv } from './env.server.ts'

export const sessionCookieName = 'atlas_session'
const activityWriteInterval = 60_000

export type Session = typeof sessions.$inferSelect

export function sessionLimits() {
	const env = getEnv()
	return {
		idleMs: env.SESSION_IDLE_MINUTES * 60_000,
		lifetimeMs: env.SESSION_LIFETIME_MINUTES * 60_000,
	}
}

export function createSession(
	userId: string,
	options: { twoFactorVerified: boolean; device: string; now?: Date },
	db: Db = getDb(),
) {
	const now = options.now ?? new Date()
	const id = randomToken()
	const secret = randomToken(20)
	const session = db
		.insert(sessions)
		.values({
			id,
			secretHash: hashBytes(secret),
			userId,
			createdAt: now,
			lastActiveAt: now,
			twoFactorVerified: options.twoFactorVerified,
			device: options.device.slice(0, 80),
		})
		.returning()
		.get()
	return { token: `${id}.${secret}`, session }
}

/** Returns the live session for a cookie token, or null when it is unknown, forged, idle or too old. */
export function validateSessionToken(token: string, now = new Date()): Session | null {
	const [id, secret, ...rest] = token.split('.')
	if (!id || !secret || rest.length > 0 || id.length > 64 || secret.length > 64) return null
	const db = getDb()
	const session = db.select().from(sessions).where(eq(sessions.id, id)).get()
	if (!session || !sameBytes(hashBytes(secret), session.secretHash)) return null
	const { idleMs, lifetimeMs } = sessionLimits()
	const idleFor = now.getTime() - session.lastActiveAt.getTime()
	const age = now.getTime() - session.createdAt.getTime()
	if (idleFor >= idleMs || age >= lifetimeMs) {
		db.delete(sessions).where(eq(sessions.id, id)).run()
		return null
	}
	if (idleFor >= activityWriteInterval) {
		db.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, id)).run()
		session.lastActiveAt = now
	}
	return session
}

/**
 * Replaces a session with a new one (new id and secret) when what it may do grows: a copy of the old
 * token, taken before the change, must not become the stronger session. The new one keeps the old
 * one's sign-in time, so rotating never stretches the absolute lifetime. Returns null when the old
 * session is already gone.
 */
export function rotateSession(sessionId: string, change: { twoFactorVerified?: boolean }, db?: Db) {
	const rotate = (tx: Db) => {
		const old = tx.select().from(sessions).where(eq(sessions.id, sessionId)).get()
		if (!old) return null
		tx.delete(sessions).where(eq(sessions.id, sessionId)).run()
		const id = randomToken()
		const secret = randomToken(20)
		const session = tx
			.insert(sessions)
			.values({
				...old,
				id,
				secretHash: hashBytes(secret),
				lastActiveAt: new Date(),
				twoFactorVerified: change.twoFactorVerified ?? old.twoFactorVerified,
			})
			.returning()
			.get()
		return { token: `${id}.${secret}`, session }
	}
	return db ? rotate(db) : writeTransaction(rotate)
}

export function endSession(sessionId: string, db: Db = getDb()) {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run()
}

export function endUserSession(userId: string, sessionId: string, db: Db = getDb()) {
	return db
		.delete(sessions)
		.where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
		.run().changes
}

export function endUserSessions(userId: string, options: { except?: string } = {}, db: Db = getDb()) {
	const condition = options.except
		? and(eq(sessions.userId, userId), ne(sessions.id, options.except))
		: eq(sessions.userId, userId)
	return db.delete(sessions).where(condition).run().changes
}

export function listUserSessions(userId: string, now = new Date()) {
	const { idleMs, lifetimeMs } = sessionLimits()
	return getDb()
		.select({
			id: sessions.id,
			createdAt: sessions.createdAt,
			lastActiveAt: sessions.lastActiveAt,
			device: sessions.device,
		})
		.from(sessions)
		.where(eq(sessions.userId, userId))
		.orderBy(sessions.createdAt)
		.all()
		.filter(
			(session) =>
				now.getTime() - session.lastActiveAt.getTime() < idleMs &&
				now.getTime() - session.createdAt.getTime() < lifetimeMs,
		)
}

export function readSessionToken(request: Request) {
	const value = readCookie(request, sessionCookieName)
	if (value === null) return null
	try {
		return decodeURIComponent(value)
	} catch {
		// Not a cookie Atlas wrote (its tokens need no escaping): no session, rather than an error on every page.
		return null
	}
}

export function sessionCookie(request: Request, token: string) {
	return cookieHeader(request, sessionCookieName, token, Math.floor(sessionLimits().lifetimeMs / 1000))
}

export function clearedSessionCookie(request: Request) {
	return cookieHeader(request, sessionCookieName, '', 0)
}

/** A short, human label for the sessions list ("Firefox on Windows"); the raw user agent is not kept. */
export function describeDevice(userAgent: string | null) {
	if (!userAgent) return ''
	const browser =
		[
			['Edg/', 'Edge'],
			['OPR/', 'Opera'],
			['Firefox/', 'Firefox'],
			['Chromium/', 'Chromium'],
			['HeadlessChrome/', 'Chromium'],
			['Chrome/', 'Chrome'],
			['Safari/', 'Safari'],
		].find(([marker]) => userAgent.includes(marker!))?.[1] ?? ''
	const system =
		[
			['Android', 'Android'],
			['iPhone', 'iOS'],
			['iPad', 'iPadOS'],
			['Windows', 'Windows'],
			['Mac OS X', 'macOS'],
			['CrOS', 'ChromeOS'],
			['Linux', 'Linux'],
		].find(([marker]) => userAgent.includes(marker!))?.[1] ?? ''
	return [browser, system].filter(Boolean).join(' · ')
}
