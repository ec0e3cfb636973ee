import fc from 'fast-check'
import { expect, test } from 'vitest'
import { regionOf } from '#app/platform/regions.ts'
import { countFacts, type Fact } from './facts.ts'
import { hiddenInSeries } from './suppression-groups.ts'

const fact = fc.record({
	month: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04', '2026-07'),
	country: fc.constantFrom('FR', 'DE', 'IT', 'KE', 'US', 'BR'),
	organisation: fc.constantFrom('o1', 'o2'),
	gender: fc.constantFrom('woman', 'man', 'another'),
	amount: fc.integer({ min: 1, max: 15 }),
})

/**
 * Whatever the counts, no table a reader sees gives a hidden count away by a difference: in every group whose cells
 * add up to its total (a quarter's months, the countries of the world or a region, a breakdown's values, an
 * organisation and the rest), a hidden cell never stands alone among hidden cells with the rest shown. (Solving
 * several tables' equations together is a stronger attack: decision 026 says where that stands.)
 */
test('no difference within a table gives a hidden small count away, for any counts', () => {
	fc.assert(
		fc.property(fc.array(fact, { minLength: 1, maxLength: 12 }), fc.boolean(), (drawn, withOrganisation) => {
			const facts: Fact[] = drawn.map((one) => ({
				series: 'enrolments',
				month: one.month,
				countries: [one.country],
				organisationId: one.organisation,
				by: { gender: one.gender },
				amount: one.amount,
			}))
			const rows = countFacts(facts, regionOf).filter(
				(row) => row.organisationId === '' || (withOrganisation && row.organisationId === 'o1'),
			)
			const { counts, hidden, groups } = hiddenInSeries(rows, { kind: 'flow', year: '2026' })
			const value = (key: string) => counts.get(key) ?? 0
			for (const group of groups) {
				if (group.members.reduce((sum, key) => sum + value(key), 0) !== value(group.total)) continue
				const unknown = [group.total, ...group.members].filter((key) => hidden.has(key))
				if (unknown.length !== 1) continue
				// One hidden cell, every other shown: the difference gives it. Even a cell hidden only to protect another
				// (a country's year of 11 beside a country's 4) must not be given back, or the other follows from it.
				expect(value(unknown[0]!), `${unknown[0]} given away in ${group.total}`).toBe(0)
			}
		}),
		{ numRuns: 300, seed: 21 },
	)
})
