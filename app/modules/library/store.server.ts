import { asc, desc, eq } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { libraryDocuments, libraryRevisions } from '#app/db/schema/index.ts'
import { replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { type LibraryDocument } from './document.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { mayRead, strictestTier } from './access.ts'
import { documentEntries } from './search-entries.ts'

export type DocumentRow = typeof libraryDocuments.$inferSelect
export type RevisionRow = typeof libraryRevisions.$inferSelect

export function findDocument(id: string, db: Db = getDb()) {
	return db.select().from(libraryDocuments).where(eq(libraryDocuments.id, id)).get()
}

export function findDocumentBySlug(slug: string, db: Db = getDb()) {
	return db.select().from(libraryDocuments).where(eq(libraryDocuments.slug, slug)).get()
}

export function findRevision(id: string | null, db: Db = getDb()) {
	if (!id) return undefined
	return db.select().from(libraryRevisions).where(eq(libraryRevisions.id, id)).get()
}

/**
 * The tier that guards a draft: the stricter of its own and its published revision's, so
 * lowering a document's tier is seen and reviewed only by people who may read it now.
 */
export function guardingTier(row: DocumentRow, db: Db = getDb()) {
	return strictestTier(row.draft.tier, findRevision(row.publishedRevisionId, db)?.tier)
}

/**
 * A document with its published revision, when this reader may read it. Unknown,
 * unpublished and above-tier documents are all undefined, so none can be told apart.
 */
export function readableDocument(actor: Actor | null, slug: string, db: Db = getDb()) {
	const row = findDocumentBySlug(slug, db)
	const revision = findRevision(row?.publishedRevisionId ?? null, db)
	return row && revision && mayRead(actor, revision.tier) ? { row, revision } : undefined
}

export function revisionsOf(documentId: string, db: Db = getDb()) {
	return db
		.select()
		.from(libraryRevisions)
		.where(eq(libraryRevisions.documentId, documentId))
		.orderBy(asc(libraryRevisions.number))
		.all()
}

function latestNumber(documentId: string, db: Db) {
	return (
		db
			.select({ number: libraryRevisions.number })
			.from(libraryRevisions)
			.where(eq(libraryRevisions.documentId, documentId))
			.orderBy(desc(libraryRevisions.number))
			.get()?.number ?? 0
	)
}

/**
 * Publishes a document as its next revision and puts it in the search index, in the
 * caller's transaction: readers and search see the change together or not at all.
 */
export function publishRevision(
	tx: Db,
	row: Pick<DocumentRow, 'id' | 'slug'>,
	document: LibraryDocument,
	people: { authorId: string | null; publishedBy: string | null },
	now: Date,
) {
	const revision = tx
		.insert(libraryRevisions)
		.values({
			documentId: row.id,
			number: latestNumber(row.id, tx) + 1,
			document,
			type: document.type,
			tier: document.tier,
			protocolVersion: document.protocol?.version ?? null,
			protocolStatus: document.protocol?.status ?? null,
			...people,
			publishedAt: now,
		})
		.returning()
		.get()
	tx.update(libraryDocuments)
		.set({ publishedRevisionId: revision.id, state: 'published', draftEditors: [], updatedAt: now })
		.where(eq(libraryDocuments.id, row.id))
		.run()
	replaceItemEntries(tx, `document:${row.id}`, documentEntries(row.slug, document))
	return revision
}
