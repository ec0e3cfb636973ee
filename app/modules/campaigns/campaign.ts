import { type CampaignText } from '#app/db/schema/campaigns.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type CampaignAudience } from './vocabulary.ts'

/** What the campaign form saves: the running organisation's words, targets, period, partners and press contact. */
export type CampaignInput = {
	texts: Partial<Record<Language, CampaignText>>
	sourceLanguage: Language
	countries: string[]
	audiences: CampaignAudience[]
	/** YYYY-MM-DD, or '' while a draft has no period yet. */
	startsOn: string
	endsOn: string
	organisationId: string
	partnerIds: string[]
	pressName: string
	pressEmail: string
	pressPhone: string | null
}

export type PublishProblem = { reason: 'period-required' | 'country-required'; field: string }

/** Why a campaign cannot go public yet: the public must know when and where it runs. A text it always has. */
export function publishProblems(campaign: Pick<CampaignInput, 'startsOn' | 'endsOn' | 'countries'>) {
	const problems: PublishProblem[] = []
	if (!campaign.startsOn || !campaign.endsOn) problems.push({ reason: 'period-required', field: 'startsOn' })
	if (!campaign.countries.length) problems.push({ reason: 'country-required', field: 'countries' })
	return problems
}

/** The "recognise the signs" key messages: one per line, blank lines dropped. */
export function signsOf(text: string) {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
}

/** The month a visit is counted in: UTC, so every server agrees whatever its zone. */
export function reachMonth(now: Date) {
	return now.toISOString().slice(0, 7)
}

/** The country a count is kept under: one of the campaign's targets, or '' (none chosen, or anything else). */
export function reachCountry(asked: string | null, targets: readonly string[]) {
	return asked && targets.includes(asked) ? asked : ''
}

/** A YYYY-MM month that has begun (UTC): reach cannot be reported for months to come. */
export function isReportableMonth(month: string, now: Date) {
	return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) && month >= '2000-01' && month <= reachMonth(now)
}

export function isCurrent(campaign: { endsOn: string }, today: string) {
	return campaign.endsOn >= today
}
