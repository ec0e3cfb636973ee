import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '#app/db/client.server.ts'
import { libraryDocuments } from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { saveBuild } from '#app/platform/mdx/build-store.server.ts'
import { readContentFolders, readYaml, sampleOrganisationId } from '#app/platform/content-files.server.ts'
import { languages, type Language } from '#app/platform/i18n.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { type LibraryDocument, libraryDocumentSchema } from './document.ts'
import { findDocumentBySlug, publishRevision } from './store.server.ts'
import { accessTiers, audiences, documentTypes, protocolStatuses, regions, topics } from './vocabulary.ts'

/** The starter library shipped in `content/library` (sample documents written for Atlas). */
export const defaultLibraryDir = path.resolve('content/library')

const perLanguage = <T extends z.ZodType>(text: T) => z.partialRecord(z.enum(languages), text)
const date = z.union([
	z.date().transform((value) => value.toISOString().slice(0, 10)),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
])

const documentFileSchema = z.object({
	slug: z.string().regex(slugPattern),
	type: z.enum(documentTypes),
	tier: z.enum(accessTiers),
	sourceLanguage: z.enum(languages),
	organisation: z.string().startsWith('Sample ').max(200),
	organisationCountry: z.enum(countryCodes),
	countries: z.array(z.enum(countryCodes)),
	regions: z.array(z.enum(regions)),
	topics: z.array(z.enum(topics)).min(1),
	audience: z.array(z.enum(audiences)),
	publishedOn: date,
	sources: z.array(z.string()).min(1),
	translations: perLanguage(z.object({ title: z.string(), summary: z.string() })),
	versions: z
		.array(
			z.object({
				version: z.number().int().min(1),
				status: z.enum(protocolStatuses),
				publishedOn: date,
				translations: perLanguage(z.object({ changelog: z.string() })),
			}),
		)
		.optional(),
})

type Build = { hash: string; code: string }

async function readBody(folder: string, name: string, builds: Build[]) {
	const file = path.join(folder, name)
	const body = fs.readFileSync(file, 'utf8')
	const compiled = await compileLesson(body)
	if (!compiled.ok) {
		const problem = compiled.problems[0]!
		throw new Error(
			`${path.basename(folder)}/${name}:${problem.line}:${problem.column}: ${problem.code}${problem.name ? ` ${problem.name}` : ''}`,
		)
	}
	builds.push(compiled)
	return { body, build: compiled.hash }
}

/** One folder as the documents to publish, in order: one, or one per protocol version. */
export async function readLibraryFolder(folder: string) {
	const file = readYaml(path.join(folder, 'document.yaml'), documentFileSchema)
	if (file.slug !== path.basename(folder)) throw new Error(`${file.slug}: the slug must be the folder's name`)
	const written = Object.keys(file.translations) as Language[]
	if (!written.includes(file.sourceLanguage))
		throw new Error(`${file.slug}: no text in its source language ${file.sourceLanguage}`)
	const builds: Build[] = []
	const versions = file.type === 'protocol' ? (file.versions ?? []) : [null]
	if (!versions.length) throw new Error(`${file.slug}: a protocol lists its versions`)
	const documents: LibraryDocument[] = []
	for (const version of versions) {
		const texts: LibraryDocument['texts'] = {}
		for (const language of written) {
			const { title, summary } = file.translations[language]!
			texts[language] = {
				title,
				summary,
				...(await readBody(folder, version ? `v${version.version}.${language}.mdx` : `body.${language}.mdx`, builds)),
			}
		}
		const protocol = version
			? {
					version: version.version,
					status: version.status,
					changelog: Object.fromEntries(
						Object.entries(version.translations).map(([language, text]) => [language, text!.changelog]),
					),
				}
			: undefined
		documents.push(
			libraryDocumentSchema.parse({
				type: file.type,
				tier: file.tier,
				sourceLanguage: file.sourceLanguage,
				topics: file.topics,
				countries: file.countries,
				regions: file.regions,
				audience: file.audience,
				publishedOn: version?.publishedOn ?? file.publishedOn,
				texts,
				attachments: [],
				protocol,
				sources: file.sources,
			}),
		)
	}
	const organisation = { name: file.organisation, country: file.organisationCountry }
	return {
		slug: file.slug,
		organisation,
		documents,
		builds,
		contentHash: createHash('sha256').update(JSON.stringify(documents)).digest('hex'),
	}
}

/**
 * Loads the starter library. Idempotent: an unchanged folder publishes nothing; a
 * changed one publishes its latest version as the next revision. A new protocol is
 * published version by version, so its history shows each one.
 */
export async function importLibrary(dir = defaultLibraryDir, now = new Date()) {
	const read = await readContentFolders(dir, readLibraryFolder)
	return writeTransaction((tx) => {
		let added = 0
		let revised = 0
		let skipped = 0
		for (const { slug, organisation, documents, builds, contentHash } of read) {
			const existing = findDocumentBySlug(slug, tx)
			if (existing && !existing.isSample)
				throw new Error(
					`${slug}: a document written in Atlas already uses this address; rename the folder in content/library`,
				)
			if (existing?.contentHash === contentHash) continue
			// Someone is changing this sample in Atlas: their draft is not overwritten; the file waits for the next import.
			if (existing?.draftEditors.length) {
				skipped += 1
				continue
			}
			for (const build of builds) saveBuild(build.hash, build.code, tx)
			const latest = documents.at(-1)!
			const row =
				existing ??
				tx
					.insert(libraryDocuments)
					.values({
						slug,
						organisationId: sampleOrganisationId({ ...organisation, type: 'ngo' }, now, tx),
						draft: latest,
						isSample: true,
						createdAt: now,
						updatedAt: now,
					})
					.returning()
					.get()
			tx.update(libraryDocuments)
				.set({ draft: latest, contentHash, draftVersion: row.draftVersion + 1 })
				.where(eq(libraryDocuments.id, row.id))
				.run()
			for (const document of existing ? [latest] : documents)
				publishRevision(tx, row, document, { authorId: null, publishedBy: null }, now)
			if (existing) revised += 1
			else added += 1
		}
		return { added, revised, skipped }
	})
}
