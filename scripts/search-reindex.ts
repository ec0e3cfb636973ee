import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { reindexSearch } from '#app/modules/search/reindex.server.ts'

// Rebuilds the active search engine from the database: the FTS5 tables always, and
// Meilisearch's documents when MEILISEARCH_URL is set.
migrateDb()
const { items, engine } = await reindexSearch()
console.log(`Search index rebuilt on ${engine}: ${items} items.`)
closeDb()
