import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { organisations, partnershipPartners, partnerships } from '#app/db/schema/index.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { networkPageSize, type PartnershipStatus } from './vocabulary.ts'

export type PartnershipRow = typeof partnerships.$inferSelect

export function findPartnership(slug: string, db: Db = getDb()): PartnershipRow | undefined {
	return db.select().from(partnerships).where(eq(partnerships.slug, slug)).get()
}

/** The partners with what the page says of each, by name. */
export function partnersOf(partnershipId: string, db: Db = getDb()) {
	return db
		.select({
			id: organisations.id,
			name: organisations.name,
			country: organisations.country,
			isSample: organisations.isSample,
			agreesToPublish: partnershipPartners.agreesToPublish,
			agreedAt: partnershipPartners.agreedAt,
		})
		.from(partnershipPartners)
		.innerJoin(organisations, eq(organisations.id, partnershipPartners.organisationId))
		.where(eq(partnershipPartners.partnershipId, partnershipId))
		.orderBy(asc(organisations.name))
		.all()
}

export function partnerIdsOf(partnershipId: string, db: Db = getDb()) {
	return db
		.select({ id: partnershipPartners.organisationId })
		.from(partnershipPartners)
		.where(eq(partnershipPartners.partnershipId, partnershipId))
		.all()
		.map((row) => row.id)
}

/** Its partners' admins, and platform admins, speak for a partnership. */
export function mayEditPartnership(actor: Actor | null, partnershipId: string, db: Db = getDb()) {
	return can(actor, 'network:edit', { organisationIds: partnerIdsOf(partnershipId, db) })
}

/**
 * Public in SQL, as `isPublished` says in partnership.ts: some partner, and none that has not agreed. Both
 * subqueries walk the partners' primary key (partnership_id first), so a list of thousands stays quick.
 */
export const publishedCondition = sql`(exists (select 1 from ${partnershipPartners} where ${partnershipPartners.partnershipId} = ${partnerships.id}) and not exists (select 1 from ${partnershipPartners} where ${partnershipPartners.partnershipId} = ${partnerships.id} and ${partnershipPartners.agreesToPublish} = 0))`

/** Members see every partnership; anyone else only those all partners agreed to publish. */
export function visiblePartnership(actor: Actor | null, slug: string, db: Db = getDb()) {
	return db
		.select()
		.from(partnerships)
		.where(and(eq(partnerships.slug, slug), actor ? undefined : publishedCondition))
		.get()
}

export type PartnershipFilter = { country?: string; status?: PartnershipStatus }

/** One page of partnerships, latest start first, filtered in SQL. */
export function listPartnerships(actor: Actor | null, filter: PartnershipFilter, page: number, db: Db = getDb()) {
	const conditions: (SQL | undefined)[] = [
		actor ? undefined : publishedCondition,
		filter.status ? eq(partnerships.status, filter.status) : undefined,
		filter.country
			? sql`exists (select 1 from json_each(${partnerships.countries}) where value = ${filter.country})`
			: undefined,
	]
	const listing = db
		.select({
			id: partnerships.id,
			slug: partnerships.slug,
			texts: partnerships.texts,
			sourceLanguage: partnerships.sourceLanguage,
			countries: partnerships.countries,
			startsOn: partnerships.startsOn,
			endsOn: partnerships.endsOn,
			status: partnerships.status,
			published: sql<number>`${publishedCondition}`.mapWith(Boolean).as('published'),
		})
		.from(partnerships)
		.where(and(...conditions))
		.$dynamic()
	return readPage(db, listing, {
		orderBy: [desc(partnerships.startsOn), asc(partnerships.id)],
		page,
		pageSize: networkPageSize,
	})
}

type ListedPartner = { name: string; isSample: boolean }

/** The partners of several partnerships at once, for a list page: their names, and which are sample data. */
export function listedPartnersOf(partnershipIds: string[], db: Db = getDb()) {
	const partners = new Map<string, ListedPartner[]>()
	if (!partnershipIds.length) return partners
	const rows = db
		.select({
			partnershipId: partnershipPartners.partnershipId,
			name: organisations.name,
			isSample: organisations.isSample,
		})
		.from(partnershipPartners)
		.innerJoin(organisations, eq(organisations.id, partnershipPartners.organisationId))
		.where(inArray(partnershipPartners.partnershipId, partnershipIds))
		.orderBy(asc(organisations.name))
		.all()
	for (const { partnershipId, ...partner } of rows)
		partners.set(partnershipId, [...(partners.get(partnershipId) ?? []), partner])
	return partners
}
