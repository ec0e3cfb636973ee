import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { saveFocalPoint } from '#app/modules/network/focal-points.server.ts'
import { editableFocalPoint, editableOrganisation } from '#app/modules/network/store.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, formValues } from '#app/platform/forms.ts'
import { type Language } from '#app/platform/i18n.ts'
import { refusedPage } from '#app/platform/routing.server.ts'
import { parseFocalPointForm } from './__network-forms.server.ts'

/** What the focal point form echoes after an error: the typed texts and every chosen country and area. */
export function focalPointEcho(form: FormData) {
	return {
		...echoValues(formValues(form)),
		countries: form.getAll('countries').map(String).slice(0, 300),
		areas: form.getAll('areas').map(String).slice(0, 20),
	}
}

/** Saves a new focal point or a change to one, for both focal point forms. */
export async function saveFocalPointAction(
	request: Request,
	form: FormData,
	language: Language,
	target: { existingId: string } | { organisationId: string | null },
) {
	const { user } = await requireUser(request)
	// Someone who may not add to or change these focal points learns nothing from the form's checks.
	const editable =
		'existingId' in target
			? editableFocalPoint(user, target.existingId)
			: editableOrganisation(user, target.organisationId)
	if (!editable.ok) throw refusedPage(editable)
	const values = focalPointEcho(form)
	const submission = parseFocalPointForm(form)
	if (!submission.success) return formFailure({ ...submission, values })
	const outcome = saveFocalPoint(user, target, submission.data, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'network', values })
	return redirectWithFlash(request, `/${language}/network/focal-points/${outcome.id}`, {
		namespace: 'network',
		key: 'focalPointForm.saved',
	})
}
