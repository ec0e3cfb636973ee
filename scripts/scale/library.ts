/**
 * The scale dataset's library: the documents of the generated library (scripts/bench/library-generator.ts, the
 * one `npm run bench:search` indexes), each stored as Atlas stores a published document: the document row with its
 * draft and one published revision, by an organisation of the dataset. Search indexes them later, from the rows.
 * Their MDX is not compiled here (a hundred thousand bodies would take most of an hour on two cores): a document
 * page compiles its body on first view and keeps the build, as after a restore without builds.
 */
import type Database from 'better-sqlite3'
import { libraryDocuments, libraryRevisions } from '#app/db/schema/index.ts'
import { type LibraryDocument } from '#app/modules/library/document.ts'
import { type Audience, audiences, type DocumentType, type Region } from '#app/modules/library/vocabulary.ts'
import { hashLessonSource } from '#app/platform/mdx/compile.server.ts'
import { regionOf } from '#app/platform/regions.ts'
import { inBatches, insertInto, type Report } from '../bench/indicators-writers.ts'
import { dayMs, idOf } from '../bench/indicators-world.ts'
import { generateItem, type Library } from '../bench/library-generator.ts'
import { between, pick, randomStream, type Random } from '../bench/random.ts'
import { scaleStreams } from './sizes.ts'

/** A generated document as Atlas keeps it: the library's facets, its texts in each language, a build per body. */
export function libraryDocument(
	library: Library,
	n: number,
	random: Random,
): { slug: string; document: LibraryDocument } {
	const item = generateItem(library, n)
	const first = item.entries[0]!
	const countries = first.countries as LibraryDocument['countries']
	const regions = [...new Set(countries.map((country) => regionOf(country)).filter((region) => region !== undefined))]
	const type = first.type as DocumentType
	const document: LibraryDocument = {
		type,
		tier: first.tier,
		sourceLanguage: first.language,
		topics: first.topics as LibraryDocument['topics'],
		countries,
		regions: regions.length ? (regions as Region[]) : ['global'],
		audience: [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, audiences)))] as Audience[],
		publishedOn: first.publishedOn,
		texts: Object.fromEntries(
			item.entries.map((entry) => [
				entry.language,
				{ title: entry.title, summary: entry.summary, body: entry.body, build: hashLessonSource(entry.body) },
			]),
		),
		attachments: [],
		...(type === 'protocol' ? { protocol: { version: 1, status: 'adopted' as const, changelog: {} } } : {}),
		sources: [],
	}
	return { slug: item.key.slice('document:'.length), document }
}

/** Writes the library's documents, published over the last three years; answers how many. */
export function writeLibrary(
	sqlite: Database.Database,
	library: Library,
	options: { seed: number; now: Date },
	report: Report,
) {
	const organisations = sqlite.prepare('SELECT id FROM organisations ORDER BY rowid').pluck().all() as string[]
	const insertDocument = insertInto(sqlite, libraryDocuments, [
		...(['id', 'slug', 'organisationId', 'draft', 'state', 'publishedRevisionId', 'createdAt', 'updatedAt'] as const),
	])
	const insertRevision = insertInto(sqlite, libraryRevisions, [
		...(['id', 'documentId', 'number', 'document', 'type', 'tier', 'protocolVersion', 'protocolStatus'] as const),
		'publishedAt',
	])
	const { seed } = options
	const now = options.now.getTime()
	inBatches(
		sqlite,
		library.documents,
		2_000,
		(n) => {
			const random = randomStream(seed, scaleStreams.document, n)
			const { slug, document } = libraryDocument(library, n, random)
			const id = idOf(seed, 'document', n)
			const revisionId = idOf(seed, 'document-revision', n)
			const publishedAt = now - Math.floor(random() * 3 * 365 * dayMs)
			const text = JSON.stringify(document)
			insertDocument({
				id,
				slug,
				organisationId: pick(random, organisations),
				draft: text,
				state: 'published',
				publishedRevisionId: revisionId,
				createdAt: publishedAt - between(random, 1, 30) * dayMs,
				updatedAt: publishedAt,
			})
			insertRevision({
				id: revisionId,
				documentId: id,
				number: 1,
				document: text,
				type: document.type,
				tier: document.tier,
				protocolVersion: document.protocol?.version ?? null,
				protocolStatus: document.protocol?.status ?? null,
				publishedAt,
			})
		},
		report,
	)
	return library.documents
}
