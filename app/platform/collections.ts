/** Groups rows by a key, keeping their order within each group. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K) {
	const groups = new Map<K, T[]>()
	for (const row of rows) {
		const group = groups.get(key(row))
		if (group) group.push(row)
		else groups.set(key(row), [row])
	}
	return groups
}
