import { asc } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { searchEntries } from '#app/db/schema/index.ts'
import { indexIndicators } from '#app/modules/indicators/search-entries.server.ts'
import { rebuildSearchEntries } from '#app/modules/search/reindex.server.ts'
import { importNetworkAndAwareness } from '../../scripts/network-content.ts'

const entries = () =>
	getDb()
		.select({ key: searchEntries.key, title: searchEntries.title, tier: searchEntries.tier })
		.from(searchEntries)
		.orderBy(asc(searchEntries.key))
		.all()

test('`npm run search:reindex` gives back every kind the areas index as they change: the network, partnerships, campaigns, stories and indicators too', () => {
	importNetworkAndAwareness()
	indexIndicators()
	const indexed = entries()
	const kinds = new Set(indexed.map((entry) => entry.key.split(':')[0]))
	expect([...kinds].sort()).toEqual(['campaign', 'focal-point', 'indicator', 'organisation', 'partnership', 'story'])
	rebuildSearchEntries()
	expect(entries()).toEqual(indexed)
	// Indexing the indicators again at the next start rewrites nothing: their words have not changed.
	expect(indexIndicators()).toBe(0)
})
