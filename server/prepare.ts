import { migrateDb } from '#app/db/client.server.ts'
import { type Env, shouldSeedDemo } from '#app/platform/env.server.ts'
import { keyedHash } from '#app/platform/keys.server.ts'
import { currentSigningKey } from '#app/platform/signing-keys.server.ts'
import { importCourses } from '#app/modules/courses/content-import.server.ts'
import { importLaws } from '#app/modules/laws/content-import.server.ts'
import { importLibrary } from '#app/modules/library/content-import.server.ts'
import { importCatalogueContent } from '#app/modules/programmes/content-import.server.ts'
import { indexIndicators } from '#app/modules/indicators/search-entries.server.ts'
import { ensureSearchIndex } from '#app/modules/search/reindex.server.ts'
import { seedDemoCourses, seedDemoIfEmpty } from '../scripts/seed-demo.ts'
import { seedDemoEvents } from '../scripts/seed-demo-events.ts'
import { seedDemoForums } from '../scripts/seed-demo-forums.ts'
import { seedDemoActivity } from '../scripts/seed-demo-activity.ts'
import { importNetworkAndAwareness } from '../scripts/network-content.ts'

/** What a start does once, before any request is served: in the one process, or in the primary of several. */
export async function prepareData(env: Env) {
	migrateDb()
	ensureSearchIndex()
	// The indicators' pages are searched by their names and definitions, which change only with Atlas itself.
	indexIndicators()
	// Keys are made on first start, here, so that several processes never race to write them: the one that signs
	// certificates (it exists before any certificate does), and the app key (the rate limits hash clients with it).
	await currentSigningKey()
	keyedHash('start', '')
	if (!shouldSeedDemo(env)) return
	const seeded = await seedDemoIfEmpty()
	if (!seeded) return
	const added = importCatalogueContent()
	const courses = await importCourses()
	seedDemoCourses()
	const library = await importLibrary()
	const laws = importLaws()
	const events = seedDemoEvents()
	const forums = seedDemoForums()
	const network = importNetworkAndAwareness()
	const activity = await seedDemoActivity()
	console.log('The database was empty: demo organisations and accounts were added (see README).')
	console.log(`Sample catalogue imported: ${added.programmes} programmes, ${added.services} support services.`)
	console.log(`Starter courses imported: ${courses.added}.`)
	console.log(`Starter library imported: ${library.added} documents.`)
	console.log(`Sample laws imported: ${laws.added} countries, ${laws.agreements} agreements.`)
	console.log(`Sample events added: ${events}; sample forum categories: ${forums}.`)
	for (const line of network) console.log(line)
	console.log(
		`Sample learning activity: ${activity.learners} learners, ${activity.enrolments} enrolments, ${activity.certificates} certificates.`,
	)
}
