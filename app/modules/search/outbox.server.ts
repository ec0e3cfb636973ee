import { and, asc, count, eq, isNull, lte } from 'drizzle-orm'
import { type Meilisearch } from 'meilisearch'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { searchOutbox } from '#app/db/schema/index.ts'
import { entriesOfItem, meiliClient, meiliDocument, meiliIndexName, meiliSettings } from './meilisearch.server.ts'

const taskTimeoutMs = 30_000
const batchSize = 100

/** Waits longer after each failure, up to ten minutes, so a long outage costs little. */
export function nextAttemptDelayMs(attempts: number) {
	return Math.min(10 * 60_000, 5_000 * 2 ** Math.min(attempts, 10))
}

async function confirmed(task: Promise<{ status: string; error?: { message: string } | null }>) {
	const done = await task
	if (done.status !== 'succeeded') throw new Error(done.error?.message ?? `Meilisearch task ${done.status}`)
}

const settled = new WeakSet<Meilisearch>()

/** Index settings go first, once per client, so filters and sorting work on the first push. */
export async function applyMeiliSettings(client: Meilisearch) {
	if (settled.has(client)) return
	await confirmed(client.index(meiliIndexName).updateSettings(meiliSettings).waitTask({ timeout: taskTimeoutMs }))
	settled.add(client)
}

/** Replaces an item's documents in Meilisearch with its current entries, waiting until Meilisearch confirms. */
export async function pushItem(client: Meilisearch, itemKey: string, db: Db = getDb()) {
	const index = client.index(meiliIndexName)
	await confirmed(
		index.deleteDocuments({ filter: `itemKey = ${JSON.stringify(itemKey)}` }).waitTask({ timeout: taskTimeoutMs }),
	)
	const entries = entriesOfItem(itemKey, db)
	if (entries.length)
		await confirmed(
			index.addDocuments(entries.map(meiliDocument), { primaryKey: 'id' }).waitTask({ timeout: taskTimeoutMs }),
		)
}

/**
 * Sends waiting index changes to Meilisearch. A row is marked delivered only after
 * Meilisearch confirms; on failure it stays, with a later retry time, so nothing is lost
 * while Meilisearch is down. Rows for one item are sent once, with its latest entries.
 */
export async function deliverSearchOutbox(client = meiliClient('write'), now = new Date(), db: Db = getDb()) {
	const outcome = { delivered: 0, failed: 0 }
	if (!client) return outcome
	const due = db
		.select()
		.from(searchOutbox)
		.where(and(isNull(searchOutbox.deliveredAt), lte(searchOutbox.nextAttemptAt, now)))
		.orderBy(asc(searchOutbox.id))
		.limit(batchSize)
		.all()
	const items = new Map<string, typeof due>()
	for (const row of due) items.set(row.itemKey, [...(items.get(row.itemKey) ?? []), row])
	for (const [itemKey, rows] of items) {
		try {
			await applyMeiliSettings(client)
			await pushItem(client, itemKey, db)
			writeTransaction((tx) => {
				for (const row of rows)
					tx.update(searchOutbox).set({ deliveredAt: new Date() }).where(eq(searchOutbox.id, row.id)).run()
			})
			outcome.delivered += rows.length
		} catch (error) {
			writeTransaction((tx) => {
				for (const row of rows) {
					tx.update(searchOutbox)
						.set({
							attempts: row.attempts + 1,
							nextAttemptAt: new Date(now.getTime() + nextAttemptDelayMs(row.attempts)),
							lastError: String((error as Error).message ?? error).slice(0, 500),
						})
						.where(eq(searchOutbox.id, row.id))
						.run()
				}
			})
			outcome.failed += rows.length
		}
	}
	return outcome
}

export function pendingSearchUpdates(db: Db = getDb()) {
	return db.select({ n: count() }).from(searchOutbox).where(isNull(searchOutbox.deliveredAt)).get()?.n ?? 0
}
