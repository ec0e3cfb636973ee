import { type ActionFunctionArgs } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { runCampaign, saveCampaign } from '#app/modules/campaigns/running.server.ts'
import { approvedOrganisations } from '#app/modules/network/store.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, formValues } from '#app/platform/forms.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { parseCampaignForm } from './__forms.server.ts'

/** The choices the campaign form offers: who may run it (one's own organisation, any for a platform admin), partners, countries. */
export function campaignFormOptions(actor: Actor, language: Language) {
	const organisations = approvedOrganisations()
	return {
		runners: organisations.filter((organisation) => can(actor, 'campaigns:run', { organisationId: organisation.id })),
		organisations,
		countries: countryOptions(language),
	}
}

/** Saves a new campaign (`existingSlug` null) or a change to one, for the two campaign forms. */
export async function campaignAction({ request, params }: ActionFunctionArgs, existingSlug: string | null) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	// Someone who may not change this campaign learns nothing from the form's checks.
	if (existingSlug !== null) {
		const running = runCampaign(user, existingSlug)
		if (!running.ok) throw refusedPage(running)
	}
	const form = await request.formData()
	const submission = parseCampaignForm(form)
	const values = {
		...echoValues(formValues(form)),
		...Object.fromEntries(
			['countries', 'audiences', 'partnerIds'].map((name) => [name, form.getAll(name).map(String)]),
		),
	}
	if (!submission.success) return formFailure({ ...submission, values })
	const outcome = saveCampaign(user, submission.data, existingSlug, new Date())
	if (!outcome.ok) {
		// Naming an organisation one does not run is a form mistake here, not a closed door.
		if (outcome.reason === 'forbidden' && outcome.field)
			return formFailure({ fieldErrors: { [outcome.field]: ['campaigns:errors.not-your-organisation'] }, values })
		return refusalReply(outcome, { namespace: 'campaigns', values })
	}
	return redirectWithFlash(request, `/${language}/campaigns/${outcome.slug}/edit`, {
		namespace: 'campaigns',
		key: 'form.saved',
	})
}
