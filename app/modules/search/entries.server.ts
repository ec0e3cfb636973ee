import { eq, inArray, sql } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { searchEntries, searchOutbox } from '#app/db/schema/index.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { searchText } from './normalise.ts'

export type EntryInput = Omit<typeof searchEntries.$inferInsert, 'id' | 'key' | 'itemKey'>

/** True when index changes must also reach Meilisearch through the outbox. */
export function usesMeilisearch() {
	return Boolean(getEnv().MEILISEARCH_URL)
}

/**
 * Replaces everything the index holds for one item, inside the caller's transaction:
 * the entries, their FTS5 rows and, with Meilisearch, an outbox row. So the index never
 * disagrees with the content, and a change waiting for Meilisearch survives a crash.
 */
export function replaceItemEntries(tx: Db, itemKey: string, entries: EntryInput[]) {
	const old = tx.select({ id: searchEntries.id }).from(searchEntries).where(eq(searchEntries.itemKey, itemKey)).all()
	if (old.length) {
		const ids = old.map((row) => row.id)
		tx.run(sql`delete from search_fts where rowid in ${ids}`)
		tx.delete(searchEntries).where(inArray(searchEntries.id, ids)).run()
	}
	for (const entry of entries) {
		const key = `${itemKey}:${entry.language}`
		const { id } = tx
			.insert(searchEntries)
			.values({ ...entry, key, itemKey })
			.returning({ id: searchEntries.id })
			.get()
		const [title, summary, body] = [entry.title, entry.summary, entry.body].map(searchText)
		tx.run(sql`insert into search_fts (rowid, title, summary, body) values (${id}, ${title}, ${summary}, ${body})`)
	}
	if (usesMeilisearch()) tx.insert(searchOutbox).values({ itemKey }).run()
}
