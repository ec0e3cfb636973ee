import { campaignChoices, organisationOf } from '#app/modules/news/store.server.ts'
import { approvedOrganisations } from '#app/modules/network/store.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor, hasRole } from '#app/platform/permissions.ts'

/**
 * The choices both story forms offer. Organisation admins write for their own organisation; platform admins pick
 * any approved one. Campaigns are those of the story's organisation (run or partnered in).
 */
export function storyFormOptions(actor: Actor & { timeZone: string }, organisationId: string, language: Language) {
	const approved = approvedOrganisations()
	const own = organisationOf(actor.organisationId)
	return {
		organisations: hasRole(actor, 'platform_admin') ? approved : own ? [own] : [],
		consentOrganisations: approved,
		campaigns: campaignChoices(organisationId, language),
		timeZone: actor.timeZone,
	}
}

export type StoryFormOptions = ReturnType<typeof storyFormOptions>
