import { json } from '@remix-run/node'
import { type FieldErrors } from './forms.ts'
import { type Refusal } from './outcome.ts'
import { forbidden, notFound } from './routing.server.ts'

export type FormFailure<Values = Record<string, string>> = { success: false; fieldErrors: FieldErrors; values: Values }

/**
 * 400 as a rule; 403 when the form was fine but the person may not do this (an account that may
 * not sign in yet), 409 when the thing changed since the page was shown (already decided), 429 when
 * they must wait before trying again (with `retryAfterSeconds`).
 */
type FailureStatus = 400 | 403 | 409 | 429

/**
 * The one reply to a form that was not accepted: a 400 (or `status`), each message (a translation key)
 * at its field or at `form`, the typed values echoed back (several ticked boxes are a list).
 * `extra` carries what the page shows beside the errors (which form of several, a preview to keep showing).
 */
export function formFailure<
	const Extra extends object = object,
	Values extends Record<string, string | string[]> = Record<string, string>,
>(
	failure: { fieldErrors: FieldErrors; values?: Values; status?: FailureStatus; retryAfterSeconds?: number },
	extra?: Extra,
) {
	const body = { ...extra, success: false as const, fieldErrors: failure.fieldErrors, values: failure.values ?? {} }
	const headers = failure.retryAfterSeconds ? { 'Retry-After': String(failure.retryAfterSeconds) } : undefined
	return json(body as FormFailure<Values> & Extra, { status: failure.status ?? 400, headers })
}

type RefusalWording<Values> = {
	/** The area whose `errors.<reason>` keys translate this module's reasons. */
	namespace: string
	/** Where the message shows when the module named no field; `form` by default. */
	field?: string
	values?: Values
	status?: FailureStatus
	/** With status 429: how long to wait, sent as `Retry-After`. */
	retryAfterSeconds?: number
}

/**
 * A module's refusal as the page shows it. `forbidden` and `not-found` are thrown as 403 and 404,
 * so a refused person learns no more than from a missing page; any other reason becomes a 400 (or `status`)
 * with `<namespace>:errors.<reason>` (or the refusal's own messages) at its field.
 */
export function refusalReply<
	const Extra extends object = object,
	Values extends Record<string, string | string[]> = Record<string, string>,
>(refusal: Refusal, wording: RefusalWording<Values>, extra?: Extra) {
	if (refusal.reason === 'forbidden') throw forbidden()
	if (refusal.reason === 'not-found') throw notFound()
	const field = refusal.field ?? wording.field ?? 'form'
	const messages = refusal.messages ?? [`${wording.namespace}:errors.${refusal.reason}`]
	const { values, status, retryAfterSeconds } = wording
	return formFailure({ fieldErrors: { [field]: messages }, values, status, retryAfterSeconds }, extra)
}
