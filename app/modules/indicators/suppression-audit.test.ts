import fc from 'fast-check'
import { expect, test } from 'vitest'
import { regionOf } from '#app/platform/regions.ts'
import { countFacts, type Fact } from './facts.ts'
import { hiddenInSeries } from './suppression-groups.ts'
import { isSmall } from './suppression.ts'

const fact = fc.record({
	month: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04', '2026-07'),
	country: fc.constantFrom('FR', 'DE', 'IT', 'KE', 'US', 'BR'),
	organisation: fc.constantFrom('o1', 'o2'),
	gender: fc.constantFrom('woman', 'man', 'another', null),
	amount: fc.integer({ min: 1, max: 15 }),
})

// Exact fractions, so the oracle shares nothing with the module's modular elimination.
type Fraction = [bigint, bigint]
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b))
const fraction = (n: bigint, d: bigint): Fraction => {
	const g = gcd(n, d) || 1n
	return d < 0n ? [-n / g, -d / g] : [n / g, d / g]
}
const minus = (a: Fraction, b: Fraction) => fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1])
const times = (a: Fraction, b: Fraction) => fraction(a[0] * b[0], a[1] * b[1])
const over = (a: Fraction, b: Fraction) => fraction(a[0] * b[1], a[1] * b[0])

/** The unknowns a reader solving every equation at once pins down: Gauss-Jordan over the rationals. */
function pinned(equations: Map<string, number>[]) {
	const names = [...new Set(equations.flatMap((equation) => [...equation.keys()]))]
	const rows = equations.map((equation) => names.map((name): Fraction => [BigInt(equation.get(name) ?? 0), 1n]))
	let rank = 0
	const leaders: number[] = []
	for (let column = 0; column < names.length && rank < rows.length; column++) {
		const pivot = rows.findIndex((row, at) => at >= rank && row[column]![0] !== 0n)
		if (pivot === -1) continue
		;[rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!]
		const lead = rows[rank]![column]!
		rows[rank] = rows[rank]!.map((cell) => over(cell, lead))
		rows.forEach((row, at) => {
			if (at === rank || row[column]![0] === 0n) return
			const factor = row[column]!
			rows[at] = row.map((cell, index) => minus(cell, times(factor, rows[rank]![index]!)))
		})
		leaders.push(column)
		rank += 1
	}
	return new Set(
		leaders.flatMap((column, at) =>
			rows[at]!.every((cell, index) => index === column || cell[0] === 0n) ? [names[column]!] : [],
		),
	)
}

/**
 * Whatever the counts, a reader who has every table of a series (the places' months, quarters and year; each
 * breakdown; an organisation's part) and solves all their sums together cannot work out a count from one to four,
 * nor what an organisation or a breakdown leaves of a total when that is from one to four.
 */
test('no small count can be worked out from all the tables together, for any counts', () => {
	fc.assert(
		fc.property(
			fc.array(fact, { minLength: 1, maxLength: 14 }),
			fc.boolean(),
			fc.boolean(),
			(drawn, withOrganisation, breakdownsEverywhere) => {
				const facts: Fact[] = drawn.map((one) => ({
					series: 'enrolments',
					month: one.month,
					countries: [one.country],
					organisationId: one.organisation,
					by: one.gender ? { gender: one.gender } : {},
					amount: one.amount,
				}))
				// As the views read them: breakdowns for the world only (or everywhere, the harder case), one organisation.
				const rows = countFacts(facts, regionOf).filter(
					(row) =>
						(row.organisationId === '' || (withOrganisation && row.organisationId === 'o1')) &&
						(breakdownsEverywhere || row.breakdown === '' || row.place === ''),
				)
				const { counts, hidden, groups } = hiddenInSeries(rows, { kind: 'flow', year: '2026' })
				const value = (key: string) => counts.get(key) ?? 0
				const equations: Map<string, number>[] = []
				const watched = new Set([...hidden].filter((key) => isSmall(value(key))))
				groups.forEach((group, at) => {
					const sum = group.members.reduce((all, key) => all + value(key), 0)
					if (sum > value(group.total)) return
					const equation = new Map<string, number>()
					for (const key of group.members) if (hidden.has(key)) equation.set(key, 1)
					if (hidden.has(group.total)) equation.set(group.total, -1)
					if (sum < value(group.total)) {
						equation.set(`rest ${at}`, 1)
						if (isSmall(value(group.total) - sum)) watched.add(`rest ${at}`)
					}
					if (equation.size) equations.push(equation)
				})
				const given = [...pinned(equations)].filter((name) => watched.has(name))
				expect(given, 'small counts worked out').toEqual([])
			},
		),
		{ numRuns: 200, seed: 21 },
	)
})

test('a count hidden beside a small one in another table is hidden for it, and shown counts stay shown', () => {
	// France: 6 women, 1 man in January; Brazil: 5 women. The man (1) hides France's women beside him, and the
	// world's women (10) beside the world's man; the countries' wholes stay shown, as the dashboard shows them.
	const facts: Fact[] = [
		{ series: 'enrolments', month: '2026-01', countries: ['FR'], by: { gender: 'woman' }, amount: 6 },
		{ series: 'enrolments', month: '2026-01', countries: ['FR'], by: { gender: 'man' }, amount: 1 },
		{ series: 'enrolments', month: '2026-01', countries: ['BR'], by: { gender: 'woman' }, amount: 5 },
	]
	const { hidden } = hiddenInSeries(countFacts(facts, regionOf), { kind: 'flow', year: '2026' })
	const key = (...parts: string[]) => parts.join('\u001f')
	expect(hidden.has(key('FR', '', 'gender', 'man', '2026-Q1'))).toBe(true)
	expect(hidden.has(key('FR', '', 'gender', 'woman', '2026-Q1'))).toBe(true)
	expect(hidden.has(key('', '', 'gender', 'woman', '2026-Q1'))).toBe(true)
	for (const place of ['', 'FR', 'BR']) expect(hidden.has(key(place, '', '', '', '2026-01'))).toBe(false)
})
