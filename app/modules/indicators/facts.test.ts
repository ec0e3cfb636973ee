import { expect, test } from 'vitest'
import { regionOf } from '#app/platform/regions.ts'
import { type Count, countFacts, type Fact } from './facts.ts'

const month = '2026-03'

/** The count in one cell, 0 when there is none. */
function cell(counts: Count[], where: Partial<Omit<Count, 'count'>>) {
	const matching = counts.filter(
		(count) =>
			count.place === (where.place ?? '') &&
			count.organisationId === (where.organisationId ?? '') &&
			count.breakdown === (where.breakdown ?? '') &&
			count.value === (where.value ?? ''),
	)
	return matching.reduce((sum, count) => sum + count.count, 0)
}

test('a fact in France and Germany counts once in each country, once in Europe and once in the world', () => {
	const counts = countFacts([{ series: 'joint-cohorts', month, countries: ['FR', 'DE'] }], regionOf)
	expect(cell(counts, { place: 'FR' })).toBe(1)
	expect(cell(counts, { place: 'DE' })).toBe(1)
	expect(cell(counts, { place: 'region:europe' })).toBe(1)
	expect(cell(counts, { place: '' })).toBe(1)
})

test('a country pair counts under the two countries it joins and the regions they lie in, and nowhere else', () => {
	const fact: Fact = {
		series: 'joint-cohorts',
		month,
		countries: ['FR', 'MA', 'ES'],
		by: { 'country-pair': ['FR-MA', 'ES-FR', 'ES-MA'] },
	}
	const counts = countFacts([fact], regionOf)
	const pair = (place: string, value: string) => cell(counts, { place, breakdown: 'country-pair', value })
	expect(pair('FR', 'FR-MA')).toBe(1)
	expect(pair('MA', 'FR-MA')).toBe(1)
	expect(pair('ES', 'FR-MA')).toBe(0)
	expect(pair('region:africa', 'FR-MA')).toBe(1)
	expect(pair('region:africa', 'ES-FR')).toBe(0)
	expect(pair('region:europe', 'ES-FR')).toBe(1)
	expect(pair('', 'ES-MA')).toBe(1)
})

test('a fact of several organisations counts once under each of them and once in the world', () => {
	const facts: Fact[] = [
		{ series: 'partnerships', month, countries: ['ES', 'MA'], organisationIds: ['org-a', 'org-b'] },
		{ series: 'partnerships', month, countries: ['ES'], organisationIds: ['org-a'] },
	]
	const counts = countFacts(facts, regionOf)
	expect(cell(counts, { place: '' })).toBe(2)
	expect(cell(counts, { place: 'ES' })).toBe(2)
	expect(cell(counts, { place: 'MA' })).toBe(1)
	expect(cell(counts, { organisationId: 'org-a' })).toBe(2)
	expect(cell(counts, { organisationId: 'org-b' })).toBe(1)
})

test('an organisation named both ways counts the fact once, and one organisation still works alone', () => {
	const counts = countFacts(
		[
			{ series: 'commitments', month, countries: ['FR'], organisationId: 'org-a', organisationIds: ['org-a', 'org-b'] },
			{ series: 'commitments', month, countries: ['FR'], organisationId: 'org-c', amount: 3 },
		],
		regionOf,
	)
	expect(cell(counts, { organisationId: 'org-a' })).toBe(1)
	expect(cell(counts, { organisationId: 'org-b' })).toBe(1)
	expect(cell(counts, { organisationId: 'org-c' })).toBe(3)
	expect(cell(counts, { place: 'FR' })).toBe(4)
})
