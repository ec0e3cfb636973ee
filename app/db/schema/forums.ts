import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { categoryKinds, postStates, reportReasons, threadStates } from '#app/modules/forums/vocabulary.ts'
import { type PersonalDataKind } from '#app/modules/forums/personal-data.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'
import { cohorts } from './courses.ts'
import { events } from './events.ts'

/** A category's name and description per language; readers get theirs or the source language. */
export type CategoryTexts = Partial<Record<Language, { name: string; description: string }>>

/** Where threads live: by topic, by region, or a cohort's own; its tier says who may read it at all. */
export const forumCategories = sqliteTable(
	'forum_categories',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		kind: text('kind', { enum: categoryKinds }).notNull(),
		texts: text('texts', { mode: 'json' }).$type<CategoryTexts>().notNull(),
		sourceLanguage: text('source_language').$type<Language>().notNull(),
		tier: text('tier', { enum: accessTiers }).notNull(),
		/** A cohort's own category: only its participants, trainers and the course's co-authors read it. */
		cohortId: text('cohort_id').references(() => cohorts.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
	},
	(table) => [index('forum_categories_order').on(table.kind, table.position)],
)

export const forumThreads = sqliteTable(
	'forum_threads',
	{
		id: id(),
		categoryId: text('category_id')
			.notNull()
			.references(() => forumCategories.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** The language the thread was started in; each post carries its own too. */
		language: text('language').notNull(),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** An event's own thread. */
		eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
		state: text('state', { enum: threadStates }).notNull().default('open'),
		/** Published posts, and when the last was: the category's list is ordered by it. */
		postCount: integer('post_count').notNull().default(0),
		lastPostAt: timestamp('last_post_at').notNull(),
		createdAt: createdAt(),
	},
	(table) => [
		index('forum_threads_latest').on(table.categoryId, table.lastPostAt),
		index('forum_threads_event').on(table.eventId),
	],
)

export const forumPosts = sqliteTable(
	'forum_posts',
	{
		id: id(),
		threadId: text('thread_id')
			.notNull()
			.references(() => forumThreads.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** Markdown as written; rendered safely on every read. */
		body: text('body').notNull(),
		language: text('language').notNull(),
		state: text('state', { enum: postStates }).notNull(),
		/** What the personal-data check found when the post was held: kinds only, never the text itself. */
		heldFor: text('held_for', { mode: 'json' }).$type<PersonalDataKind[]>().notNull().default([]),
		quotedPostId: text('quoted_post_id'),
		moderationReason: text('moderation_reason'),
		createdAt: createdAt(),
		publishedAt: timestamp('published_at'),
		editedAt: timestamp('edited_at'),
	},
	(table) => [
		index('forum_posts_thread').on(table.threadId, table.createdAt),
		index('forum_posts_author').on(table.authorId, table.createdAt),
	],
)

/** Each earlier wording of an edited post, for its history. */
export const forumPostRevisions = sqliteTable(
	'forum_post_revisions',
	{
		id: id(),
		postId: text('post_id')
			.notNull()
			.references(() => forumPosts.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		/** When this wording was replaced. */
		replacedAt: timestamp('replaced_at').notNull(),
	},
	(table) => [index('forum_post_revisions_post').on(table.postId, table.replacedAt)],
)

export const forumReports = sqliteTable(
	'forum_reports',
	{
		id: id(),
		postId: text('post_id')
			.notNull()
			.references(() => forumPosts.id, { onDelete: 'cascade' }),
		reporterId: text('reporter_id').references(() => users.id, { onDelete: 'set null' }),
		reason: text('reason', { enum: reportReasons }).notNull(),
		note: text('note').notNull().default(''),
		createdAt: createdAt(),
		resolvedAt: timestamp('resolved_at'),
		resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
	},
	(table) => [index('forum_reports_open').on(table.resolvedAt, table.createdAt)],
)

/** A thread or a whole category someone follows, with an email digest; `target` is `thread:<id>` or `category:<id>`. */
export const forumSubscriptions = sqliteTable(
	'forum_subscriptions',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		target: text('target').notNull(),
		createdAt: createdAt(),
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.target] }),
		index('forum_subscriptions_target').on(table.target),
	],
)

/** A member's standing in the forums: trusted by a moderator, suspended until a day, and their last digest. */
export const forumMembers = sqliteTable('forum_members', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	trustedAt: timestamp('trusted_at'),
	suspendedUntil: timestamp('suspended_until'),
	suspensionReason: text('suspension_reason'),
	lastDigestAt: timestamp('last_digest_at'),
})
