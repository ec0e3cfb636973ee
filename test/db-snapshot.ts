import { getDb } from '#app/db/client.server.ts'

/**
 * Every table's rows, except the audit log (reads of the outbox are audited) and two aggregates a
 * page view adds one to: the catalogue's monthly view counters and the count of searches that
 * found nothing. Sessions are compared by who holds which (their last-activity time moves on every
 * request). The FTS5 index is compared through its table; its shadow tables only mirror it.
 */
export function databaseSnapshot() {
	const sqlite = getDb().$client
	const tables = sqlite
		.prepare(
			"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not like 'search_fts_%'",
		)
		.all() as { name: string }[]
	return Object.fromEntries(
		tables
			.filter(({ name }) => !['audit_events', 'programme_monthly_counts', 'search_misses'].includes(name))
			.map(({ name }) => {
				const columns = name === 'sessions' ? 'id, user_id, two_factor_verified' : '*'
				return [name, sqlite.prepare(`select ${columns} from "${name}" order by rowid`).all()]
			}),
	)
}
