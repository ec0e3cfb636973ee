import { expect, test } from 'vitest'
import { compareFrameworks, parseCountryList } from './comparison.ts'
import { type Framework } from './framework.ts'

test('two to six capital ISO codes, by commas or repeated, in the order given', () => {
	expect(parseCountryList(['FR,ES,DE'])).toEqual({ ok: true, codes: ['FR', 'ES', 'DE'] })
	expect(parseCountryList(['FR', 'ES'])).toEqual({ ok: true, codes: ['FR', 'ES'] })
	expect(parseCountryList([' FR , ES '])).toEqual({ ok: true, codes: ['FR', 'ES'] })
})

test('each wrong list is named for what is wrong, with the list probably meant', () => {
	expect(parseCountryList([])).toMatchObject({ ok: false, problem: 'missing' })
	expect(parseCountryList(['FR'])).toMatchObject({ ok: false, problem: 'too-few' })
	expect(parseCountryList(['FR,ES,DE,IT,GB,US,MX'])).toMatchObject({
		ok: false,
		problem: 'too-many',
		suggestion: ['FR', 'ES', 'DE', 'IT', 'GB', 'US'],
	})
	expect(parseCountryList(['FR,ES,FR'])).toMatchObject({
		ok: false,
		problem: 'duplicates',
		values: ['FR'],
		suggestion: ['FR', 'ES'],
	})
	expect(parseCountryList(['fr,es'])).toMatchObject({ ok: false, problem: 'lowercase', suggestion: ['FR', 'ES'] })
	expect(parseCountryList(['ZZ,FR'])).toMatchObject({ ok: false, problem: 'not-a-country', values: ['ZZ'] })
	expect(parseCountryList(['France,Spain'])).toMatchObject({ ok: false, problem: 'malformed' })
	expect(parseCountryList(['<script>,FR'])).toMatchObject({ ok: false, problem: 'malformed' })
})

const framework = (elements: Framework['elements']): Framework => ({
	instruments: [],
	protocol: { status: 'ratified', signedOn: null, joinedOn: null, source: null, asOf: '2026-01-01' },
	elements,
})
const yes = (article: string) => ({
	value: 'yes' as const,
	citation: { instrument: 'code', article },
	quote: null,
	note: '',
	asOf: '2026-01-01',
	reviewedBy: null,
	reviewedOn: null,
})

test('rows differ when the values differ, not when only the citations do; "only differences" keeps those rows', () => {
	const a = framework({ recruitment: yes('1'), threat: yes('2') })
	const b = framework({ recruitment: yes('9') })
	const all = compareFrameworks([a, b])
	const acts = all.find((group) => group.group === 'acts')!
	expect(acts.rows.find((row) => row.element === 'recruitment')!.differs).toBe(false)
	const means = all.find((group) => group.group === 'means')!
	expect(means.rows.find((row) => row.element === 'threat')!.differs).toBe(true)
	const differences = compareFrameworks([a, b], true)
	expect(differences.flatMap((group) => group.rows.map((row) => row.element))).toEqual(['threat'])
})
