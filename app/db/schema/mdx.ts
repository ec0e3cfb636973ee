import { sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from './columns.ts'

/**
 * Compiled MDX (course lessons and library documents) keyed by the sha256 of its source:
 * compiled once, shared by drafts and revisions. The table keeps the name it had when only
 * lessons used it, so no migration is needed.
 */
export const mdxBuilds = sqliteTable('lesson_builds', {
	hash: text('hash').primaryKey(),
	code: text('code').notNull(),
	createdAt: createdAt(),
})
