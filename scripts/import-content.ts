import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { importCatalogueContent } from '#app/modules/programmes/content-import.server.ts'

// Adds the starter catalogue from content/programmes; running it again changes nothing.
migrateDb()
const added = importCatalogueContent()
console.log(`Imported ${added.programmes} programmes and ${added.services} support services (existing ones left as they are).`)
closeDb()
