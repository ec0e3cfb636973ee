import { and, eq, isNull } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { accountTokens, type TokenPurpose } from '#app/db/schema/index.ts'
import { hashToken, randomToken } from '#app/platform/crypto.server.ts'

export const tokenLifetimes: Record<TokenPurpose, number> = {
	'confirm-email': 7 * 24 * 60 * 60_000,
	'reset-password': 60 * 60_000,
}

/** Creates a single-use link token; only its hash is stored. Earlier unused tokens of the same purpose stop working. */
export function issueAccountToken(userId: string, purpose: TokenPurpose, db: Db = getDb(), now = new Date()) {
	const token = randomToken(20)
	db.update(accountTokens)
		.set({ usedAt: now })
		.where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)))
		.run()
	db.insert(accountTokens)
		.values({
			userId,
			purpose,
			tokenHash: hashToken(token),
			expiresAt: new Date(now.getTime() + tokenLifetimes[purpose]),
			createdAt: now,
		})
		.run()
	return token
}

function findLiveToken(token: string, purpose: TokenPurpose, db: Db, now: Date) {
	if (!/^[a-z2-7]{16,64}$/.test(token)) return null
	const row = db
		.select()
		.from(accountTokens)
		.where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose)))
		.get()
	if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null
	return row
}

/** Whether a link would still work, without using it (for the page a link opens). */
export function isAccountTokenLive(token: string, purpose: TokenPurpose, now = new Date()) {
	return findLiveToken(token, purpose, getDb(), now) !== null
}

/** Uses a token up inside the caller's transaction and returns its user, or null when it is unknown, used or expired. */
export function consumeAccountToken(token: string, purpose: TokenPurpose, db: Db, now = new Date()) {
	const row = findLiveToken(token, purpose, db, now)
	if (!row) return null
	db.update(accountTokens).set({ usedAt: now }).where(eq(accountTokens.id, row.id)).run()
	return row.userId
}
