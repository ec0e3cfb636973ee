import { regionOf } from '#app/platform/regions.ts'
import { type CountRow, type Line, lineKey, lineOf, quarterOfMonth, separator } from './cells.ts'
import { regionPlace } from './facts.ts'
import { determinedUnknowns } from './linear-audit.ts'
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
 * and the groups the total belongs to go on from there. Only cells marked `hideable` are ever hidden: the others
 * were settled before (see `protect`). `hidden` is updated in place.
 */
function solve(values: readonly number[], groups: readonly Prepared[], hidden: Uint8Array, hideable: Uint8Array) {
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
	const groupsOf = groupsByCell(values.length, groups)
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
		const firstShown = () => group.bySize.find((member) => !hidden[member] && hideable[member])
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
		if (hiddenCount > 0 && (hiddenCount < 2 || isSmall(hiddenSum)) && hideable[group.total]) hide(group.total)
	}
}

function groupsByCell(cells: number, groups: readonly Prepared[]) {
	const groupsOf: number[][] = Array.from({ length: cells }, () => [])
	groups.forEach((group, at) => {
		for (const member of [group.total, ...group.members]) groupsOf[member]!.push(at)
	})
	return groupsOf
}

/**
 * The small counts a reader could still work out by solving every equation the shown cells give at once: a cell's
 * row in one table and its column in another, a quarter through its months and through its countries. Each group
 * whose cells add up to its total is an equation over its hidden cells; a group whose cells leave a remainder (no
 * stated gender, everyone outside an organisation) has that remainder as one more unknown, watched too when it is
 * small. Unknowns numbered past the cells are the groups' remainders.
 */
function workedOut(values: readonly number[], groups: readonly Prepared[], hidden: Uint8Array) {
	const watched = new Set<number>()
	const equations: Map<number, number>[] = []
	groups.forEach((group, at) => {
		const sum = group.members.reduce((all, member) => all + values[member]!, 0)
		const total = values[group.total]!
		if (sum > total) return
		const equation = new Map<number, number>()
		for (const member of group.members) if (hidden[member]) equation.set(member, 1)
		if (hidden[group.total]) equation.set(group.total, -1)
		if (sum < total) {
			const remainder = values.length + at
			equation.set(remainder, 1)
			if (isSmall(total - sum)) watched.add(remainder)
		}
		if (equation.size) equations.push(equation)
	})
	values.forEach((count, at) => {
		if (hidden[at] && isSmall(count)) watched.add(at)
	})
	return determinedUnknowns(equations, watched)
}

/**
 * Hides cells until no small count can be worked out (`workedOut`), beside `solve`'s rule in each group. For each
 * count still worked out, the smallest shown cell that may be hidden in one of its groups joins the hidden ones
 * (or, when its groups have none, in the groups next to them through hidden cells); then the groups' rule and the
 * audit run again. Every round hides more, so it ends; the tables settled before (`hideable` is 0 there) were safe
 * alone, so hiding every cell still open would be safe too.
 */
function protect(values: readonly number[], groups: readonly Prepared[], hidden: Uint8Array, hideable: Uint8Array) {
	const groupsOf = groupsByCell(values.length, groups)
	for (;;) {
		solve(values, groups, hidden, hideable)
		const found = workedOut(values, groups, hidden)
		if (!found.size) return
		const more = new Set<number>()
		for (const unknown of found) {
			const next = nearestShown(unknown < values.length ? groupsOf[unknown]! : [unknown - values.length])
			if (next !== undefined) more.add(next)
		}
		if (!more.size) return
		for (const at of more) hidden[at] = 1
	}

	function nearestShown(start: readonly number[]) {
		const seen = new Set(start)
		let ring = [...start]
		while (ring.length) {
			let best: number | undefined
			const next: number[] = []
			for (const at of ring) {
				const group = groups[at]!
				for (const cell of [group.total, ...group.members]) {
					if (hidden[cell]) {
						for (const other of groupsOf[cell]!)
							if (!seen.has(other)) {
								seen.add(other)
								next.push(other)
							}
					} else if (hideable[cell] && values[cell]! > 0 && (best === undefined || values[cell]! < values[best]!))
						best = cell
				}
			}
			if (best !== undefined) return best
			ring = next
		}
		return undefined
	}
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

/**
 * Hides, layer by layer, what must be hidden: the places' wholes first (what the dashboard shows), then the
 * breakdowns, then an organisation's part. Each layer hides only its own cells, weighed against the layers before it
 * as they stand, so a cell reads the same on every page whichever layers the page reads.
 */
function settle(values: readonly number[], groups: readonly Prepared[], layerOf: readonly number[]) {
	const hidden = new Uint8Array(values.length)
	const groupLayer = groups.map((group) =>
		group.members.reduce((layer, member) => Math.max(layer, layerOf[member]!), layerOf[group.total]!),
	)
	for (const layer of [...new Set(layerOf)].sort()) {
		const hideable = new Uint8Array(values.length)
		layerOf.forEach((cellLayer, at) => {
			if (cellLayer !== layer) return
			hideable[at] = 1
			if (isSmall(values[at]!)) hidden[at] = 1
		})
		protect(
			values,
			groups.filter((_, at) => groupLayer[at]! <= layer),
			hidden,
			hideable,
		)
	}
	return hidden
}

/** The solver over groups named by key, all in one layer (see `settle`); the cells hidden. */
export function suppressGroups(counts: ReadonlyMap<string, number>, groups: readonly Group[]): Set<string> {
	const { keys, values, cell } = cellIndex(counts)
	for (const key of counts.keys()) cell(key)
	const prepared = groups.map((group) => ({ total: cell(group.total), members: group.members.map(cell) }))
	const hidden = settle(values, prepared, new Array<number>(values.length).fill(0))
	return new Set(keys.filter((_, at) => hidden[at]))
}

/** The layer a cell is settled in: a place's whole, a breakdown value, an organisation's part. */
function layerOfKey(key: string) {
	const { organisationId, breakdown } = lineOf(key)
	return organisationId !== '' ? 2 : breakdown !== '' ? 1 : 0
}

const isCountry = (place: string) => place !== '' && !place.startsWith('region:')

/**
 * The cells of one series in one year, numbered, with the groups they add up in: each calendar quarter's months
 * against the quarter,
 * the year's quarters against the year (flows); each breakdown's values against their total; the countries against
 * the world and their region, and the regions against the world; an organisation against the whole (the rest is
 * the remainder). Spans are the ones pages show: every month of a place's whole, quarters and years of breakdowns
 * and organisations (months of a stock, which has no quarters of its own). The rows must hold whole families: every
 * place of a breakdown value, every value of a breakdown; then what is hidden of a cell does not depend on which page
 * asked, since a layer read later (breakdowns, organisations) only ever hides its own cells.
 */
export function seriesCells(rows: readonly CountRow[], options: { kind: SeriesKind; year: string }) {
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
	return {
		keys,
		values,
		groups: [...groups.values()].map((group) => ({ total: cell(group.total), members: group.members })),
	}
}

/** A series' cells in one year (see `seriesCells`) and which of them a suppressed view hides (see `settle`). */
export function hiddenInSeries(rows: readonly CountRow[], options: { kind: SeriesKind; year: string }) {
	const { keys, values, groups } = seriesCells(rows, options)
	const hidden = settle(values, groups, keys.map(layerOfKey))
	return {
		counts: new Map(keys.map((key, at) => [key, values[at]!])),
		hidden: new Set(keys.filter((_, at) => hidden[at])),
		/** What a reader could add up: each group's total and members, by key. */
		groups: groups.map((group) => ({ total: keys[group.total]!, members: group.members.map((at) => keys[at]!) })),
	}
}
