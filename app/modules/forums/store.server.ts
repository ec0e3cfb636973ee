import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { cohortTrainers, enrolments, forumCategories, forumPosts, forumThreads, users } from '#app/db/schema/index.ts'
import { cohortStaff, enrolledInCohort } from '#app/modules/courses/cohorts.server.ts'
import { readableTiers } from '#app/modules/library/access.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { postsPageSize, threadsPageSize } from './vocabulary.ts'

export type CategoryRow = typeof forumCategories.$inferSelect
export type ThreadRow = typeof forumThreads.$inferSelect
export type PostRow = typeof forumPosts.$inferSelect

/**
 * The categories a reader may open: their tier allows it, and a cohort's own only for its participants and
 * the people who run it. Moderators see every category, to moderate it.
 */
export function readableCategoryCondition(actor: Actor | null): SQL | undefined {
	if (can(actor, 'forums:moderate')) return undefined
	const tiers = inArray(forumCategories.tier, readableTiers(actor))
	if (!actor) return and(tiers, isNull(forumCategories.cohortId))
	return and(
		tiers,
		or(
			isNull(forumCategories.cohortId),
			sql`${forumCategories.cohortId} in (select ${enrolments.cohortId} from ${enrolments} where ${enrolments.userId} = ${actor.id})`,
			sql`${forumCategories.cohortId} in (select ${cohortTrainers.cohortId} from ${cohortTrainers} where ${cohortTrainers.userId} = ${actor.id})`,
		),
	)
}

export function mayReadCategory(actor: Actor | null, category: CategoryRow, db: Db = getDb()) {
	if (can(actor, 'forums:moderate')) return true
	if (!readableTiers(actor).includes(category.tier)) return false
	if (!category.cohortId) return true
	if (!actor) return false
	const staff = cohortStaff(category.cohortId, db)
	return Boolean(staff && can(actor, 'cohorts:follow', staff)) || enrolledInCohort(actor.id, category.cohortId, db)
}

/** Every category the reader may open, topics first then regions then cohorts, with thread counts. */
export function readableCategories(actor: Actor | null, db: Db = getDb()) {
	return db
		.select({
			category: forumCategories,
			threads: sql<number>`(select count(*) from ${forumThreads} where ${forumThreads.categoryId} = ${forumCategories.id})`,
			lastPostAt: sql<
				number | null
			>`(select max(${forumThreads.lastPostAt}) from ${forumThreads} where ${forumThreads.categoryId} = ${forumCategories.id})`,
		})
		.from(forumCategories)
		.where(readableCategoryCondition(actor))
		.orderBy(asc(forumCategories.kind), asc(forumCategories.position), asc(forumCategories.slug))
		.all()
}

/** A category by its address, only when the reader may open it: otherwise it does not exist for them. */
export function findReadableCategory(actor: Actor | null, slug: string, db: Db = getDb()) {
	const category = db.select().from(forumCategories).where(eq(forumCategories.slug, slug)).get()
	return category && mayReadCategory(actor, category, db) ? category : null
}

export function findThread(threadId: string, db: Db = getDb()) {
	const row = db
		.select({ thread: forumThreads, category: forumCategories })
		.from(forumThreads)
		.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
		.where(eq(forumThreads.id, threadId))
		.get()
	return row ?? null
}

/** A thread with its category, only when the reader may open the category. */
export function findReadableThread(actor: Actor | null, threadId: string, db: Db = getDb()) {
	const row = findThread(threadId, db)
	return row && mayReadCategory(actor, row.category, db) ? row : null
}

export function findPost(postId: string, db: Db = getDb()) {
	const row = db
		.select({ post: forumPosts, thread: forumThreads, category: forumCategories, author: users.name })
		.from(forumPosts)
		.innerJoin(forumThreads, eq(forumThreads.id, forumPosts.threadId))
		.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
		.leftJoin(users, eq(users.id, forumPosts.authorId))
		.where(eq(forumPosts.id, postId))
		.get()
	return row ?? null
}

/**
 * One page of a category's threads, latest activity first; with a language, only threads that have a published
 * post in it. A thread whose only post is held shows to nobody but its author.
 */
export function threadsOf(
	actor: Actor | null,
	categoryId: string,
	filter: { language?: string },
	page: number,
	db: Db = getDb(),
) {
	const listing = db
		.select({ thread: forumThreads, author: users.name })
		.from(forumThreads)
		.leftJoin(users, eq(users.id, forumThreads.authorId))
		.where(
			and(
				eq(forumThreads.categoryId, categoryId),
				actor
					? or(sql`${forumThreads.postCount} > 0`, eq(forumThreads.authorId, actor.id))
					: sql`${forumThreads.postCount} > 0`,
				filter.language
					? sql`exists (select 1 from ${forumPosts} where ${forumPosts.threadId} = ${forumThreads.id} and ${forumPosts.state} = 'published' and ${forumPosts.language} = ${filter.language})`
					: undefined,
			),
		)
		.$dynamic()
	return readPage(db, listing, {
		orderBy: [desc(forumThreads.lastPostAt), asc(forumThreads.id)],
		page,
		pageSize: threadsPageSize,
	})
}

/**
 * One page of a thread's posts, oldest first: published and hidden ones (a hidden post shows that it was hidden),
 * and the reader's own held ones; with a language, only posts in it.
 */
export function postsOf(
	actor: Actor | null,
	threadId: string,
	filter: { language?: string },
	page: number,
	db: Db = getDb(),
) {
	const listing = db
		.select({ post: forumPosts, author: users.name, authorCountry: users.country })
		.from(forumPosts)
		.leftJoin(users, eq(users.id, forumPosts.authorId))
		.where(
			and(
				eq(forumPosts.threadId, threadId),
				actor
					? or(inArray(forumPosts.state, ['published', 'hidden']), eq(forumPosts.authorId, actor.id))
					: inArray(forumPosts.state, ['published', 'hidden']),
				filter.language ? eq(forumPosts.language, filter.language) : undefined,
			),
		)
		.$dynamic()
	return readPage(db, listing, {
		orderBy: [asc(forumPosts.createdAt), asc(forumPosts.id)],
		page,
		pageSize: postsPageSize,
	})
}

/** The languages a thread's published posts are written in, for its filter. */
export function languagesOf(threadId: string, db: Db = getDb()) {
	return db
		.selectDistinct({ language: forumPosts.language })
		.from(forumPosts)
		.where(and(eq(forumPosts.threadId, threadId), eq(forumPosts.state, 'published')))
		.orderBy(asc(forumPosts.language))
		.all()
		.map((row) => row.language)
}
