import { eq, inArray, lte, sql } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { preparedStatement } from '#app/db/statements.server.ts'
import { searchChanges, searchEntries, searchOutbox } from '#app/db/schema/index.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { searchText, wordPattern } from './normalise.ts'

export type EntryInput = Omit<typeof searchEntries.$inferInsert, 'id' | 'key' | 'itemKey'>

/** True when index changes must also reach Meilisearch through the outbox. */
export function usesMeilisearch() {
	return Boolean(getEnv().MEILISEARCH_URL)
}

/** How many changes each process may still catch up on; one that missed more reads the whole catalogue again. */
const keptChanges = 5000

/**
 * Replaces everything the index holds for one item, inside the caller's transaction:
 * the entries, their FTS5 rows (search_fts, and search_heads for titles and summaries), their words, a change row that tells every process's
 * catalogue to read the item again and, with Meilisearch, an outbox row. So the index
 * never disagrees with the content, and a change waiting for Meilisearch survives a crash.
 */
export function replaceItemEntries(tx: Db, itemKey: string, entries: EntryInput[]) {
	const old = tx.select({ id: searchEntries.id }).from(searchEntries).where(eq(searchEntries.itemKey, itemKey)).all()
	if (old.length) {
		const ids = old.map((row) => row.id)
		tx.run(sql`delete from search_fts where rowid in ${ids}`)
		tx.run(sql`delete from search_heads where rowid in ${ids}`)
		tx.delete(searchEntries).where(inArray(searchEntries.id, ids)).run()
	}
	// Statements kept per connection: a rebuild writes 100,000 entries, and building each query anew cost a third.
	const insertEntry = preparedStatement<unknown[], number>(
		tx.$client,
		`insert into search_entries (key, item_key, kind, path, language, title, summary, body, type, topics, countries, tier, published_on)
		 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
	).pluck()
	const insertText = preparedStatement<[number, string, string, string]>(
		tx.$client,
		'insert into search_fts (rowid, title, summary, body) values (?, ?, ?, ?)',
	)
	const insertHead = preparedStatement<[number, string, string]>(
		tx.$client,
		'insert into search_heads (rowid, title, summary) values (?, ?, ?)',
	)
	for (const entry of entries) {
		const id = insertEntry.get(
			`${itemKey}:${entry.language}`,
			itemKey,
			entry.kind,
			entry.path,
			entry.language,
			entry.title,
			entry.summary,
			entry.body,
			entry.type,
			JSON.stringify(entry.topics),
			JSON.stringify(entry.countries),
			entry.tier,
			entry.publishedOn,
		)!
		const texts = [entry.title, entry.summary, entry.body].map(searchText) as [string, string, string]
		insertText.run(id, ...texts)
		insertHead.run(id, texts[0], texts[1])
		recordWords(tx, texts, accessTiers.indexOf(entry.tier))
	}
	noteChange(tx, itemKey)
	if (usesMeilisearch()) tx.insert(searchOutbox).values({ itemKey }).run()
}

/** The change that says every item changed: the index was rebuilt. */
export const everyItem = '*'

/** Tells every process's catalogue that the item changed; `*` that everything did. */
export function noteChange(tx: Db, itemKey: string) {
	const { id } = tx.insert(searchChanges).values({ itemKey }).returning({ id: searchChanges.id }).get()
	if (id % 1000 === 0)
		tx.delete(searchChanges)
			.where(lte(searchChanges.id, id - keptChanges))
			.run()
}

/** Words already written in this transaction at a tier no higher: a bulk rebuild writes each word once. */
const writtenWords = new WeakMap<Db, Map<string, number>>()

/** Keeps each word of an entry with the lowest tier it is readable at, for typo tolerance. */
function recordWords(tx: Db, texts: string[], tier: number) {
	let written = writtenWords.get(tx)
	if (!written) writtenWords.set(tx, (written = new Map()))
	const statement = preparedStatement<[string, number]>(
		tx.$client,
		'insert into search_words (word, tier) values (?, ?) on conflict (word) do update set tier = excluded.tier where excluded.tier < tier',
	)
	for (const text of texts) {
		for (const word of text.match(wordPattern) ?? []) {
			if ((written.get(word) ?? Infinity) <= tier) continue
			statement.run(word, tier)
			written.set(word, tier)
		}
	}
}
