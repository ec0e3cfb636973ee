import { sql, type AnyColumn } from 'drizzle-orm'

/** Case-insensitive "contains", with the user's % and _ taken literally. */
export function containsText(column: AnyColumn, text: string) {
	const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
	return sql`${column} LIKE ${pattern} ESCAPE '\\'`
}
