/** Quotes a CSV field, and defuses values a spreadsheet would run as a formula. */
export function csvField(value: string | number | null) {
	let text = value === null ? '' : String(value)
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as CSV with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]) {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** A CSV download; the byte-order mark makes spreadsheets read UTF-8 (Arabic, accents) correctly. */
export function csvResponse(csv: string, filename: string) {
	return new Response(`\uFEFF${csv}`, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename}"`,
			'Cache-Control': 'private, no-store',
		},
	})
}
