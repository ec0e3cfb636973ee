import { and, eq, gt } from 'drizzle-orm'
import { campaignReach, reportedReach } from '#app/db/schema/index.ts'
import { type Counter } from './counter.ts'

/**
 * campaign-views and kit-downloads (flow): the counts `campaign_reach` keeps per campaign, chosen country ('' when
 * the visitor chose none: no country then) and month. Atlas counts reach only while a campaign is published, so
 * every row is counted, whatever the campaign's status now: views made stay counted when a campaign is withdrawn.
 * By campaign.
 */
function countedReach(series: 'campaign-views' | 'kit-downloads', column: 'views' | 'downloads'): Counter {
	return (db, { month }) =>
		db
			.select({ campaignId: campaignReach.campaignId, country: campaignReach.country, amount: campaignReach[column] })
			.from(campaignReach)
			.where(and(eq(campaignReach.month, month), gt(campaignReach[column], 0)))
			.all()
			.map((row) => ({
				series,
				month,
				countries: row.country ? [row.country] : [],
				by: { campaign: row.campaignId },
				amount: row.amount,
			}))
}

/**
 * reported-reach (flow): the reach partners report themselves (`reported_reach`: an audience, leaflets handed out),
 * added up in the month it is reported for (not the day it was entered), in its country when it names one, by
 * campaign and kind of reach.
 */
const reportedReachCounter: Counter = (db, { month }) =>
	db
		.select({
			campaignId: reportedReach.campaignId,
			kind: reportedReach.kind,
			country: reportedReach.country,
			amount: reportedReach.amount,
		})
		.from(reportedReach)
		.where(and(eq(reportedReach.month, month), gt(reportedReach.amount, 0)))
		.all()
		.map((row) => ({
			series: 'reported-reach' as const,
			month,
			countries: row.country ? [row.country] : [],
			by: { campaign: row.campaignId, 'reach-kind': row.kind },
			amount: row.amount,
		}))

export const awarenessCounters: Record<'campaign-views' | 'kit-downloads' | 'reported-reach', Counter> = {
	'campaign-views': countedReach('campaign-views', 'views'),
	'kit-downloads': countedReach('kit-downloads', 'downloads'),
	'reported-reach': reportedReachCounter,
}
