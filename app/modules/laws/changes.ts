import { type ElementEntry, type Framework } from './framework.ts'
import { type ElementId, elementIds } from './vocabulary.ts'

/**
 * A proposal names the parts of a framework it changes and what each held when it was written, so
 * two experts can work on different parts of one country at once and an approval never overwrites a
 * change it did not see (decision 022).
 */
export type FieldPath = 'instruments' | 'protocol' | `elements.${ElementId}`
export type FieldChange = { field: FieldPath; from: unknown; to: unknown }

export const fieldPaths: FieldPath[] = ['instruments', 'protocol', ...elementIds.map((id) => `elements.${id}` as const)]

export function isFieldPath(value: string): value is FieldPath {
	return (fieldPaths as string[]).includes(value)
}

export function valueAt(framework: Framework, field: FieldPath): unknown {
	if (field === 'instruments') return framework.instruments
	if (field === 'protocol') return framework.protocol
	return framework.elements[field.slice('elements.'.length) as ElementId] ?? null
}

function withValue(framework: Framework, field: FieldPath, value: unknown): Framework {
	if (field === 'instruments') return { ...framework, instruments: value as Framework['instruments'] }
	if (field === 'protocol') return { ...framework, protocol: value as Framework['protocol'] }
	const id = field.slice('elements.'.length) as ElementId
	const elements = { ...framework.elements }
	if (value === null) delete elements[id]
	else elements[id] = value as ElementEntry
	return { ...framework, elements }
}

/** JSON with keys in order, so two values read from different places compare equal when they are. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, inner]) => inner !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`
	}
	return JSON.stringify(value ?? null)
}

export function sameValue(a: unknown, b: unknown) {
	return canonical(a) === canonical(b)
}

/** What differs between two states of a framework, in page order. */
export function diffFrameworks(before: Framework, after: Framework): FieldChange[] {
	return fieldPaths
		.map((field) => ({ field, from: valueAt(before, field), to: valueAt(after, field) }))
		.filter((change) => !sameValue(change.from, change.to))
}

/**
 * The framework with the changes made, or the fields that changed since the proposal was written
 * (someone else's approved change came first): those are never overwritten silently.
 */
export function applyChanges(
	framework: Framework,
	changes: readonly FieldChange[],
): { ok: true; framework: Framework } | { ok: false; stale: FieldPath[] } {
	const stale = changes.filter((change) => !sameValue(valueAt(framework, change.field), change.from))
	if (stale.length) return { ok: false, stale: stale.map((change) => change.field) }
	let next = framework
	for (const change of changes) next = withValue(next, change.field, change.to)
	return { ok: true, framework: next }
}
