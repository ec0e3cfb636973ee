import { eq, inArray } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { type CampaignText, campaignPartners, campaigns, organisations } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { countryName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'

/**
 * Puts a campaign in search in each language it is written in, for everyone, while it is published; a draft or a
 * withdrawn campaign has no entry (so no site-map line either). Call it in the transaction that changes it.
 */
export function indexCampaign(tx: Db, campaignId: string) {
	const campaign = tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).get()
	const listed = campaign?.status === 'published'
	const partnerIds = listed
		? tx
				.select({ id: campaignPartners.organisationId })
				.from(campaignPartners)
				.where(eq(campaignPartners.campaignId, campaign.id))
				.all()
				.map((row) => row.id)
		: []
	const names = partnerIds.length
		? tx
				.select({ name: organisations.name })
				.from(organisations)
				.where(inArray(organisations.id, partnerIds))
				.all()
				.map((row) => row.name)
		: []
	const entries: EntryInput[] = listed
		? (Object.entries(campaign.texts) as [Language, CampaignText][]).map(([language, text]) => {
				const t = serverI18n(language).getFixedT(language, 'campaigns')
				const audiences = campaign.audiences.map((audience) => t(`audiences.${audience}`)).join(', ')
				const countries = campaign.countries.map((code) => countryName(code, language)).join(', ')
				return {
					kind: 'campaign' as const,
					path: `/campaigns/${campaign.slug}`,
					language,
					title: text.title,
					summary: [audiences, countries].filter(Boolean).join(' · '),
					body: [text.message, text.signs, ...names].join(' '),
					type: 'campaign',
					topics: ['prevention'],
					countries: campaign.countries,
					tier: 'public' as const,
					publishedOn: campaign.startsOn,
				}
			})
		: []
	replaceItemEntries(tx, `campaign:${campaignId}`, entries)
}
