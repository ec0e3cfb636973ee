import { regionOf } from '#app/platform/regions.ts'
import { type CountRow, type Line, lineKey, quarterOfMonth, separator } from './cells.ts'
import { regionPlace } from './facts.ts'
import { isSmall } from './suppression.ts'
import { type SeriesKind } from './vocabulary.ts'

/** A cell that adds up from others: a quarter from its months, the world from its countries, the whole from a part. */
export type Group = { total: string; members: readonly string[] }

type Prepared = { total: number; members: number[] }

/**
 * Which cells must be hidden, over tables that share cells: `hiddenCells`'s rule in each group, kept until no group
 * gives a hidden cell away. A cell hidden in one group (a quarter hidden beside a small quarter of the year) is
 * hidden everywhere it appears, so its own group (its months) must hide a second cell too, or adding up the months
 * would give the quarter back. The rule in a group whose total is shown: the hidden cells, with what the listed
 * cells leave of the total, are none, or two or more that together are not small; the smallest shown cell (or the
 * remainder, which no page shows) joins them until they are. A hidden total needs one hidden cell under it, or the
 * sum of its cells would show it. Groups whose cells add up to more than their total count things twice (a joint
 * cohort in each of its countries), so no difference gives a cell away there: only small cells are hidden. When a
 * group has no shown cell left to hide beside a small hidden one, its total is hidden instead (it would equal them),
 * and the groups the total belongs to go on from there.
 */
function solve(values: readonly number[], groups: readonly Prepared[]): Uint8Array {
	const hidden = new Uint8Array(values.length)
	values.forEach((count, at) => {
		if (isSmall(count)) hidden[at] = 1
	})
	const prepared = groups.map((group) => ({
		total: group.total,
		sum: group.members.reduce((all, at) => all + values[at]!, 0),
		// Smallest first, and of equal counts the first listed, as hiddenCells picks them; zeros are never hidden.
		bySize: group.members
			.filter((at) => values[at]! > 0)
			.map((at, position) => ({ at, position }))
			.sort((a, b) => values[a.at]! - values[b.at]! || a.position - b.position)
			.map(({ at }) => at),
	}))
	const groupsOf: number[][] = values.map(() => [])
	groups.forEach((group, at) => {
		for (const member of [group.total, ...group.members]) groupsOf[member]!.push(at)
	})
	const remainderHidden = new Uint8Array(groups.length)
	const queue = groups.map((_, at) => at)
	const queued = new Uint8Array(groups.length).fill(1)
	const hide = (at: number) => {
		hidden[at] = 1
		for (const group of groupsOf[at]!)
			if (!queued[group]) {
				queued[group] = 1
				queue.push(group)
			}
	}
	for (let head = 0; head < queue.length; head++) {
		const at = queue[head]!
		queued[at] = 0
		const group = prepared[at]!
		const total = values[group.total]!
		if (group.sum > total) continue
		const remainder = total - group.sum
		const firstShown = () => group.bySize.find((member) => !hidden[member])
		let hiddenCount = 0
		let hiddenSum = 0
		for (const member of group.bySize)
			if (hidden[member]) {
				hiddenCount += 1
				hiddenSum += values[member]!
			}
		if (hidden[group.total]) {
			if (remainder === 0 && hiddenCount === 0) {
				const next = firstShown()
				if (next !== undefined) hide(next)
			}
			continue
		}
		let withRemainder = Boolean(remainderHidden[at]) || isSmall(remainder)
		if (withRemainder && remainder > 0) {
			hiddenCount += 1
			hiddenSum += remainder
		}
		while (hiddenCount > 0 && (hiddenCount < 2 || isSmall(hiddenSum))) {
			const next = firstShown()
			if (!withRemainder && remainder > 0 && (next === undefined || remainder < values[next]!)) {
				withRemainder = true
				hiddenCount += 1
				hiddenSum += remainder
				continue
			}
			if (next === undefined) break
			hide(next)
			hiddenCount += 1
			hiddenSum += values[next]!
		}
		if (withRemainder) remainderHidden[at] = 1
		// Nothing left to hide beside them (the only month of a quarter with data, the only country of a region): the
		// total would be the hidden cells' sum, so it is hidden too, and its own groups take it from there.
		if (hiddenCount > 0 && (hiddenCount < 2 || isSmall(hiddenSum))) hide(group.total)
	}
	return hidden
}

/** Cells known by key, numbered as they come. */
function cellIndex(counts?: ReadonlyMap<string, number>) {
	const index = new Map<string, number>()
	const keys: string[] = []
	const values: number[] = []
	const cell = (key: string) => {
		let at = index.get(key)
		if (at === undefined) {
			at = keys.length
			index.set(key, at)
			keys.push(key)
			values.push(counts?.get(key) ?? 0)
		}
		return at
	}
	return { index, keys, values, cell }
}

/** The solver over groups named by key (see `solve`); the cells hidden. */
export function suppressGroups(counts: ReadonlyMap<string, number>, groups: readonly Group[]): Set<string> {
	const { keys, values, cell } = cellIndex(counts)
	for (const key of counts.keys()) cell(key)
	const hidden = solve(
		values,
		groups.map((group) => ({ total: cell(group.total), members: group.members.map(cell) })),
	)
	return new Set(keys.filter((_, at) => hidden[at]))
}

const isCountry = (place: string) => place !== '' && !place.startsWith('region:')

/**
 * The groups of one series in one year, and what they hide: each calendar quarter's months against the quarter,
 * the year's quarters against the year (flows); each breakdown's values against their total; the countries against
 * the world and their region, and the regions against the world; an organisation against the whole (the rest is
 * the remainder). Spans are the ones pages show: every month of a place's whole, quarters and years of breakdowns
 * and organisations (months of a stock, which has no quarters of its own). The rows must hold whole families: every
 * place of a breakdown value, every value of a breakdown; then the answer for a cell does not depend on which page
 * asked, since a table read later (breakdowns, organisations) only ever hides its own cells.
 */
export function hiddenInSeries(rows: readonly CountRow[], options: { kind: SeriesKind; year: string }) {
	const { kind, year } = options
	const { keys, values, cell } = cellIndex()
	// Each line once, with the lines its groups' totals are on; each of its cells by span.
	const lines = new Map<string, { line: Line; cells: Map<string, number> }>()
	for (const row of rows) {
		if (!row.month.startsWith(`${year}-`)) continue
		const key = lineKey(row)
		let entry = lines.get(key)
		if (!entry) lines.set(key, (entry = { line: row, cells: new Map() }))
		// Months are shown for a place's whole only; a stock has nothing but months.
		const whole = row.organisationId === '' && row.breakdown === ''
		const spans = kind === 'stock' ? [row.month] : [...(whole ? [row.month] : []), quarterOfMonth(row.month), year]
		for (const span of spans) {
			let at = entry.cells.get(span)
			if (at === undefined) entry.cells.set(span, (at = cell(`${key}${separator}${span}`)))
			values[at]! += row.count
		}
	}

	// Each group is named by its kind and its total's key; members join it in the order of their keys.
	const groups = new Map<string, { total: string; members: number[] }>()
	const join = (kindOfGroup: string, totalLine: string, span: string, member: number) => {
		const total = `${totalLine}${separator}${span}`
		const name = `${kindOfGroup}${separator}${total}`
		const group = groups.get(name)
		if (group) group.members.push(member)
		else groups.set(name, { total, members: [member] })
	}
	for (const key of [...lines.keys()].sort()) {
		const { line, cells } = lines.get(key)!
		const { place, organisationId, breakdown } = line
		const region = isCountry(place) ? regionOf(place) : undefined
		const totals = {
			breakdown: lineKey({ place, organisationId, breakdown: '', value: '' }),
			whole: lineKey({ ...line, organisationId: '' }),
			world: lineKey({ ...line, place: '' }),
			region: region ? lineKey({ ...line, place: regionPlace(region) }) : null,
		}
		for (const span of [...cells.keys()].sort()) {
			const at = cells.get(span)!
			if (kind === 'flow' && span !== year) join('time', key, span.includes('Q') ? year : quarterOfMonth(span), at)
			if (breakdown !== '') join(`breakdown:${breakdown}`, totals.breakdown, span, at)
			if (organisationId !== '') join(`organisation:${organisationId}`, totals.whole, span, at)
			else if (isCountry(place)) {
				join('countries', totals.world, span, at)
				if (totals.region) join('region', totals.region, span, at)
			} else if (place !== '') join('regions', totals.world, span, at)
		}
	}
	const hidden = solve(
		values,
		[...groups.values()].map((group) => ({ total: cell(group.total), members: group.members })),
	)
	return {
		counts: new Map(keys.map((key, at) => [key, values[at]!])),
		hidden: new Set(keys.filter((_, at) => hidden[at])),
		/** What a reader could add up: each group's total and members, by key. */
		groups: [...groups.values()].map((group) => ({
			total: group.total,
			members: group.members.map((at) => keys[at]!),
		})),
	}
}
