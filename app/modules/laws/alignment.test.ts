import { expect, test } from 'vitest'
import { alignmentOf, alignmentProfile, assessedElements, describedOnlyElements } from './alignment.ts'
import { type ElementEntry, type Framework } from './framework.ts'
import { elementIds } from './vocabulary.ts'

const entry = (value: ElementEntry['value']): ElementEntry => ({
	value,
	citation: value === 'unknown' ? null : { instrument: 'penal-code', article: '1' },
	quote: null,
	note: '',
	asOf: '2026-01-01',
	reviewedBy: null,
	reviewedOn: null,
})

test('a provision the Protocol requires is aligned when the law provides it, partly when partly, not when not', () => {
	expect(alignmentOf('recruitment', entry('yes'))).toBe('aligned')
	expect(alignmentOf('abuse-of-vulnerability', entry('partly'))).toBe('partly')
	expect(alignmentOf('consent-irrelevant', entry('no'))).toBe('not-aligned')
	expect(alignmentOf('child-without-means', entry('yes'))).toBe('aligned')
	expect(alignmentOf('corporate-liability', entry('no'))).toBe('not-aligned')
})

test('unknown stays unknown, whether recorded as unknown or not recorded at all', () => {
	expect(alignmentOf('recruitment', entry('unknown'))).toBe('unknown')
	expect(alignmentOf('recruitment', undefined)).toBe('unknown')
	expect(alignmentOf('basic-maximum', entry('unknown'))).toBe('unknown')
})

test('the basic maximum penalty is aligned from four years, the serious-crime threshold', () => {
	expect(alignmentOf('basic-maximum', entry(4))).toBe('aligned')
	expect(alignmentOf('basic-maximum', entry(20))).toBe('aligned')
	expect(alignmentOf('basic-maximum', entry(3))).toBe('not-aligned')
})

test('elements the treaties leave to each State are described but never scored, whatever their value', () => {
	for (const id of [
		'non-punishment',
		'reflection-period',
		'forced-marriage',
		'basic-minimum',
		'national-rapporteur',
	] as const)
		for (const value of ['yes', 'no', 'unknown', 30] as const) expect(alignmentOf(id, entry(value))).toBeNull()
	expect(describedOnlyElements).toContain('residence-permit')
	expect([...assessedElements, ...describedOnlyElements].sort()).toEqual([...elementIds].sort())
})

test('a profile counts every scored element once, unknown included, and nothing else', () => {
	const framework: Framework = {
		instruments: [],
		protocol: { status: 'ratified', signedOn: null, joinedOn: null, source: null, asOf: '2026-01-01' },
		elements: {
			recruitment: entry('yes'),
			threat: entry('partly'),
			fraud: entry('no'),
			'non-punishment': entry('yes'),
		},
	}
	const profile = alignmentProfile(framework)
	expect(profile.counts).toEqual({ aligned: 1, partly: 1, 'not-aligned': 1, unknown: assessedElements.length - 3 })
	expect(profile.assessed).toBe(assessedElements.length)
	expect(profile.elements['non-punishment']).toBeUndefined()
})
