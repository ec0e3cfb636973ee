import { type ActionFunctionArgs } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { saveAgreement } from '#app/modules/laws/agreements.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { agreementFormSchema } from './__forms.server.ts'

/** Saves a new agreement (`existingSlug` null) or a correction, for the two agreement forms. */
export async function agreementAction({ request, params }: ActionFunctionArgs, existingSlug: string | null) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'laws:edit')
	const form = await request.formData()
	const submission = parseSubmission(agreementFormSchema(existingSlug === null), form)
	if (!submission.success) return formFailure(submission)
	const outcome = saveAgreement(user, submission.data, existingSlug)
	if (!outcome.ok)
		return refusalReply(outcome, { namespace: 'laws', values: formValues(form) as Record<string, string> })
	return redirectWithFlash(request, `/${language}/laws/agreements/${outcome.slug}`, {
		namespace: 'laws',
		key: 'agreements.saved',
	})
}
