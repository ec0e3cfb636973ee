import { countryCodes } from '#app/platform/countries.ts'
import { alignmentOf } from './alignment.ts'
import { sameValue } from './changes.ts'
import { type ElementEntry, type Framework } from './framework.ts'
import {
	compareLimits,
	type Alignment,
	type ElementGroup,
	type ElementId,
	elementGroups,
	elementsOf,
} from './vocabulary.ts'

/**
 * What was wrong with `?countries=`, with the list the reader probably meant when there is one, so
 * the page can say so in plain words and offer the corrected comparison.
 */
export type CountryListProblem =
	| { problem: 'missing' }
	| { problem: 'malformed'; values: string[] }
	| { problem: 'lowercase'; suggestion: string[] }
	| { problem: 'duplicates'; values: string[]; suggestion: string[] }
	| { problem: 'not-a-country'; values: string[] }
	| { problem: 'too-few' }
	| { problem: 'too-many'; suggestion: string[] }

const known = new Set<string>(countryCodes)

/** Reads `countries=FR,ES` (or the same name repeated, as ticked boxes send it) into two to six ISO codes. */
export function parseCountryList(
	raw: readonly string[],
): { ok: true; codes: string[] } | ({ ok: false } & CountryListProblem) {
	const values = raw
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean)
		.slice(0, 50)
	if (!values.length) return { ok: false, problem: 'missing' }
	const malformed = values.filter((value) => !/^[A-Za-z]{2}$/.test(value))
	if (malformed.length) return { ok: false, problem: 'malformed', values: malformed.map((value) => value.slice(0, 20)) }
	const upper = [...new Set(values.map((value) => value.toUpperCase()))]
	if (values.some((value) => value !== value.toUpperCase()))
		return { ok: false, problem: 'lowercase', suggestion: upper }
	if (upper.length < values.length) {
		const repeated = upper.filter((code) => values.filter((value) => value === code).length > 1)
		return { ok: false, problem: 'duplicates', values: repeated, suggestion: upper }
	}
	const unknown = upper.filter((code) => !known.has(code))
	if (unknown.length) return { ok: false, problem: 'not-a-country', values: unknown }
	if (upper.length < compareLimits.fewest) return { ok: false, problem: 'too-few' }
	if (upper.length > compareLimits.most)
		return { ok: false, problem: 'too-many', suggestion: upper.slice(0, compareLimits.most) }
	return { ok: true, codes: upper }
}

export type ComparisonCell = { entry: ElementEntry | null; alignment: Alignment | null }
export type ComparisonRow = { element: ElementId; cells: ComparisonCell[]; differs: boolean }
export type ComparisonGroup = { group: ElementGroup; rows: ComparisonRow[] }

/** Two entries say the same thing when their values agree; citations always differ between countries. */
function differs(cells: ComparisonCell[]) {
	const values = cells.map((cell) => cell.entry?.value ?? 'unknown')
	return values.some((value) => !sameValue(value, values[0]))
}

/** The frameworks row by row, grouped by element, each row saying whether the countries differ on it. */
export function compareFrameworks(frameworks: readonly Framework[], onlyDifferences = false): ComparisonGroup[] {
	return elementGroups
		.map((group) => ({
			group,
			rows: elementsOf(group)
				.map((element) => {
					const cells = frameworks.map((framework) => {
						const entry = framework.elements[element] ?? null
						return { entry, alignment: alignmentOf(element, entry ?? undefined) }
					})
					return { element, cells, differs: differs(cells) }
				})
				.filter((row) => !onlyDifferences || row.differs),
		}))
		.filter((group) => group.rows.length > 0)
}
