import { type Db, getDb } from '#app/db/client.server.ts'
import { languageName } from '#app/platform/format.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { isCurrent, reachCountry, signsOf } from './campaign.ts'
import { isKitImage } from './kit-files.ts'
import {
	type CampaignRow,
	findCampaign,
	materialsOf,
	mayFollowReach,
	mayRun,
	organisationsOf,
	partnerIdsOf,
} from './store.server.ts'

/** What a list row shows of a campaign, in the reader's language (or its source language, said so). */
export function campaignSummary(campaign: CampaignRow, language: Language, today: string) {
	const { text, language: textLanguage, fallback } = textIn(campaign.texts, language, campaign.sourceLanguage)
	return {
		slug: campaign.slug,
		title: text.title,
		textLanguage,
		fallback,
		status: campaign.status,
		countries: campaign.countries,
		audiences: campaign.audiences,
		startsOn: campaign.startsOn,
		endsOn: campaign.endsOn,
		current: Boolean(campaign.endsOn) && isCurrent(campaign, today),
	}
}

/** The kit in the reader's language first, then the others, each group by kind. */
function kitFor(campaign: CampaignRow, language: Language, db: Db) {
	const rank = (code: string) => (code === language ? -1 : languages.indexOf(code as Language))
	return materialsOf(campaign.id, db)
		.sort((a, b) => rank(a.language) - rank(b.language))
		.map((material) => ({
			id: material.id,
			kind: material.kind,
			language: material.language,
			languageName: languageName(material.language, language),
			name: material.name,
			size: material.size,
			image: isKitImage(material.type),
			width: material.width,
			height: material.height,
		}))
}

/**
 * Everything a campaign page shows: null when the reader may not see it (a draft or a withdrawn campaign is
 * for the people running it), so the page answers 404 as for one that does not exist.
 */
export function presentCampaign(
	actor: Actor | null,
	slug: string,
	language: Language,
	askedCountry: string | null,
	today: string,
	db: Db = getDb(),
) {
	const campaign = findCampaign(slug, db)
	if (!campaign) return null
	const editor = mayRun(actor, campaign)
	if (campaign.status !== 'published' && !editor) return null
	const { text } = textIn(campaign.texts, language, campaign.sourceLanguage)
	const [runner] = organisationsOf(actor, [campaign.organisationId], db)
	return {
		row: campaign,
		campaign: {
			...campaignSummary(campaign, language, today),
			message: text.message,
			signs: signsOf(text.signs),
			runner: runner!,
			partners: organisationsOf(actor, partnerIdsOf(campaign.id, db), db),
			press: { name: campaign.pressName, email: campaign.pressEmail, phone: campaign.pressPhone },
			kit: kitFor(campaign, language, db),
			country: reachCountry(askedCountry, campaign.countries) || null,
			editor,
			// Partners' admins follow the reach too, and add what they report.
			followsReach: editor || mayFollowReach(actor, campaign, db),
		},
	}
}
