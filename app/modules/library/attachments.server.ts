import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { libraryFiles } from '#app/db/schema/index.ts'
import { keepFile, storedFilePath } from '#app/platform/file-store.server.ts'
import { type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import {
	attachmentFileName,
	type AttachmentRefusal,
	checkAttachment,
	maxAttachments,
	withFileNames,
} from './attachment-types.ts'
import { changeAttachments, type DraftOutcome, mayEditDocument } from './drafts.server.ts'
import { findDocument, findDocumentBySlug, readableDocument } from './store.server.ts'

/**
 * Adds an uploaded file to a document's draft after checking what its bytes are. The
 * file is served only with the document, to readers of its tier.
 */
export function attachFile(
	actor: Actor,
	documentId: string,
	upload: { bytes: Uint8Array; name: string },
): DraftOutcome | Outcome<AttachmentRefusal> {
	const row = findDocument(documentId)
	if (!row) return refuse('not-found')
	if (!mayEditDocument(actor, row)) return refuse('forbidden')
	// Checked again in the draft's transaction; here so a refused file is not stored at all.
	if (row.state === 'submitted') return refuse('locked')
	if (row.draft.attachments.length >= maxAttachments) return refuse('too-many')
	const checked = checkAttachment(upload.bytes)
	if (!checked.ok) return checked
	const hash = keepFile('library', upload.bytes)
	writeTransaction((tx) =>
		tx
			.insert(libraryFiles)
			.values({ hash, type: checked.type, size: upload.bytes.length, uploadedBy: actor.id })
			.onConflictDoNothing()
			.run(),
	)
	const name = attachmentFileName(upload.name, checked.type)
	const attachment = { hash, name, type: checked.type, size: upload.bytes.length }
	return changeAttachments(actor, documentId, (attachments) => [
		...attachments.filter((entry) => entry.hash !== hash),
		attachment,
	])
}

export function detachFile(actor: Actor, documentId: string, hash: string) {
	return changeAttachments(actor, documentId, (attachments) => attachments.filter((entry) => entry.hash !== hash))
}

/**
 * A file a reader may download: attached to the published revision of a document of
 * their tier, or to a draft they may edit. Anything else is not found.
 */
export function attachmentForReader(actor: Actor | null, slug: string, hash: string, db: Db = getDb()) {
	const row = findDocumentBySlug(slug, db)
	if (!row) return null
	const published = readableDocument(actor, slug, db)?.revision.document.attachments ?? []
	const drafted = actor && mayEditDocument(actor, row) ? row.draft.attachments : []
	const [attachment] = withFileNames([...published, ...drafted].filter((entry) => entry.hash === hash))
	return attachment ? { ...attachment, file: storedFilePath('library', attachment.hash) } : null
}
