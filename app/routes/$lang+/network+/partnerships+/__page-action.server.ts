import { type ActionFunctionArgs } from '@remix-run/node'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { findPartnership, mayEditPartnership } from '#app/modules/network/partnerships.server.ts'
import { recordCommitment, reportResult, setAgreement } from '#app/modules/network/partnership-progress.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, formValues, parseSubmission } from '#app/platform/forms.ts'
import { forbidden, languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { zonedDay } from '#app/platform/zoned-time.ts'
import { agreementSchema, commitmentSchema, pageIntents, resultSchema } from './__forms.server.ts'

type Intent = (typeof pageIntents)[number]

/**
 * The forms on a partnership's page, told apart by `intent`: a commitment, a result, agreeing or withdrawing.
 * Each answer carries its intent, so the page shows errors at the form that was sent.
 */
export async function partnershipPageAction({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const slug = params.slug ?? ''
	// Only a partner's admins act on a partnership; anyone else learns nothing from the forms' checks.
	const partnership = findPartnership(slug)
	if (!partnership) throw notFound()
	if (!mayEditPartnership(user, partnership.id)) throw forbidden()
	const form = await request.formData()
	const intent = pageIntents.find((known) => known === form.get('intent'))
	if (!intent) return formFailure({ fieldErrors: { form: ['partnerships:errors.unknown-intent'] } }, { intent: null })
	const now = new Date()
	const done = (key: string) =>
		redirectWithFlash(request, `/${language}/network/partnerships/${slug}`, { namespace: 'partnerships', key })
	const failed = <T extends { success: false; fieldErrors: Record<string, string[]>; values: Record<string, string> }>(
		failure: T,
	) => formFailure(failure, { intent })
	const values = echoValues(formValues(form))
	const refused = (refusal: Parameters<typeof refusalReply>[0]) =>
		refusalReply(refusal, { namespace: 'partnerships', values }, { intent })
	const answers: Record<Intent, () => Response | Promise<Response>> = {
		commit: () => {
			const submission = parseSubmission(commitmentSchema, form)
			if (!submission.success) return failed(submission)
			const outcome = recordCommitment(user, slug, submission.data, now)
			return outcome.ok ? done('flash.committed') : refused(outcome)
		},
		report: () => {
			const submission = parseSubmission(resultSchema, form)
			if (!submission.success) return failed(submission)
			// "Today" is the reporter's own day: late evening in Manila is already tomorrow in UTC terms.
			const outcome = reportResult(user, slug, submission.data, zonedDay(now, user.timeZone), now)
			return outcome.ok ? done('flash.reported') : refused(outcome)
		},
		agree: () => agreement(true),
		withdraw: () => agreement(false),
	}
	const agreement = (agrees: boolean) => {
		const submission = parseSubmission(agreementSchema, form)
		if (!submission.success) return failed(submission)
		const outcome = setAgreement(user, slug, submission.data.organisationId, agrees, now)
		return outcome.ok ? done(agrees ? 'flash.agreed' : 'flash.withdrawn') : refused(outcome)
	}
	return answers[intent]()
}
