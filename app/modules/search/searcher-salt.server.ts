import { createHmac, randomBytes } from 'node:crypto'
import { eq, ne, sql } from 'drizzle-orm'
import { type Db, truncateWal, writeTransaction } from '#app/db/client.server.ts'
import { searchMisses } from '#app/db/schema/index.ts'
import { monthOf } from '#app/platform/months.ts'
import { searchSalts } from '#app/db/vault.server.ts'

/**
 * A gap is shown once two different members asked, so Atlas tells members apart for a while without ever being able
 * to say who they were: a member's id is hashed with a random salt for the month (UTC) that only the vault holds, and
 * no backup copies. When the month ends the salt is destroyed and every hash made with it emptied, so nothing stored
 * can be matched to a person again, with the app key or anything else (decision 015).
 */

/** Destroys every salt but this month's, and empties the hashes made with them. Answers whether one was destroyed. */
function forgetOtherMonths(month: string, tx: Db) {
	const destroyed = tx.delete(searchSalts).where(ne(searchSalts.period, month)).run().changes
	if (destroyed)
		tx.update(searchMisses)
			.set({ searchers: [] })
			.where(sql`${searchMisses.searchers} <> '[]'`)
			.run()
	return destroyed > 0
}

/** Who searched, as this month's salt lets Atlas tell people apart; inside the transaction that counts the miss. */
export function searcherHash(userId: string, now: Date, tx: Db) {
	const month = monthOf(now)
	forgetOtherMonths(month, tx)
	let salt = tx.select().from(searchSalts).where(eq(searchSalts.period, month)).get()?.salt
	if (!salt) {
		salt = randomBytes(32)
		tx.insert(searchSalts).values({ period: month, salt }).run()
	}
	return createHmac('sha256', salt).update(userId).digest('hex').slice(0, 32)
}

/** Run hourly, so a month's salt is destroyed soon after the month ends even when nobody searches. */
export function forgetLastMonthsSearchers(now = new Date()) {
	const forgot = writeTransaction((tx) => forgetOtherMonths(monthOf(now), tx))
	// The WAL still holds the salt's page as it was until it is emptied into the zeroed file.
	if (forgot) truncateWal()
	return forgot
}
