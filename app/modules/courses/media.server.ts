import { and, desc, eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { courseMedia } from '#app/db/schema/index.ts'
import { hashPattern, keepFile, storedFilePath } from '#app/platform/file-store.server.ts'
import { checkMedia, cleanFileName, type MediaRefusal } from '#app/platform/media.ts'
import { done, type Outcome } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { courseForEditing, type EditingRefusalReason } from './authoring.server.ts'

/** Where a stored lesson media file lives. */
export function mediaFile(hash: string) {
	return storedFilePath('media', hash)
}

/** Keeps an uploaded file for a course after checking what its bytes are. */
export function storeCourseMedia(
	actor: Actor,
	courseId: string,
	upload: { bytes: Uint8Array; name: string },
): Outcome<MediaRefusal | EditingRefusalReason, { hash: string; type: string }> {
	const editable = courseForEditing(actor, courseId)
	if (!editable.ok) return editable
	const checked = checkMedia(upload.bytes)
	if (!checked.ok) return checked
	const hash = keepFile('media', upload.bytes)
	writeTransaction((tx) =>
		tx
			.insert(courseMedia)
			.values({
				courseId,
				hash,
				type: checked.type,
				size: upload.bytes.length,
				name: cleanFileName(upload.name),
				uploadedBy: actor.id,
			})
			.onConflictDoNothing()
			.run(),
	)
	return done({ hash, type: checked.type })
}

export function courseMediaList(courseId: string, db: Db = getDb()) {
	return db
		.select()
		.from(courseMedia)
		.where(eq(courseMedia.courseId, courseId))
		.orderBy(desc(courseMedia.createdAt))
		.all()
		.map((row) => ({
			hash: row.hash,
			type: row.type,
			size: row.size,
			name: row.name,
			createdAt: row.createdAt.toISOString(),
		}))
}

/** A stored file's type, as checked when it was uploaded; undefined for anything never uploaded. */
export function findMedia(hash: string, db: Db = getDb()) {
	if (!hashPattern.test(hash)) return undefined
	return db
		.select({ type: courseMedia.type, size: courseMedia.size })
		.from(courseMedia)
		.where(and(eq(courseMedia.hash, hash)))
		.get()
}
