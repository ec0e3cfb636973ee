import { type z } from 'zod'

/**
 * Field errors travel as translation keys (optionally with `?name=value` parameters)
 * so the action stays language-neutral and the form shows them in the reader's language.
 */
export type FieldErrors = Record<string, string[]>

export type Submission<T> =
	{ success: true; data: T } | { success: false; fieldErrors: FieldErrors; values: Record<string, string> }

export const maxFieldLength = 10_000

/** Reads a form into plain strings; files and repeated keys are kept out of single-value fields. */
export function formValues(formData: FormData) {
	const values: Record<string, unknown> = {}
	for (const [key, value] of formData.entries()) {
		if (key in values) {
			const previous = values[key]
			values[key] = Array.isArray(previous) ? [...previous, value] : [previous, value]
		} else {
			values[key] = value
		}
	}
	return values
}

export function parseSubmission<Schema extends z.ZodType>(
	schema: Schema,
	formData: FormData,
): Submission<z.output<Schema>> {
	const raw = formValues(formData)
	const result = schema.safeParse(raw)
	if (result.success) return { success: true, data: result.data }
	const fieldErrors: FieldErrors = {}
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form')
		// Messages are translation keys, optionally in another namespace (`courses:errors.…`); anything else is zod's own English.
		const message = /^(\w+:)?errors\./.test(issue.message) ? issue.message : 'errors.invalid'
		fieldErrors[field] = [...new Set([...(fieldErrors[field] ?? []), message])]
	}
	return { success: false, fieldErrors, values: echoValues(raw) }
}

/** What the form re-displays after an error: short strings only, never passwords. */
export function echoValues(raw: Record<string, unknown>) {
	const echoed: Record<string, string> = {}
	for (const [key, value] of Object.entries(raw)) {
		if (typeof value !== 'string' || /password|code|token/i.test(key)) continue
		echoed[key] = value.slice(0, 500)
	}
	return echoed
}

export function splitErrorMessage(message: string) {
	const [key = 'errors.invalid', query = ''] = message.split('?')
	return { key, values: Object.fromEntries(new URLSearchParams(query)) }
}
