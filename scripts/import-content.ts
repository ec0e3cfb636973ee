import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { importCourses } from '#app/modules/courses/content-import.server.ts'
import { importLaws } from '#app/modules/laws/content-import.server.ts'
import { importLibrary } from '#app/modules/library/content-import.server.ts'
import { importCatalogueContent } from '#app/modules/programmes/content-import.server.ts'
import { importNetworkAndAwareness } from './network-content.ts'

// Loads content/: the starter catalogue, courses, library, sample laws, network, partnerships, campaigns and stories. Running it again changes nothing.
migrateDb()
const added = importCatalogueContent()
console.log(
	`Imported ${added.programmes} programmes and ${added.services} support services (existing ones left as they are).`,
)
const courses = await importCourses()
console.log(
	`Courses: ${courses.added} added, ${courses.revised} published as a new revision (unchanged ones left as they are).`,
)
const library = await importLibrary()
console.log(
	`Library: ${library.added} added, ${library.revised} published as a new revision, ${library.skipped} left for later because someone is editing them in Atlas (unchanged ones left as they are).`,
)
const laws = importLaws()
console.log(
	`Laws (sample data): ${laws.added} countries added, ${laws.revised} revised, ${laws.skipped} left as legal experts changed them in Atlas; ${laws.agreements} agreements added or updated.`,
)
for (const line of importNetworkAndAwareness()) console.log(line)
closeDb()
