import { getDb } from '#app/db/client.server.ts'

/**
 * Every table's rows, except sessions (whose last-activity time moves), the audit log (reads of
 * the outbox are audited), and two aggregates a page view adds one to: the catalogue's monthly view
 * counters and the count of searches that found nothing. The FTS5 index is compared through its
 * table; its shadow tables (`search_fts_*`) only mirror it.
 */
export function databaseSnapshot() {
	const sqlite = getDb().$client
	const tables = sqlite
		.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not like 'search_fts_%'")
		.all() as { name: string }[]
	return Object.fromEntries(
		tables
			.filter(({ name }) => !['sessions', 'audit_events', 'programme_monthly_counts', 'search_misses'].includes(name))
			.map(({ name }) => [name, sqlite.prepare(`select * from "${name}" order by rowid`).all()]),
	)
}
