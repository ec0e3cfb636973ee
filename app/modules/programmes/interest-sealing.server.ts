import { and, eq, inArray, lte, notInArray } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { interestRequests } from '#app/db/schema/index.ts'
import { interestKeys } from '#app/db/vault.server.ts'
import { decryptSecret, newDataKey, openWith, sealWith } from '#app/platform/keys.server.ts'

/**
 * How a survivor's request is kept so that deleting it really deletes it (decision 015): each request is sealed
 * under its own random key, and that key lives only in the vault, which no backup copies. Deleting the request
 * destroys the key in the same transaction; `secure_delete` zeroes the freed bytes and the WAL is emptied after
 * each sweep, so neither the files nor a backup taken earlier can open the request again.
 */

export type SealedRequest = { sealed: Buffer; sealing: 'app-key' | 'request-key'; key: Buffer | null }

/** Seals a new request and stores its key; call inside the transaction that inserts the row. */
export function sealNewRequest(requestId: string, plain: Uint8Array, tx: Db) {
	const key = newDataKey()
	tx.insert(interestKeys).values({ requestId, key }).run()
	return sealWith(key, plain)
}

/** The request's bytes, or null when no key opens it any more (its key is gone: it is deleted in all but name). */
export function openRequest(row: SealedRequest): Uint8Array | null {
	try {
		if (row.sealing === 'app-key') return decryptSecret(row.sealed)
		return row.key ? openWith(row.key, row.sealed) : null
	} catch {
		return null
	}
}

/**
 * Requests sealed with the app key before decision 015 get their own key. The app key is in every backup, so
 * until then a deleted request could be opened from one. A row the app key cannot open is left to expire.
 */
export function resealLegacyRequests(tx: Db) {
	const rows = tx
		.select({ id: interestRequests.id, sealed: interestRequests.sealed })
		.from(interestRequests)
		.where(eq(interestRequests.sealing, 'app-key'))
		.all()
	let resealed = 0
	for (const row of rows) {
		const plain = openRequest({ sealed: row.sealed, sealing: 'app-key', key: null })
		if (!plain) continue
		const sealed = sealNewRequest(row.id, plain, tx)
		tx.update(interestRequests).set({ sealed, sealing: 'request-key' }).where(eq(interestRequests.id, row.id)).run()
		resealed++
	}
	return resealed
}

/**
 * Deletes every request past its retention together with its key, and the leftovers a crash between the two files
 * could leave: keys without a request, and requests whose key is gone. Answers how many requests were deleted.
 */
export function deleteExpiredRequests(now: Date, tx: Db) {
	const expired = tx
		.select({ id: interestRequests.id })
		.from(interestRequests)
		.where(lte(interestRequests.deleteAfter, now))
		.all()
		.map((row) => row.id)
	if (expired.length) tx.delete(interestKeys).where(inArray(interestKeys.requestId, expired)).run()
	const purged = tx.delete(interestRequests).where(lte(interestRequests.deleteAfter, now)).run().changes
	const requests = tx.select({ id: interestRequests.id }).from(interestRequests)
	tx.delete(interestKeys).where(notInArray(interestKeys.requestId, requests)).run()
	const keyed = tx.select({ id: interestKeys.requestId }).from(interestKeys)
	const unreadable = tx
		.delete(interestRequests)
		.where(and(eq(interestRequests.sealing, 'request-key'), notInArray(interestRequests.id, keyed)))
		.run().changes
	return purged + unreadable
}
