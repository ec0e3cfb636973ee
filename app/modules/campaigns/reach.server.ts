import { asc, desc, eq, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { campaignReach, organisations, reportedReach } from '#app/db/schema/index.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { isReportableMonth, reachCountry, reachMonth } from './campaign.ts'
import { type CampaignRow, findCampaign, mayFollowReach, organisationsOf, partnerIdsOf } from './store.server.ts'
import { maxReachRows, type ReportedReachKind } from './vocabulary.ts'

/**
 * Adds one view or download to a published campaign's count for (country, month), in one statement. Counts
 * only: the country is the one the visitor chose on the page (`asked`), never read from their address, and
 * nothing about the visit itself (address, browser, cookie, time) is kept or even read.
 */
export function countReach(
	campaign: Pick<CampaignRow, 'id' | 'countries' | 'status'>,
	what: 'views' | 'downloads',
	asked: string | null,
	now: Date,
	db: Db = getDb(),
) {
	if (campaign.status !== 'published') return
	const country = reachCountry(asked, campaign.countries)
	db.insert(campaignReach)
		.values({ campaignId: campaign.id, country, month: reachMonth(now), [what]: 1 })
		.onConflictDoUpdate({
			target: [campaignReach.campaignId, campaignReach.country, campaignReach.month],
			set: { [what]: sql`${campaignReach[what]} + 1` },
		})
		.run()
}

/** A campaign's reach page, for the runner's and partners' admins: counted reach by month and country, and reported reach. */
export function reachReport(actor: Actor, slug: string, db: Db = getDb()) {
	const campaign = findCampaign(slug, db)
	if (!campaign) return refuse('not-found')
	if (!mayFollowReach(actor, campaign, db)) return refuse('forbidden')
	const counted = db
		.select({
			month: campaignReach.month,
			country: campaignReach.country,
			views: campaignReach.views,
			downloads: campaignReach.downloads,
		})
		.from(campaignReach)
		.where(eq(campaignReach.campaignId, campaign.id))
		.orderBy(desc(campaignReach.month), asc(campaignReach.country))
		.limit(maxReachRows)
		.all()
	const totals = db
		.select({
			views: sql<number>`coalesce(sum(${campaignReach.views}), 0)`,
			downloads: sql<number>`coalesce(sum(${campaignReach.downloads}), 0)`,
		})
		.from(campaignReach)
		.where(eq(campaignReach.campaignId, campaign.id))
		.get() ?? { views: 0, downloads: 0 }
	const reported = db
		.select({
			id: reportedReach.id,
			organisation: organisations.name,
			kind: reportedReach.kind,
			amount: reportedReach.amount,
			country: reportedReach.country,
			month: reportedReach.month,
			source: reportedReach.source,
		})
		.from(reportedReach)
		.innerJoin(organisations, eq(organisations.id, reportedReach.organisationId))
		.where(eq(reportedReach.campaignId, campaign.id))
		.orderBy(desc(reportedReach.month), asc(organisations.name))
		.limit(maxReachRows)
		.all()
	const involved = [campaign.organisationId, ...partnerIdsOf(campaign.id, db)]
	// Each admin reports for their own organisation; a platform admin for any organisation on the campaign.
	const reportingFor = organisationsOf(
		actor,
		involved.filter((organisationId) => can(actor, 'campaigns:run', { organisationId })),
		db,
	).map((organisation) => ({ value: organisation.id, label: organisation.name }))
	return done({ campaign, counted, totals, reported, reportingFor })
}

export type ReportedReachInput = {
	organisationId: string
	kind: ReportedReachKind
	amount: number
	country: string | null
	month: string
	source: string
}

export function addReportedReach(
	actor: Actor,
	slug: string,
	input: ReportedReachInput,
	now: Date,
): Outcome<'forbidden' | 'not-found' | 'not-a-target' | 'future-month'> {
	return writeTransaction((tx) => {
		const campaign = findCampaign(slug, tx)
		if (!campaign) return refuse('not-found')
		if (!mayFollowReach(actor, campaign, tx)) return refuse('forbidden')
		const involved = [campaign.organisationId, ...partnerIdsOf(campaign.id, tx)]
		if (
			!involved.includes(input.organisationId) ||
			!can(actor, 'campaigns:run', { organisationId: input.organisationId })
		)
			return refuse('forbidden')
		if (input.country && !campaign.countries.includes(input.country))
			return refuse('not-a-target', { field: 'country' })
		if (!isReportableMonth(input.month, now)) return refuse('future-month', { field: 'month' })
		tx.insert(reportedReach)
			.values({ ...input, campaignId: campaign.id, reportedBy: actor.id, createdAt: now })
			.run()
		return done()
	})
}
