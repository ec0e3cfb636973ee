import { z } from 'zod'

/** Field schemas shared by every form; their messages are translation keys in `common:errors`. */
export function requiredText(max: number) {
	return z
		.string({ error: 'errors.required' })
		.trim()
		.min(1, { error: 'errors.required' })
		.max(max, { error: `errors.tooLong?max=${max}` })
}

export function optionalText(max: number) {
	return z
		.string({ error: 'errors.invalid' })
		.trim()
		.max(max, { error: `errors.tooLong?max=${max}` })
		.optional()
		.transform((value) => value || undefined)
}

export function emailAddress() {
	return requiredText(254).pipe(z.email({ error: 'errors.email' }))
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, { error: 'errors.choose' })
}

/** A password as typed: its policy is checked by the accounts module, which knows the rules. */
export function passwordInput() {
	return z
		.string({ error: 'errors.required' })
		.min(1, { error: 'errors.required' })
		.max(1000, { error: 'errors.passwordTooLong' })
}

export function pageNumber(value: string | null) {
	const page = Number(value ?? '1')
	return Number.isInteger(page) && page > 0 && page < 100_000 ? page : 1
}

/** A query-string value when it is one of the known values; anything else is dropped, never echoed into a query. */
export function oneOf<const T extends readonly string[]>(values: T, value: string | null): T[number] | undefined {
	return value !== null && (values as readonly string[]).includes(value) ? value : undefined
}
