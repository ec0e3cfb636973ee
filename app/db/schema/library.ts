import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { type LibraryDocument } from '#app/modules/library/document.ts'
import {
	accessTiers,
	documentTypes,
	protocolStatuses,
	reviewActions,
	reviewStates,
} from '#app/modules/library/vocabulary.ts'
import { organisations, users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'

/** A library document and its working draft. Readers only ever see a published revision. */
export const libraryDocuments = sqliteTable(
	'library_documents',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** Who submitted it; null for documents loaded from content/. */
		authorId: text('author_id').references(() => users.id),
		draft: text('draft', { mode: 'json' }).$type<LibraryDocument>().notNull(),
		/** Bumped on every draft change, so a save made from a stale page is refused. */
		draftVersion: integer('draft_version').notNull().default(1),
		state: text('state', { enum: reviewStates }).notNull().default('draft'),
		/** Everyone who changed or submitted the draft since it was last published: none of them may review it. */
		draftEditors: text('draft_editors', { mode: 'json' }).$type<string[]>().notNull().default([]),
		publishedRevisionId: text('published_revision_id'),
		contentHash: text('content_hash'),
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
	},
	(table) => [index('library_documents_author').on(table.authorId), index('library_documents_state').on(table.state)],
)

/** A published, frozen copy of a document: every published change is one, with who published it and when. */
export const libraryRevisions = sqliteTable(
	'library_revisions',
	{
		id: id(),
		documentId: text('document_id')
			.notNull()
			.references(() => libraryDocuments.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		document: text('document', { mode: 'json' }).$type<LibraryDocument>().notNull(),
		type: text('type', { enum: documentTypes }).notNull(),
		tier: text('tier', { enum: accessTiers }).notNull(),
		/** For protocols: the version this revision publishes and its status. */
		protocolVersion: integer('protocol_version'),
		protocolStatus: text('protocol_status', { enum: protocolStatuses }),
		/** The author of the change, and the editor who published it (null for content imports). */
		authorId: text('author_id').references(() => users.id),
		publishedBy: text('published_by').references(() => users.id),
		publishedAt: createdAt(),
	},
	(table) => [uniqueIndex('library_revisions_number').on(table.documentId, table.number)],
)

/** The review conversation: submissions, returns with a comment, publications. */
export const libraryReviews = sqliteTable(
	'library_reviews',
	{
		id: id(),
		documentId: text('document_id')
			.notNull()
			.references(() => libraryDocuments.id, { onDelete: 'cascade' }),
		action: text('action', { enum: reviewActions }).notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		comment: text('comment'),
		createdAt: createdAt(),
	},
	(table) => [index('library_reviews_document').on(table.documentId)],
)

/** An organisation's record that it adopted one version of a standard operating protocol. */
export const protocolAdoptions = sqliteTable(
	'protocol_adoptions',
	{
		documentId: text('document_id')
			.notNull()
			.references(() => libraryDocuments.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		version: integer('version').notNull(),
		adoptedOn: text('adopted_on').notNull(),
		recordedBy: text('recorded_by').references(() => users.id),
		createdAt: createdAt(),
	},
	(table) => [primaryKey({ columns: [table.documentId, table.organisationId, table.version] })],
)

/** Attachments' bytes are stored by sha256 under the data directory; this says which documents hold them. */
export const libraryFiles = sqliteTable('library_files', {
	hash: text('hash').primaryKey(),
	type: text('type').notNull(),
	size: integer('size').notNull(),
	uploadedBy: text('uploaded_by').references(() => users.id),
	createdAt: createdAt(),
})
