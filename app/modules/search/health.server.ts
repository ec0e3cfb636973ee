import { meiliClient } from './meilisearch.server.ts'
import { pendingSearchUpdates } from './outbox.server.ts'

/**
 * The engine answering searches now: Meilisearch when it is set and answers, otherwise
 * the built-in FTS5 (named as a fallback when Meilisearch is set but down).
 */
export async function searchHealth() {
	const client = meiliClient()
	if (!client) return { search: 'sqlite' as const }
	const healthy = await client.isHealthy()
	return {
		search: healthy ? ('meilisearch' as const) : ('sqlite' as const),
		searchFallback: !healthy,
		searchPending: pendingSearchUpdates(),
	}
}
