import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { and, desc, eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { courseMedia } from '#app/db/schema/index.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { checkMedia, cleanFileName, type MediaRefusal } from '#app/platform/media.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { courseForEditing } from './authoring.server.ts'

const hashPattern = /^[0-9a-f]{64}$/

function mediaFolder() {
	return path.join(getEnv().DATA_DIR, 'media')
}

/** Where a stored file lives; only a checked hash ever becomes part of a path. */
export function mediaFile(hash: string) {
	if (!hashPattern.test(hash)) throw new Error('Not a media hash')
	return path.join(mediaFolder(), hash)
}

/**
 * Keeps an uploaded file for a course after checking what its bytes are. Files are
 * named by their sha256, written to a temporary name and renamed, so a reader never
 * sees half a file and the same file uploaded twice is stored once.
 */
export function storeCourseMedia(
	actor: Actor,
	courseId: string,
	upload: { bytes: Uint8Array; name: string },
): { ok: true; hash: string; type: string } | { ok: false; reason: MediaRefusal | 'forbidden' | 'not-found' } {
	const editable = courseForEditing(actor, courseId)
	if (typeof editable === 'string') return { ok: false, reason: editable }
	const checked = checkMedia(upload.bytes)
	if (!checked.ok) return checked
	const hash = createHash('sha256').update(upload.bytes).digest('hex')
	const file = mediaFile(hash)
	if (!fs.existsSync(file)) {
		fs.mkdirSync(mediaFolder(), { recursive: true })
		const temporary = `${file}.${process.pid}.${Date.now()}.part`
		fs.writeFileSync(temporary, upload.bytes)
		fs.renameSync(temporary, file)
	}
	writeTransaction((tx) =>
		tx
			.insert(courseMedia)
			.values({ courseId, hash, type: checked.type, size: upload.bytes.length, name: cleanFileName(upload.name), uploadedBy: actor.id })
			.onConflictDoNothing()
			.run(),
	)
	return { ok: true, hash, type: checked.type }
}

export function courseMediaList(courseId: string, db: Db = getDb()) {
	return db
		.select()
		.from(courseMedia)
		.where(eq(courseMedia.courseId, courseId))
		.orderBy(desc(courseMedia.createdAt))
		.all()
		.map((row) => ({ hash: row.hash, type: row.type, size: row.size, name: row.name, createdAt: row.createdAt.toISOString() }))
}

/** A stored file's type, as checked when it was uploaded; undefined for anything never uploaded. */
export function findMedia(hash: string, db: Db = getDb()) {
	if (!hashPattern.test(hash)) return undefined
	return db.select({ type: courseMedia.type, size: courseMedia.size }).from(courseMedia).where(and(eq(courseMedia.hash, hash))).get()
}
