/**
 * Which unknowns a set of linear equations pins down. A reader of the published tables knows every shown cell and
 * every sum a table states (a quarter is its months, the world its countries); the hidden cells are the unknowns.
 * An unknown is determined when some combination of the equations leaves it alone: then the reader can work it
 * out, however many tables that takes. Elimination runs modulo a large prime, so the numbers never grow; the
 * equations have coefficients of one, where a combination that isolates an unknown over the rationals isolates it
 * modulo the prime as well unless the prime divides a determinant of the system, far beyond the size of these
 * tables' sums.
 */

const prime = 2_147_483_647

/** a × b modulo the prime, exact in doubles: b is split so that no product passes 2^53. */
function times(a: number, b: number) {
	const high = Math.floor(b / 65_536)
	const low = b % 65_536
	return (((a * high) % prime) * 65_536 + a * low) % prime
}

function inverse(a: number) {
	let result = 1
	let base = a
	for (let power = prime - 2; power > 0; power = Math.floor(power / 2)) {
		if (power % 2) result = times(result, base)
		base = times(base, base)
	}
	return result
}

const modulo = (value: number) => ((value % prime) + prime) % prime

/** One equation over unknowns: each unknown's coefficient (the constant side does not matter for what it pins). */
export type Equation = ReadonlyMap<number, number>

/**
 * The unknowns among `watched` that the equations determine. Gauss-Jordan elimination kept reduced as each equation
 * arrives: an unknown is determined when it leads a row that holds nothing else.
 */
export function determinedUnknowns(equations: Iterable<Equation>, watched: ReadonlySet<number>): Set<number> {
	const rows: Map<number, number>[] = []
	const leading: number[] = []
	const rowOfLeader = new Map<number, number>()
	const rowsWith = new Map<number, Set<number>>()
	const note = (row: number, unknown: number) => {
		let set = rowsWith.get(unknown)
		if (!set) rowsWith.set(unknown, (set = new Set()))
		set.add(row)
	}
	// row -= factor × other, keeping the index of rows by unknown in step.
	const subtract = (row: Map<number, number>, at: number, factor: number, other: Map<number, number>) => {
		for (const [unknown, coefficient] of other) {
			const value = modulo((row.get(unknown) ?? 0) - times(factor, coefficient))
			if (value === 0) {
				row.delete(unknown)
				if (at >= 0) rowsWith.get(unknown)?.delete(at)
			} else {
				if (at >= 0 && !row.has(unknown)) note(at, unknown)
				row.set(unknown, value)
			}
		}
	}
	for (const equation of equations) {
		const row = new Map<number, number>()
		for (const [unknown, coefficient] of equation) if (modulo(coefficient)) row.set(unknown, modulo(coefficient))
		// Reduced rows hold one leading unknown each and no other row's: one pass clears every leader from the row.
		for (const unknown of [...row.keys()]) {
			const factor = row.get(unknown)
			const other = rowOfLeader.get(unknown)
			if (factor !== undefined && other !== undefined) subtract(row, -1, factor, rows[other]!)
		}
		if (!row.size) continue
		// Lead with the unknown in the fewest rows, which keeps the rows short.
		let leader = -1
		for (const unknown of row.keys())
			if (leader === -1 || (rowsWith.get(unknown)?.size ?? 0) < (rowsWith.get(leader)?.size ?? 0)) leader = unknown
		const scale = inverse(row.get(leader)!)
		for (const [unknown, coefficient] of row) row.set(unknown, times(coefficient, scale))
		const at = rows.length
		for (const other of [...(rowsWith.get(leader) ?? [])]) subtract(rows[other]!, other, rows[other]!.get(leader)!, row)
		rows.push(row)
		leading.push(leader)
		rowOfLeader.set(leader, at)
		for (const unknown of row.keys()) note(at, unknown)
	}
	const determined = new Set<number>()
	rows.forEach((row, at) => {
		if (row.size === 1 && watched.has(leading[at]!)) determined.add(leading[at]!)
	})
	return determined
}
