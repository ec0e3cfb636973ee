import { type ActionFunctionArgs } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { editablePartnership, savePartnership } from '#app/modules/network/partnership-editing.server.ts'
import { approvedOrganisations } from '#app/modules/network/store.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { parsePartnershipForm, partnershipEcho } from './__forms.server.ts'

/** The choices both partnership forms offer: any approved organisation may be a partner, of any kind and country. */
export function partnershipFormOptions(language: Language) {
	return { organisations: approvedOrganisations(), countries: countryOptions(language) }
}

/** Saves a new partnership (`existingSlug` null) or a change to one, for the two partnership forms. */
export async function partnershipAction({ request, params }: ActionFunctionArgs, existingSlug: string | null) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'network:edit')
	// Someone who may not change this partnership learns nothing from the form's checks.
	if (existingSlug !== null) {
		const editable = editablePartnership(user, existingSlug)
		if (!editable.ok) throw refusedPage(editable)
	}
	const form = await request.formData()
	const values = partnershipEcho(form)
	const submission = parsePartnershipForm(form)
	if (!submission.success) return formFailure({ ...submission, values })
	const outcome = savePartnership(user, submission.data, existingSlug, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'partnerships', values })
	return redirectWithFlash(request, `/${language}/network/partnerships/${outcome.slug}`, {
		namespace: 'partnerships',
		key: existingSlug === null ? 'flash.created' : 'flash.saved',
	})
}
