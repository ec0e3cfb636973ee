/**
 * The one answer a module gives when asked to do something for someone: done, or refused
 * with a reason. Reasons are the module's own words (`stale`, `cohort-full`, `code-wrong`),
 * never sentences: the route translates them as `<area>:errors.<reason>`. `field` names the
 * form field the refusal belongs to when it is that field's fault; `messages` carries
 * ready translation keys when one reason has several details (the lines of an MDX lesson).
 * `forbidden` and `not-found` are answered as 403 and 404 by the route helper, so a
 * refusal never tells someone more than a missing page would.
 */
export type Refusal<Reason extends string = string> = {
	ok: false
	reason: Reason
	field?: string
	messages?: string[]
}

export type Done<Value extends object = object> = { ok: true } & Value

export type Outcome<Reason extends string = string, Value extends object = object> = Done<Value> | Refusal<Reason>

export function refuse<const Reason extends string>(
	reason: Reason,
	detail: { field?: string; messages?: string[] } = {},
): Refusal<Reason> {
	return { ok: false, reason, ...detail }
}

export function done(): Done<object>
export function done<const Value extends object>(value: Value): Done<Value>
export function done(value: object = {}) {
	return { ok: true as const, ...value }
}
