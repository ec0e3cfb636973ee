/** A benchmark's table in Markdown: its first column (what was measured) to the left, the figures to the right. */
export function markdownTable(head: string[], rows: (string | number)[][]) {
	return [
		`| ${head.join(' | ')} |`,
		`|---|${head
			.slice(1)
			.map(() => '--:|')
			.join('')}`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n')
}
