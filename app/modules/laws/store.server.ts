import { asc, desc, eq, inArray, max, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { type Db, getDb } from '#app/db/client.server.ts'
import { lawFrameworks, lawRevisions, users } from '#app/db/schema/index.ts'
import { type FieldChange } from './changes.ts'
import { type Framework } from './framework.ts'
import { indexFramework } from './search-entries.server.ts'
import { type LawRegion, reviewedWithinMonths } from './vocabulary.ts'

export type FrameworkRecord = {
	country: string
	region: LawRegion
	framework: Framework
	revisionNumber: number
	reviewedAt: Date
	isSample: boolean
	sources: string[]
	reviewedInAtlas: boolean
}

const recordColumns = {
	country: lawFrameworks.country,
	region: lawFrameworks.region,
	framework: lawRevisions.framework,
	revisionNumber: lawRevisions.number,
	reviewedAt: lawFrameworks.reviewedAt,
	isSample: lawFrameworks.isSample,
	sources: lawFrameworks.sources,
	reviewedInAtlas: sql<boolean>`${lawRevisions.reviewerId} is not null`.mapWith(Boolean),
}

/** The country's current framework, or null when Atlas has none for it. */
export function findFramework(country: string, db: Db = getDb()): FrameworkRecord | null {
	return (
		db
			.select(recordColumns)
			.from(lawFrameworks)
			.innerJoin(lawRevisions, eq(lawRevisions.id, lawFrameworks.revisionId))
			.where(eq(lawFrameworks.country, country))
			.get() ?? null
	)
}

/** Current frameworks of the given countries (every country's when none given; there are at most a few hundred). */
export function listFrameworks(countries?: readonly string[], db: Db = getDb()): FrameworkRecord[] {
	const query = db
		.select(recordColumns)
		.from(lawFrameworks)
		.innerJoin(lawRevisions, eq(lawRevisions.id, lawFrameworks.revisionId))
	return (countries ? query.where(inArray(lawFrameworks.country, [...countries])) : query)
		.orderBy(asc(lawFrameworks.country))
		.all()
}

export function frameworkCountries(db: Db = getDb()) {
	return db
		.select({ country: lawFrameworks.country, region: lawFrameworks.region })
		.from(lawFrameworks)
		.orderBy(asc(lawFrameworks.country))
		.all()
}

/** Whether nobody has approved a change to the record for a year: the pages then say it may be out of date. */
export function mayBeOutOfDate(reviewedAt: Date, now = new Date()) {
	const limit = new Date(now)
	limit.setUTCMonth(limit.getUTCMonth() - reviewedWithinMonths)
	return reviewedAt < limit
}

type Publication = {
	framework: Framework
	changes: FieldChange[]
	note?: string
	authorId: string | null
	reviewerId: string | null
	/** Only when the record is new or comes from content/. */
	region?: LawRegion
	sample?: { sources: string[] }
}

/** Publishes the next revision of a country's framework, in the caller's transaction; search follows in it. */
export function publishFramework(tx: Db, country: string, publication: Publication, now = new Date()) {
	const latest =
		tx
			.select({ number: max(lawRevisions.number) })
			.from(lawRevisions)
			.where(eq(lawRevisions.country, country))
			.get()?.number ?? 0
	const revision = tx
		.insert(lawRevisions)
		.values({
			country,
			number: latest + 1,
			framework: publication.framework,
			changes: publication.changes,
			note: publication.note ?? '',
			authorId: publication.authorId,
			reviewerId: publication.reviewerId,
			publishedAt: now,
		})
		.returning({ id: lawRevisions.id, number: lawRevisions.number })
		.get()
	const existing = tx
		.select({ region: lawFrameworks.region })
		.from(lawFrameworks)
		.where(eq(lawFrameworks.country, country))
		.get()
	const region = publication.region ?? existing?.region
	if (!region) throw new Error(`A new framework for ${country} needs its region`)
	const sample = publication.sample ? { isSample: true, sources: publication.sample.sources } : {}
	tx.insert(lawFrameworks)
		.values({ country, region, revisionId: revision.id, reviewedAt: now, ...sample })
		.onConflictDoUpdate({
			target: lawFrameworks.country,
			set: { region, revisionId: revision.id, reviewedAt: now, ...sample },
		})
		.run()
	indexFramework(tx, country)
	return revision
}

const authors = alias(users, 'authors')
const reviewers = alias(users, 'reviewers')

/** Every revision of a country's framework, newest first, with what changed and who wrote and approved it. */
export function frameworkHistory(country: string, db: Db = getDb()) {
	return db
		.select({
			number: lawRevisions.number,
			changes: lawRevisions.changes,
			note: lawRevisions.note,
			publishedAt: lawRevisions.publishedAt,
			author: authors.name,
			reviewer: reviewers.name,
		})
		.from(lawRevisions)
		.leftJoin(authors, eq(authors.id, lawRevisions.authorId))
		.leftJoin(reviewers, eq(reviewers.id, lawRevisions.reviewerId))
		.where(eq(lawRevisions.country, country))
		.orderBy(desc(lawRevisions.number))
		.limit(200)
		.all()
}

/** Display names of the people who approved values, for the "reviewed by" lines. */
export function reviewerNames(ids: Iterable<string>, db: Db = getDb()) {
	const list = [...new Set(ids)]
	if (!list.length) return {}
	const rows = db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, list)).all()
	return Object.fromEntries(rows.map((row) => [row.id, row.name]))
}
