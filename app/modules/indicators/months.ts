/** Months as the roll-up keeps them ('2026-07', in UTC), and the periods the dashboard and review pages ask for. */

import { monthOf } from '#app/platform/months.ts'

export { monthOf }

/** A month so many months on (or back): plain arithmetic, since the pages call it for every cell they show. */
export function addMonths(month: string, months: number) {
	const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months
	return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** From the month's first instant (inclusive) to the next month's first (exclusive). */
export function monthBounds(month: string) {
	const [year, index] = month.split('-').map(Number) as [number, number]
	return { start: new Date(Date.UTC(year, index - 1, 1)), end: new Date(Date.UTC(year, index, 1)) }
}

/** Every month from `from` to `to`, both included. */
export function monthsFrom(from: string, to: string) {
	const months: string[] = []
	for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month)
	return months
}

/** A year ('2026') or a quarter ('2026-Q3'). */
export type Period = { id: string; year: number; quarter?: number; from: string; to: string }

const periodPattern = /^(\d{4})(?:-Q([1-4]))?$/

/** The period a request names, or null when the name is not a year or a quarter Atlas can count (1990 to 2100). */
export function parsePeriod(id: string): Period | null {
	const match = periodPattern.exec(id)
	if (!match) return null
	const year = Number(match[1])
	if (year < 1990 || year > 2100) return null
	if (!match[2]) return { id, year, from: `${year}-01`, to: `${year}-12` }
	const quarter = Number(match[2])
	const first = String((quarter - 1) * 3 + 1).padStart(2, '0')
	return { id, year, quarter, from: `${year}-${first}`, to: addMonths(`${year}-${first}`, 2) }
}

export const currentYear = (now: Date) => parsePeriod(String(now.getUTCFullYear()))!

/** The quarter just ended (the one a review meeting looks back on). */
export function lastQuarter(now: Date) {
	const month = addMonths(monthOf(now), -3)
	const [year, index] = month.split('-').map(Number) as [number, number]
	return parsePeriod(`${year}-Q${Math.floor((index - 1) / 3) + 1}`)!
}
