import { z } from 'zod'
import { isCalendarDay } from './format.ts'

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

/** A whole number typed into a text box, with an error that names the allowed range. */
export const wholeNumber = (min: number, max: number) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,4}$/, 'errors.wholeNumber')
		.transform(Number)
		.pipe(
			z
				.number()
				.min(min, `errors.numberRange?min=${min}&max=${max}`)
				.max(max, `errors.numberRange?min=${min}&max=${max}`),
		)

/** Empty means no value (null), otherwise a whole number in range. */
export const optionalWholeNumber = (min: number, max: number) =>
	z
		.string()
		.trim()
		.optional()
		.transform((value) => value || undefined)
		.pipe(wholeNumber(min, max).optional())
		.transform((value) => value ?? null)

/** Checkboxes sharing one name: none, one or several values, each from the list. */
export const ticked = <T extends readonly [string, ...string[]]>(values: T) =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
		.pipe(z.array(z.enum(values)))

/** A real calendar day written YYYY-MM-DD (see `isCalendarDay`), with the given error otherwise. */
export const calendarDay = (message: string) => z.string().trim().refine(isCalendarDay, message)
