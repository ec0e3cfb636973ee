import { type ActionFunctionArgs } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { organisedEvent, saveEvent } from '#app/modules/events/organising.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, formValues } from '#app/platform/forms.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { parseEventForm } from './__forms.server.ts'

/** Saves a new event (`existingSlug` null) or a change to one, for the two event forms. */
export async function eventAction({ request, params }: ActionFunctionArgs, existingSlug: string | null) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	// Someone who may not change this event learns nothing from the form's checks.
	if (existingSlug !== null) {
		const organised = organisedEvent(user, existingSlug)
		if (!organised.ok) throw refusedPage(organised)
	}
	const form = await request.formData()
	const submission = parseEventForm(form)
	const values = { ...echoValues(formValues(form)), organisationIds: form.getAll('organisationIds').map(String) }
	if (!submission.success) return formFailure({ ...submission, values })
	const outcome = saveEvent(user, submission.data, existingSlug, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'events', values })
	return redirectWithFlash(request, `/${language}/events/${outcome.slug}`, { namespace: 'events', key: 'form.saved' })
}
