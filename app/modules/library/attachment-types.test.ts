import { expect, test } from 'vitest'
import { attachmentFileName, checkAttachment, maxAttachmentBytes, zipDirectory } from './attachment-types.ts'

type Entry = { name: string; content?: string | Uint8Array; declaredSize?: number }

const encode = (text: string) => new TextEncoder().encode(text)

/**
 * A stored (uncompressed) zip archive: local file headers, central directory and end record.
 * CRCs are 0 since nothing here unpacks; `declaredSize` is what the central directory claims
 * the entry expands to.
 */
function zip(entries: Entry[]) {
	const parts: Uint8Array[] = []
	const central: Uint8Array[] = []
	let offset = 0
	for (const entry of entries) {
		const name = encode(entry.name)
		const data = typeof entry.content === 'string' ? encode(entry.content) : (entry.content ?? new Uint8Array())
		const local = new Uint8Array(30 + name.length + data.length)
		const l = new DataView(local.buffer)
		l.setUint32(0, 0x04034b50, true)
		l.setUint16(4, 20, true) // version needed
		l.setUint32(18, data.length, true) // compressed size
		l.setUint32(22, data.length, true) // uncompressed size
		l.setUint16(26, name.length, true)
		local.set(name, 30)
		local.set(data, 30 + name.length)
		const record = new Uint8Array(46 + name.length)
		const c = new DataView(record.buffer)
		c.setUint32(0, 0x02014b50, true)
		c.setUint16(4, 20, true) // version made by
		c.setUint16(6, 20, true) // version needed
		c.setUint32(20, data.length, true) // compressed size
		c.setUint32(24, entry.declaredSize ?? data.length, true) // uncompressed size
		c.setUint16(28, name.length, true)
		c.setUint32(42, offset, true) // local header offset
		record.set(name, 46)
		parts.push(local)
		central.push(record)
		offset += local.length
	}
	const centralSize = central.reduce((total, record) => total + record.length, 0)
	const end = new Uint8Array(22)
	const e = new DataView(end.buffer)
	e.setUint32(0, 0x06054b50, true)
	e.setUint16(8, entries.length, true)
	e.setUint16(10, entries.length, true)
	e.setUint32(12, centralSize, true)
	e.setUint32(16, offset, true)
	const archive = new Uint8Array(offset + centralSize + end.length)
	let at = 0
	for (const part of [...parts, ...central, end]) {
		archive.set(part, at)
		at += part.length
	}
	return archive
}

const xml = '<?xml version="1.0" encoding="UTF-8"?><root/>'
const docx = () =>
	zip([
		{ name: '[Content_Types].xml', content: xml },
		{ name: '_rels/.rels', content: xml },
		{ name: 'word/document.xml', content: xml },
	])

test('a PDF is accepted by its bytes', () => {
	expect(checkAttachment(encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))).toEqual({
		ok: true,
		type: 'application/pdf',
	})
})

test('Word, Excel and PowerPoint files are accepted as their own types', () => {
	expect(checkAttachment(docx())).toEqual({
		ok: true,
		type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	})
	expect(
		checkAttachment(
			zip([
				{ name: '[Content_Types].xml', content: xml },
				{ name: 'xl/workbook.xml', content: xml },
				{ name: 'xl/worksheets/sheet1.xml', content: xml },
			]),
		),
	).toEqual({
		ok: true,
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	})
	expect(
		checkAttachment(
			zip([
				{ name: '[Content_Types].xml', content: xml },
				{ name: 'ppt/presentation.xml', content: xml },
				{ name: 'ppt/slides/slide1.xml', content: xml },
			]),
		),
	).toEqual({
		ok: true,
		type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	})
})

test('OpenDocument files are accepted by their leading mimetype entry', () => {
	const openDocument = (type: string) =>
		zip([
			{ name: 'mimetype', content: type },
			{ name: 'content.xml', content: xml },
			{ name: 'META-INF/manifest.xml', content: xml },
		])
	expect(checkAttachment(openDocument('application/vnd.oasis.opendocument.text'))).toEqual({
		ok: true,
		type: 'application/vnd.oasis.opendocument.text',
	})
	expect(checkAttachment(openDocument('application/vnd.oasis.opendocument.spreadsheet'))).toEqual({
		ok: true,
		type: 'application/vnd.oasis.opendocument.spreadsheet',
	})
	expect(checkAttachment(openDocument('application/vnd.oasis.opendocument.presentation'))).toEqual({
		ok: true,
		type: 'application/vnd.oasis.opendocument.presentation',
	})
	// A mimetype naming something else, or missing content, is not an OpenDocument file.
	expect(checkAttachment(openDocument('text/html'))).toEqual({ ok: false, reason: 'unknown-type' })
	expect(checkAttachment(zip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' }]))).toEqual({
		ok: false,
		reason: 'unknown-type',
	})
})

test('an HTML or SVG file renamed .pdf is refused: the name is never trusted', () => {
	expect(checkAttachment(encode('<svg onload=alert(1)>'))).toEqual({ ok: false, reason: 'unknown-type' })
	expect(checkAttachment(encode('<!doctype html><script>alert(1)</script>'))).toEqual({
		ok: false,
		reason: 'unknown-type',
	})
	expect(checkAttachment(encode(' %PDF-1.7'))).toEqual({ ok: false, reason: 'unknown-type' })
})

test('a zip without office entries is refused', () => {
	expect(
		checkAttachment(
			zip([
				{ name: 'readme.txt', content: 'hello' },
				{ name: 'payload.exe', content: 'MZ' },
			]),
		),
	).toEqual({ ok: false, reason: 'unknown-type' })
	expect(checkAttachment(zip([{ name: 'word/document.xml', content: xml }]))).toEqual({
		ok: false,
		reason: 'unknown-type',
	})
	expect(checkAttachment(zip([]))).toEqual({ ok: false, reason: 'unknown-type' })
})

test('a zip whose directory says it expands to 1 GB is refused as a zip bomb, even when it looks like a Word file', () => {
	const bomb = zip([
		{ name: '[Content_Types].xml', content: xml },
		{ name: 'word/document.xml', content: xml, declaredSize: 1024 * 1024 * 1024 },
	])
	expect(checkAttachment(bomb)).toEqual({ ok: false, reason: 'zip-bomb' })
	// Many small entries adding up count too.
	const spread = zip([
		{ name: '[Content_Types].xml', content: xml },
		{ name: 'word/document.xml', content: xml },
		...Array.from({ length: 8 }, (_, i) => ({
			name: `word/media/${i}.bin`,
			content: 'x',
			declaredSize: 128 * 1024 * 1024,
		})),
	])
	expect(checkAttachment(spread)).toEqual({ ok: false, reason: 'zip-bomb' })
})

test('a small zip that claims to expand a hundredfold or more is refused as a zip bomb', () => {
	const inflated = zip([
		{ name: '[Content_Types].xml', content: xml },
		{ name: 'word/document.xml', content: xml, declaredSize: 10 * 1024 * 1024 },
	])
	expect(checkAttachment(inflated)).toEqual({ ok: false, reason: 'zip-bomb' })
})

test('a truncated zip is refused', () => {
	const whole = docx()
	expect(checkAttachment(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual({
		ok: false,
		reason: 'unknown-type',
	})
	expect(checkAttachment(whole.subarray(0, whole.length - 1))).toEqual({ ok: false, reason: 'unknown-type' })
	expect(checkAttachment(whole.subarray(0, 4))).toEqual({ ok: false, reason: 'unknown-type' })
	// An end record pointing past the bytes, or claiming more entries than there are.
	const pastTheEnd = docx()
	new DataView(pastTheEnd.buffer).setUint32(pastTheEnd.length - 6, pastTheEnd.length + 100, true)
	expect(checkAttachment(pastTheEnd)).toEqual({ ok: false, reason: 'unknown-type' })
	const tooMany = docx()
	new DataView(tooMany.buffer).setUint16(tooMany.length - 12, 4, true)
	expect(checkAttachment(tooMany)).toEqual({ ok: false, reason: 'unknown-type' })
})

test('the zip directory lists each entry with its sizes', () => {
	expect(
		zipDirectory(
			zip([
				{ name: 'a.txt', content: 'hello' },
				{ name: 'b/c.xml', content: xml, declaredSize: 999 },
			]),
		),
	).toEqual([
		{ name: 'a.txt', compressed: 5, expanded: 5 },
		{ name: 'b/c.xml', compressed: xml.length, expanded: 999 },
	])
	expect(zipDirectory(encode('not a zip at all, just some text that is long enough'))).toBeNull()
	expect(zipDirectory(new Uint8Array())).toBeNull()
})

test('an empty file is refused', () => {
	expect(checkAttachment(new Uint8Array())).toEqual({ ok: false, reason: 'empty' })
})

test('a file over 20 MB is refused, one of exactly 20 MB is not', () => {
	const big = new Uint8Array(20 * 1024 * 1024 + 1)
	big.set(encode('%PDF-1.7\n'))
	expect(checkAttachment(big)).toEqual({ ok: false, reason: 'too-large' })
	expect(maxAttachmentBytes).toBe(20 * 1024 * 1024)
	expect(checkAttachment(big.subarray(0, maxAttachmentBytes))).toEqual({ ok: true, type: 'application/pdf' })
})

const pdfType = 'application/pdf'
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

test('a file is offered under the extension of what its bytes are, never the one it came with', () => {
	expect(attachmentFileName('report.html', pdfType)).toBe('report.pdf')
	expect(attachmentFileName('report', pdfType)).toBe('report.pdf')
	expect(attachmentFileName('report.PDF', pdfType)).toBe('report.PDF')
	expect(attachmentFileName('minutes.pdf', docxType)).toBe('minutes.docx')
	expect(attachmentFileName('report.pdf.html', pdfType)).toBe('report.pdf')
	// Windows drops trailing dots and spaces, so `report.html.` would be saved as `report.html`.
	expect(attachmentFileName('report.html. . ', pdfType)).toBe('report.pdf')
	// A number after the last dot is part of the name, not an extension.
	expect(attachmentFileName('Protocol 2.1', pdfType)).toBe('Protocol 2.1.pdf')
	expect(attachmentFileName('', pdfType)).toBe('file.pdf')
	expect(attachmentFileName('.html', pdfType)).toBe('html.pdf')
})

test('a file name loses bidirectional controls, so it never shows reversed', () => {
	// Shown as "reportlmth.pdf" with the override; the bytes are a PDF, so it stays one.
	expect(attachmentFileName('report\u202Efdp.html', pdfType)).toBe('reportfdp.pdf')
	expect(attachmentFileName('\u2067تقرير\u2069.pdf', pdfType)).toBe('تقرير.pdf')
})

test('a long name is cut before its extension, to 120 characters in all', () => {
	const long = attachmentFileName(`${'a'.repeat(200)}.html`, pdfType)
	expect(long).toBe(`${'a'.repeat(116)}.pdf`)
	expect(attachmentFileName('😀'.repeat(100), docxType)).toBe(`${'😀'.repeat(57)}.docx`)
})

test('a type Atlas does not know keeps the cleaned name as it is', () => {
	expect(attachmentFileName('../notes.txt', 'text/plain')).toBe('notes.txt')
})
