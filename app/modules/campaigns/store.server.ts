import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import {
	campaignMaterials,
	campaignPartners,
	campaigns,
	organisationProfiles,
	organisations,
} from '#app/db/schema/index.ts'
import { profilesOpenTo } from '#app/modules/network/store.server.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { type CampaignAudience, campaignsPageSize } from './vocabulary.ts'

export type CampaignRow = typeof campaigns.$inferSelect
export type CampaignFilter = { country?: string; audience?: CampaignAudience }

export function findCampaign(slug: string, db: Db = getDb()) {
	return db.select().from(campaigns).where(eq(campaigns.slug, slug)).get()
}

export function partnerIdsOf(campaignId: string, db: Db = getDb()) {
	return db
		.select({ id: campaignPartners.organisationId })
		.from(campaignPartners)
		.where(eq(campaignPartners.campaignId, campaignId))
		.all()
		.map((row) => row.id)
}

/** Runs it: the running organisation's admins, and platform admins. Partners report reach but never edit. */
export function mayRun(actor: Actor | null, campaign: Pick<CampaignRow, 'organisationId'>) {
	return can(actor, 'campaigns:run', { organisationId: campaign.organisationId })
}

/** Follows its reach: the runner's and every partner's admins. */
export function mayFollowReach(actor: Actor | null, campaign: Pick<CampaignRow, 'id' | 'organisationId'>, db?: Db) {
	return can(actor, 'campaigns:run', { organisationIds: [campaign.organisationId, ...partnerIdsOf(campaign.id, db)] })
}

/**
 * The organisations on a campaign with what the reader may know of each: the kind and the profile link only
 * when the profile is one they may open (the network's rule: public ones for everyone, the rest for members).
 */
export function organisationsOf(actor: Actor | null, ids: string[], db: Db = getDb()) {
	if (!ids.length) return []
	const rows = db
		.select({
			id: organisations.id,
			name: organisations.name,
			country: organisations.country,
			isSample: organisations.isSample,
			kind: organisationProfiles.kind,
		})
		.from(organisations)
		.leftJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id))
		.where(inArray(organisations.id, ids))
		.orderBy(asc(organisations.name))
		.all()
	const openable = profilesOpenTo(actor, ids, db)
	return rows.map(({ kind, ...organisation }) => {
		const hasProfile = openable.has(organisation.id)
		return { ...organisation, kind: hasProfile ? kind : null, hasProfile }
	})
}

export function materialsOf(campaignId: string, db: Db = getDb()) {
	return db
		.select()
		.from(campaignMaterials)
		.where(eq(campaignMaterials.campaignId, campaignId))
		.orderBy(asc(campaignMaterials.language), asc(campaignMaterials.kind), asc(campaignMaterials.createdAt))
		.all()
}

const targets = (country: string) =>
	sql`exists (select 1 from json_each(${campaigns.countries}) where value = ${country})`
const addresses = (audience: string) =>
	sql`exists (select 1 from json_each(${campaigns.audiences}) where value = ${audience})`

/** Published campaigns, those still running or to come first (soonest first), then past ones (latest first). */
export function listPublished(filter: CampaignFilter, page: number, today: string, db: Db = getDb()) {
	const conditions = [
		eq(campaigns.status, 'published'),
		filter.country ? targets(filter.country) : undefined,
		filter.audience ? addresses(filter.audience) : undefined,
	]
	const listing = db
		.select()
		.from(campaigns)
		.where(and(...conditions))
		.$dynamic()
	const past = sql`(${campaigns.endsOn} < ${today})`
	return readPage(db, listing, {
		orderBy: [
			asc(past),
			sql`case when ${past} then '' else ${campaigns.startsOn} end asc`,
			desc(campaigns.endsOn),
			asc(campaigns.id),
		],
		page,
		pageSize: campaignsPageSize,
	})
}

/** An organisation's campaigns that are not public (drafts and withdrawn ones), for its admins' list. */
export function unpublishedOf(organisationId: string, db: Db = getDb()) {
	return db
		.select()
		.from(campaigns)
		.where(and(eq(campaigns.organisationId, organisationId), ne(campaigns.status, 'published')))
		.orderBy(desc(campaigns.updatedAt))
		.limit(50)
		.all()
}

/** The countries published campaigns target, for the list's filter. */
export function targetedCountries(db: Db = getDb()) {
	return db
		.all<{ value: string }>(
			sql`select distinct value from ${campaigns}, json_each(${campaigns.countries}) where ${campaigns.status} = 'published' order by value`,
		)
		.map((row) => row.value)
}

/** Whether any of these campaigns is run by a fictional sample organisation, for a list's sample notice. */
export function runBySample(rows: Pick<CampaignRow, 'organisationId'>[], db: Db = getDb()) {
	if (!rows.length) return false
	const ids = [...new Set(rows.map((row) => row.organisationId))]
	return Boolean(
		db
			.select({ id: organisations.id })
			.from(organisations)
			.where(and(inArray(organisations.id, ids), eq(organisations.isSample, true)))
			.limit(1)
			.get(),
	)
}
