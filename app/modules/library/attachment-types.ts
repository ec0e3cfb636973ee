import { cutToLength } from '#app/platform/file-names.ts'
import { cleanFileName, maxFileNameLength } from '#app/platform/media.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'

/**
 * Library attachments: PDF and office files, told apart by their bytes, never by name.
 * Office files are zip archives; their directory is read (never unpacked) to know what
 * they hold and to refuse archives that would expand out of all proportion (zip bombs).
 */
export const attachmentTypes = {
	'application/pdf': { extension: 'pdf' },
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx' },
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx' },
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': { extension: 'pptx' },
	'application/vnd.oasis.opendocument.text': { extension: 'odt' },
	'application/vnd.oasis.opendocument.spreadsheet': { extension: 'ods' },
	'application/vnd.oasis.opendocument.presentation': { extension: 'odp' },
} as const
export type AttachmentType = keyof typeof attachmentTypes

/**
 * The name a file is kept and offered under: cleaned, and ending in the extension of what its bytes
 * are, so a PDF sent as `report.html` is saved as `report.pdf` and never opened as a page. What
 * follows the last dot is an extension when it is a short run of letters and digits with a letter
 * (`.html`, `.v2`), and is replaced; otherwise (`Protocol 2.1`) the extension is added.
 */
export function attachmentFileName(name: string, type: string) {
	// Windows drops trailing dots and spaces, which would bring back the extension before them.
	const cleaned = cleanFileName(name).replace(/[. ]+$/, '')
	if (!Object.hasOwn(attachmentTypes, type)) return cleaned || 'file'
	const extension = attachmentTypes[type as AttachmentType].extension
	const isRight = (text: string) => text.toLowerCase().endsWith(`.${extension}`)
	if (isRight(cleaned)) return cleaned
	let stem = cleaned.replace(/\.(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{1,8}$/i, '').replace(/[. ]+$/, '')
	// `report.pdf.html` holding a PDF becomes `report.pdf`, not `report.pdf.pdf`.
	if (isRight(stem)) stem = stem.slice(0, -extension.length - 1)
	return `${cutToLength(stem || 'file', maxFileNameLength - extension.length - 1)}.${extension}`
}

/** Attachments as pages show and serve them: names stored before the rule above follow it too. */
export function withFileNames<T extends { name: string; type: string }>(attachments: T[]) {
	return attachments.map((attachment) => ({
		...attachment,
		name: attachmentFileName(attachment.name, attachment.type),
	}))
}

export const maxAttachmentBytes = 20 * 1024 * 1024
export const maxAttachments = 20
/** What an office file may expand to, in total and relative to its size. */
const maxExpandedBytes = 200 * 1024 * 1024
const maxExpansionRatio = 100
const maxZipEntries = 5000

export type AttachmentRefusal = 'empty' | 'too-large' | 'unknown-type' | 'zip-bomb' | 'too-many'

type ZipEntry = { name: string; compressed: number; expanded: number }

/** The central directory of a zip archive, or null when the bytes are not a well-formed one. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
	const searchFrom = Math.max(0, bytes.length - 22 - 0xffff)
	let end = -1
	for (let at = bytes.length - 22; at >= searchFrom; at--) {
		if (view.getUint32(at, true) === 0x06054b50) {
			end = at
			break
		}
	}
	if (end < 0) return null
	const count = view.getUint16(end + 10, true)
	let at = view.getUint32(end + 16, true)
	if (count > maxZipEntries) return null
	const entries: ZipEntry[] = []
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null
		const nameLength = view.getUint16(at + 28, true)
		const extraLength = view.getUint16(at + 30, true)
		const commentLength = view.getUint16(at + 32, true)
		if (at + 46 + nameLength > bytes.length) return null
		entries.push({
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			compressed: view.getUint32(at + 20, true),
			expanded: view.getUint32(at + 24, true),
		})
		at += 46 + nameLength + extraLength + commentLength
	}
	return entries
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))
const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
	signature.every((byte, index) => bytes[offset + index] === byte)

const openDocumentTypes = [
	'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.spreadsheet',
	'application/vnd.oasis.opendocument.presentation',
] as const

function officeType(bytes: Uint8Array, entries: ZipEntry[]): AttachmentType | null {
	const names = new Set(entries.map((entry) => entry.name))
	if (names.has('[Content_Types].xml')) {
		if (names.has('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		if (names.has('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		if (names.has('ppt/presentation.xml'))
			return 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	}
	// An OpenDocument file starts with an uncompressed `mimetype` entry naming its type.
	if (entries[0]?.name === 'mimetype' && names.has('content.xml')) {
		const head = new TextDecoder().decode(bytes.subarray(30, 200))
		return openDocumentTypes.find((type) => head.includes(type)) ?? null
	}
	return null
}

export function checkAttachment(bytes: Uint8Array): Outcome<AttachmentRefusal, { type: AttachmentType }> {
	if (bytes.length === 0) return refuse('empty')
	if (bytes.length > maxAttachmentBytes) return refuse('too-large')
	if (startsWith(bytes, ascii('%PDF-'))) return done({ type: 'application/pdf' })
	if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return refuse('unknown-type')
	const entries = zipDirectory(bytes)
	if (!entries) return refuse('unknown-type')
	const expanded = entries.reduce((total, entry) => total + entry.expanded, 0)
	const compressed = entries.reduce((total, entry) => total + entry.compressed, 0)
	if (expanded > maxExpandedBytes || expanded > Math.max(compressed, 1) * maxExpansionRatio) return refuse('zip-bomb')
	const type = officeType(bytes, entries)
	return type ? done({ type }) : refuse('unknown-type')
}
