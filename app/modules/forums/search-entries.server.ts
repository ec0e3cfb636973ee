import { and, asc, eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { forumCategories, forumPosts, forumThreads } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { isLanguage } from '#app/platform/i18n.ts'
import { plainTextOf } from './markdown.ts'

/** How much of a thread's text search reads: its opening and latest replies, not a book-length discussion. */
const indexedCharacters = 20_000

/**
 * Puts a thread in search with its category's tier, in the language it was started in, once it has a published post.
 * A cohort's category stays out of search: its readers are a handful of people who know where it is.
 */
export function indexThread(tx: Db, threadId: string) {
	const row = tx
		.select({ thread: forumThreads, category: forumCategories })
		.from(forumThreads)
		.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
		.where(eq(forumThreads.id, threadId))
		.get()
	const posts = row
		? tx
				.select({ body: forumPosts.body })
				.from(forumPosts)
				.where(and(eq(forumPosts.threadId, threadId), eq(forumPosts.state, 'published')))
				.orderBy(asc(forumPosts.createdAt))
				.all()
		: []
	const listed = row && !row.category.cohortId && posts.length && isLanguage(row.thread.language)
	const entries: EntryInput[] = listed
		? [
				{
					kind: 'thread' as const,
					path: `/forums/${row.category.slug}/${row.thread.id}`,
					language: row.thread.language as EntryInput['language'],
					title: row.thread.title,
					summary: plainTextOf(posts[0]!.body).slice(0, 300),
					body: posts
						.map((post) => plainTextOf(post.body))
						.join(' ')
						.slice(0, indexedCharacters),
					type: 'thread',
					topics: ['cross-border-cooperation'],
					countries: [],
					tier: row.category.tier,
					publishedOn: row.thread.lastPostAt.toISOString().slice(0, 10),
				},
			]
		: []
	replaceItemEntries(tx, `thread:${threadId}`, entries)
}
