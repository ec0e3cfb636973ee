import { type AttachmentType, attachmentTypes, checkAttachment } from '#app/modules/library/attachment-types.ts'
import { cleanFileName, sniffMediaType } from '#app/platform/media.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { maxKitFileBytes } from './vocabulary.ts'

/**
 * Campaign kit files: the library's attachment types (PDF, office files) and the images a poster or a social
 * card is (PNG, JPEG, WebP). The type is told from the bytes, and the name's extension must say the same: a
 * partner downloading `poster.png` must get a picture, never a PDF, a page or a program under that name.
 */
const imageTypes = {
	'image/png': ['png'],
	'image/jpeg': ['jpg', 'jpeg'],
	'image/webp': ['webp'],
} as const
export type KitImageType = keyof typeof imageTypes
export type KitFileType = AttachmentType | KitImageType

export const kitExtensions = [
	...Object.values(attachmentTypes).map((type) => type.extension),
	...Object.values(imageTypes).flat(),
]

export type KitFileRefusal = 'empty' | 'too-large' | 'unknown-type' | 'zip-bomb' | 'no-extension' | 'name-mismatch'

export function isKitImage(type: string): type is KitImageType {
	return Object.hasOwn(imageTypes, type)
}

function extensionsOf(type: KitFileType): readonly string[] {
	return isKitImage(type) ? imageTypes[type] : [attachmentTypes[type].extension]
}

const uint16 = (bytes: Uint8Array, at: number, little = false) =>
	little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!
const uint24le = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)

function jpegSize(bytes: Uint8Array) {
	let at = 2
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return null
		const marker = bytes[at + 1]!
		// Start-of-frame markers hold the size; C4 (tables), C8 (reserved) and CC (arithmetic) do not.
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
			return { height: uint16(bytes, at + 5), width: uint16(bytes, at + 7) }
		at += 2 + uint16(bytes, at + 2)
	}
	return null
}

function webpSize(bytes: Uint8Array) {
	const chunk = String.fromCharCode(...bytes.subarray(12, 16))
	if (chunk === 'VP8X') return { width: uint24le(bytes, 24) + 1, height: uint24le(bytes, 27) + 1 }
	if (chunk === 'VP8L') {
		const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24)
		return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
	}
	if (chunk === 'VP8 ') return { width: uint16(bytes, 26, true) & 0x3fff, height: uint16(bytes, 28, true) & 0x3fff }
	return null
}

/** An image's size in pixels from its header, so a preview can hold its place; null when unreadable. */
export function imageSize(bytes: Uint8Array, type: KitImageType): { width: number; height: number } | null {
	if (bytes.length < 30) return null
	const size =
		type === 'image/png'
			? {
					width: new DataView(bytes.buffer, bytes.byteOffset).getUint32(16),
					height: new DataView(bytes.buffer, bytes.byteOffset).getUint32(20),
				}
			: type === 'image/jpeg'
				? jpegSize(bytes)
				: webpSize(bytes)
	return size && size.width > 0 && size.height > 0 ? size : null
}

type CheckedKitFile = { type: KitFileType; name: string; width: number | null; height: number | null }

/** What a kit file really is, and the clean name it is kept under; refused when its bytes and name disagree. */
export function checkKitFile(bytes: Uint8Array, name: string): Outcome<KitFileRefusal, CheckedKitFile> {
	if (bytes.length === 0) return refuse('empty')
	if (bytes.length > maxKitFileBytes) return refuse('too-large')
	let type: KitFileType
	const sniffed = sniffMediaType(bytes)
	if (sniffed && isKitImage(sniffed)) type = sniffed
	else {
		const attachment = checkAttachment(bytes)
		if (!attachment.ok) return refuse(attachment.reason === 'zip-bomb' ? 'zip-bomb' : 'unknown-type')
		type = attachment.type
	}
	const size = isKitImage(type) ? imageSize(bytes, type) : null
	if (isKitImage(type) && !size) return refuse('unknown-type')
	const cleaned = cleanFileName(name).replace(/[. ]+$/, '')
	const extension = /\.([a-z0-9]{1,8})$/i.exec(cleaned)?.[1]?.toLowerCase()
	if (!extension) return refuse('no-extension')
	if (!extensionsOf(type).includes(extension)) return refuse('name-mismatch')
	return done({ type, name: cleaned, width: size?.width ?? null, height: size?.height ?? null })
}
