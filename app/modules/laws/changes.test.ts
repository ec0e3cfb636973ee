import { expect, test } from 'vitest'
import { applyChanges, diffFrameworks } from './changes.ts'
import { type Framework } from './framework.ts'

const base: Framework = {
	instruments: [{ id: 'code', name: 'Code', language: 'fr', year: null, articles: '', url: null }],
	protocol: { status: 'ratified', signedOn: null, joinedOn: null, source: null, asOf: '2026-01-01' },
	elements: {},
}
const maximum = (years: number) => ({
	value: years,
	citation: { instrument: 'code', article: '5' },
	quote: null,
	note: '',
	asOf: '2026-01-01',
	reviewedBy: null,
	reviewedOn: null,
})

test('a diff names each changed part with what it held before and after', () => {
	const after = { ...base, elements: { 'basic-maximum': maximum(7) } }
	expect(diffFrameworks(base, after)).toEqual([{ field: 'elements.basic-maximum', from: null, to: maximum(7) }])
	expect(diffFrameworks(after, after)).toEqual([])
})

test('changes apply over the state they were written against, and are refused over one changed since', () => {
	const first = { ...base, elements: { 'basic-maximum': maximum(7) } }
	const change = diffFrameworks(first, { ...first, elements: { 'basic-maximum': maximum(10) } })
	const applied = applyChanges(first, change)
	expect(applied.ok && applied.framework.elements['basic-maximum']?.value).toBe(10)
	// Someone else's approved change to the same part came first: it is not overwritten.
	const meanwhile = { ...first, elements: { 'basic-maximum': maximum(8) } }
	expect(applyChanges(meanwhile, change)).toEqual({ ok: false, stale: ['elements.basic-maximum'] })
	// A change to another part still applies.
	const other = { ...first, instruments: [...first.instruments, { ...first.instruments[0]!, id: 'other' }] }
	expect(applyChanges(other, change).ok).toBe(true)
})
