import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { parse } from 'yaml'
import { type z } from 'zod'
import { type Db } from '#app/db/client.server.ts'
import { organisations } from '#app/db/schema/index.ts'

/** Reads one curated content file; a mistake names the file and the field, since a person wrote it. */
export function readYaml<T extends z.ZodType>(file: string, schema: T): z.output<T> {
	const result = schema.safeParse(parse(fs.readFileSync(file, 'utf8')))
	if (!result.success) {
		const problem = result.error.issues[0]!
		throw new Error(`${path.basename(file)}: ${problem.path.join('.')}: ${problem.message}`)
	}
	return result.data
}

/** The fictional "Sample …" organisation a content file names, created approved on first import. */
export function sampleOrganisationId(
	organisation: { name: string; country: string; type: (typeof organisations.$inferInsert)['type'] },
	now: Date,
	tx: Db,
) {
	const existing = tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.name, organisation.name))
		.get()
	if (existing) return existing.id
	return tx
		.insert(organisations)
		.values({ ...organisation, status: 'approved', isSample: true, decidedAt: now })
		.returning({ id: organisations.id })
		.get().id
}

/** Reads every sub-folder of a content folder in name order with `read`; none when the folder is absent. */
export async function readContentFolders<T>(dir: string, read: (folder: string) => Promise<T>) {
	if (!fs.existsSync(dir)) return []
	const folders = fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => path.join(dir, entry.name))
		.sort()
	const contents: T[] = []
	for (const folder of folders) contents.push(await read(folder))
	return contents
}
