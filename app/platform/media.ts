import { cutToLength, wellFormed, withoutBidiControls } from './file-names.ts'

/**
 * Lesson media: what may be uploaded and how its type is told from its bytes, never
 * from its name or the browser's claim. Free of Node APIs so the limits can be shown
 * on pages.
 */
export const mediaTypes = {
	'image/png': { kind: 'image', maxBytes: 5 * 1024 * 1024 },
	'image/jpeg': { kind: 'image', maxBytes: 5 * 1024 * 1024 },
	'image/webp': { kind: 'image', maxBytes: 5 * 1024 * 1024 },
	'video/mp4': { kind: 'video', maxBytes: 50 * 1024 * 1024 },
	'video/webm': { kind: 'video', maxBytes: 50 * 1024 * 1024 },
	'text/vtt': { kind: 'captions', maxBytes: 512 * 1024 },
} as const

export type MediaType = keyof typeof mediaTypes
export const largestMedia = Math.max(...Object.values(mediaTypes).map((type) => type.maxBytes))

const mp4Brands = ['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ']

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
	signature.every((byte, index) => bytes[offset + index] === byte)
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))

/**
 * The media type these bytes really are, or null. SVG, HTML and anything else is
 * refused: an SVG can carry script, and a name or a Content-Type header can lie.
 */
export function sniffMediaType(bytes: Uint8Array): MediaType | null {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
	// An ISO media file names its brand after `ftyp`; HEIC, AVIF and QuickTime share the box but are not MP4 video.
	if (startsWith(bytes, ascii('ftyp'), 4) && mp4Brands.some((brand) => startsWith(bytes, ascii(brand), 8)))
		return 'video/mp4'
	if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm'
	const text = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes
	// A captions file is WEBVTT text: the header line, and no NUL byte anywhere.
	if (startsWith(text, ascii('WEBVTT')) && [undefined, 0x20, 0x09, 0x0a, 0x0d].includes(text[6]) && !text.includes(0))
		return 'text/vtt'
	return null
}

export type MediaRefusal = 'unknown-type' | 'too-large' | 'empty'

export function checkMedia(bytes: Uint8Array): { ok: true; type: MediaType } | { ok: false; reason: MediaRefusal } {
	if (bytes.length === 0) return { ok: false, reason: 'empty' }
	const type = sniffMediaType(bytes)
	if (!type) return { ok: false, reason: 'unknown-type' }
	if (bytes.length > mediaTypes[type].maxBytes) return { ok: false, reason: 'too-large' }
	return { ok: true, type }
}

/**
 * The pages that accept uploads (lesson media, library attachments, a campaign's material kit): the only routes
 * allowed a body above the general limit.
 */
export function isMediaUploadPath(path: string) {
	return (
		/^\/(en|fr|es|ar)\/(teach\/courses|library\/drafts)\/[0-9a-f-]{36}\/(media|attachments)$/.test(path) ||
		/^\/(en|fr|es|ar)\/campaigns\/[a-z0-9][a-z0-9-]{0,79}\/kit$/.test(path)
	)
}

/**
 * The lesson and library document editors: a text may hold 100 000 characters, and Arabic text sent as a form
 * takes up to six bytes a character, more than the general limit.
 */
export function isLessonEditorPath(path: string) {
	return (
		/^\/(en|fr|es|ar)\/teach\/courses\/[0-9a-f-]{36}\/lessons\/[a-z0-9-]{1,64}$/.test(path) ||
		/^\/(en|fr|es|ar)\/library\/(submit|drafts\/[0-9a-f-]{36})$/.test(path)
	)
}

export const lessonBodyLimit = 1024 * 1024

export const maxFileNameLength = 120

/** A file name fit to show and to offer as a download: no folders, no control or bidirectional characters. */
export function cleanFileName(name: string) {
	const base = wellFormed(withoutBidiControls(name)).split(/[\\/]/).pop() ?? ''
	const cleaned = base
		.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
		.replace(/^\.+/, '')
		.trim()
	// Names are kept up to 120 UTF-16 units (the document schema's limit), cut by whole characters:
	// half an emoji would break the download's header.
	return cutToLength(cleaned, maxFileNameLength) || 'file'
}
