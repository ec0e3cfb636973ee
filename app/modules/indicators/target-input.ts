import { countryCodes } from '#app/platform/countries.ts'
import { type FieldErrors } from '#app/platform/forms.ts'
import { indicatorById } from './framework.ts'

/** A target: for an indicator, a year, and all countries ('') or one; a count, or a share in percent. */
export type TargetInput = { indicator: string; year: number; place: string; target: number }

export const firstTargetYear = 2000
export const lastTargetYear = 2100
/** Far above anything Atlas counts in a year, so a slip of the keyboard is caught. */
export const largestTarget = 10_000_000

const countries = new Set<string>(countryCodes)
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : null)

/**
 * The target form's fields, checked. Errors are `common:errors` keys with their parameters, each at its field;
 * nothing is saved unless every field is right.
 */
export function parseTargetInput(
	values: Record<string, unknown>,
): { ok: true; input: TargetInput } | { ok: false; fieldErrors: FieldErrors } {
	const fieldErrors: FieldErrors = {}
	const indicator = indicatorById.get(text(values.indicator) ?? '')
	if (!indicator) fieldErrors.indicator = ['errors.choose']

	const yearText = text(values.year) ?? ''
	const year = Number(yearText)
	if (!/^\d{4}$/.test(yearText) || year < firstTargetYear || year > lastTargetYear)
		fieldErrors.year = [`errors.numberRange?min=${firstTargetYear}&max=${lastTargetYear}`]

	const place = text(values.place)
	if (place === null || (place !== '' && !countries.has(place))) fieldErrors.place = ['errors.choose']

	const largest = indicator?.unit === 'share' ? 100 : largestTarget
	const targetText = text(values.target) ?? ''
	const target = Number(targetText)
	if (!/^\d{1,9}$/.test(targetText)) fieldErrors.target = [targetText ? 'errors.wholeNumber' : 'errors.required']
	else if (target > largest) fieldErrors.target = [`errors.numberRange?min=0&max=${largest}`]

	if (Object.keys(fieldErrors).length || !indicator || place === null) return { ok: false, fieldErrors }
	return { ok: true, input: { indicator: indicator.id, year, place, target } }
}
