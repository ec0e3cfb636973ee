import { getDb } from '#app/db/client.server.ts'
import { signInPausedNoticeJob } from '#app/modules/accounts/sign-in-limits.server.ts'

/**
 * Every table's rows, except the audit log (reads of the outbox are audited) and three aggregates a
 * page view adds one to: the catalogue's monthly view counters, a campaign's reach counters and the
 * count of searches that found nothing. Like the audit log, what the per-account sign-in limit keeps about a refused attempt
 * (its counters, and the notice it queues when it pauses an address) is left out: a refusal writes it.
 * Sessions are compared by who holds which (their last-activity time moves on every
 * request). The FTS5 indexes are compared through their tables; their shadow tables only mirror them.
 */
export function databaseSnapshot() {
	const sqlite = getDb().$client
	const tables = sqlite
		.prepare(
			"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not like 'search_fts_%' and name not like 'search_heads_%'",
		)
		.all() as { name: string }[]
	return Object.fromEntries(
		tables
			.filter(
				({ name }) =>
					![
						'audit_events',
						'campaign_reach',
						'programme_monthly_counts',
						'search_misses',
						'sign_in_throttles',
					].includes(name),
			)
			.map(({ name }) => {
				const columns = name === 'sessions' ? 'id, user_id, two_factor_verified' : '*'
				const rows = name === 'jobs' ? ` where kind != '${signInPausedNoticeJob}'` : ''
				return [name, sqlite.prepare(`select ${columns} from "${name}"${rows} order by rowid`).all()]
			}),
	)
}
