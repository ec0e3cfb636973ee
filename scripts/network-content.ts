import { importCampaignContent } from '#app/modules/campaigns/content-import.server.ts'
import { importNetworkContent } from '#app/modules/network/content-import.server.ts'
import { importPartnershipContent } from '#app/modules/network/partnership-content-import.server.ts'
import { importNewsContent } from '#app/modules/news/content-import.server.ts'

/**
 * The sample network (organisations' profiles and focal points), partnerships, campaigns and stories of content/,
 * in that order: each names organisations the first one creates. Running it again changes nothing.
 */
export function importNetworkAndAwareness() {
	const network = importNetworkContent()
	const partnerships = importPartnershipContent()
	const campaigns = importCampaignContent()
	const news = importNewsContent()
	return [
		`Sample network: ${network.organisations} organisations added, ${network.profiles} profiles, ${network.focalPoints} focal points.`,
		`Sample partnerships: ${partnerships.partnerships} added.`,
		...partnerships.skipped,
		`Sample campaigns: ${campaigns.campaigns} added; sample stories: ${news.stories} added (existing ones left as they are).`,
	]
}
