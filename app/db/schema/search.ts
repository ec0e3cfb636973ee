import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { type Language } from '#app/platform/i18n.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { searchKinds } from '#app/modules/search/vocabulary.ts'
import { createdAt, timestamp } from './columns.ts'

/**
 * One row per searchable item and language: what every engine indexes. The FTS5 table
 * `search_fts` (migration 0006) holds the same rows' normalised text under the same rowid.
 */
export const searchEntries = sqliteTable(
	'search_entries',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** `<kind>:<id>:<language>`; the engine-neutral id of this row. */
		key: text('key').notNull().unique(),
		/** `<kind>:<id>`: the item, whatever the language. */
		itemKey: text('item_key').notNull(),
		kind: text('kind', { enum: searchKinds }).notNull(),
		/** The item's address under /{lang}/. */
		path: text('path').notNull(),
		language: text('language').$type<Language>().notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		body: text('body').notNull(),
		/** The document type, or the kind for other items, so one facet covers everything. */
		type: text('type').notNull(),
		topics: text('topics', { mode: 'json' }).$type<string[]>().notNull(),
		countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
		tier: text('tier', { enum: accessTiers }).notNull(),
		/** YYYY-MM-DD, for "newest first". */
		publishedOn: text('published_on').notNull(),
	},
	// Every fact but the texts, by item: each process's catalogue reads them from this index alone, never
	// stepping through the long texts stored in the rows (catalogue.server.ts).
	(table) => [
		index('search_entries_facts').on(
			table.itemKey,
			table.id,
			table.kind,
			table.language,
			table.type,
			table.topics,
			table.countries,
			table.tier,
			table.publishedOn,
		),
	],
)

/**
 * Which items' entries changed, in order, written in the content's transaction: each process keeps the entries'
 * facts in memory (`catalogue.server.ts`) and reads only the changes after the last one it saw. `*` means
 * everything was rebuilt. Old rows are pruned; a process that missed pruned rows reads everything again.
 */
export const searchChanges = sqliteTable('search_changes', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	itemKey: text('item_key').notNull(),
})

/**
 * Every word the index holds, with the lowest tier (0 public, 1 members, 2 law-enforcement) of an entry it was
 * indexed from: typo tolerance corrects a reader's words only to words of the tiers they may read.
 */
export const searchWords = sqliteTable(
	'search_words',
	{
		word: text('word').primaryKey(),
		tier: integer('tier').notNull(),
	},
	(table) => [index('search_words_length').on(sql`length(${table.word})`, table.word, table.tier)],
)

/** Items whose index entries changed and must still reach Meilisearch; filled in the content's transaction. */
export const searchOutbox = sqliteTable(
	'search_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		itemKey: text('item_key').notNull(),
		createdAt: createdAt(),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at')
			.notNull()
			.$defaultFn(() => new Date()),
		lastError: text('last_error'),
		deliveredAt: timestamp('delivered_at'),
	},
	(table) => [index('search_outbox_pending').on(table.deliveredAt, table.nextAttemptAt)],
)

/** Queries that found nothing, counted per normalised query and language; no user is recorded. */
export const searchMisses = sqliteTable(
	'search_misses',
	{
		query: text('query').notNull(),
		language: text('language').notNull(),
		count: integer('count').notNull().default(1),
		/**
		 * This month's searchers (at most 10), hashed with this month's salt, which only the vault holds and which is
		 * destroyed when the month ends; emptied then too, so no hash outlives the salt that could match it to a person.
		 */
		searchers: text('searchers', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** Two different members asked within one month: from then on the gap may be shown. */
		askedBySeveral: integer('asked_by_several', { mode: 'boolean' }).notNull().default(false),
		lastSeenAt: timestamp('last_seen_at').notNull(),
	},
	(table) => [primaryKey({ columns: [table.query, table.language] })],
)

/**
 * How many searches found nothing, per language and month: the content-gaps indicator counts searches from it (the
 * misses above keep queries, not months, and forget them). No query and no searcher are kept here.
 */
export const searchMissMonths = sqliteTable(
	'search_miss_months',
	{
		language: text('language').notNull(),
		/** YYYY-MM */
		month: text('month').notNull(),
		count: integer('count').notNull(),
	},
	(table) => [primaryKey({ columns: [table.month, table.language] })],
)
