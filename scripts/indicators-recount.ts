import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { recountIndicators } from '#app/modules/indicators/rollup.server.ts'

// Forgets every indicator count and counts again from each area's data (after correcting past data, say).
// Snapshot series (focal points, programme listings) keep no history, so only their current month comes back.
migrateDb()
const started = Date.now()
const { months } = await recountIndicators()
console.log(`Indicators recounted: ${months} series-months in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
closeDb()
