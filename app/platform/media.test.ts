import { expect, test } from 'vitest'
import { checkMedia, cleanFileName, isLessonEditorPath, isMediaUploadPath, sniffMediaType } from './media.ts'

const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(
		parts.flatMap((part) => (typeof part === 'string' ? [...part].map((character) => character.charCodeAt(0)) : part)),
	)

test('media types are told from their first bytes', () => {
	expect(sniffMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'))).toBe('image/png')
	expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
	expect(sniffMediaType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp')
	expect(sniffMediaType(bytes([0, 0, 0, 0x18], 'ftypmp42'))).toBe('video/mp4')
	expect(sniffMediaType(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('video/webm')
	expect(sniffMediaType(bytes('WEBVTT\n\n00:00.000 --> 00:01.000\nHello'))).toBe('text/vtt')
	expect(sniffMediaType(bytes([0xef, 0xbb, 0xbf], 'WEBVTT - captions\n'))).toBe('text/vtt')
})

test('a wrong name cannot make a file an image: SVG, HTML, scripts and lookalikes are refused', () => {
	expect(sniffMediaType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull()
	expect(sniffMediaType(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull()
	expect(sniffMediaType(bytes('PK', [3, 4], 'zip bomb'))).toBeNull()
	expect(sniffMediaType(bytes('WEBVTTX'))).toBeNull()
	expect(sniffMediaType(bytes([0, 0, 0, 0x18], 'ftypheic'))).toBeNull()
	expect(sniffMediaType(bytes([0, 0, 0, 0x18], 'ftypqt  '))).toBeNull()
	expect(sniffMediaType(bytes('WEBVTT\n', [0], 'binary'))).toBeNull()
	expect(checkMedia(new Uint8Array())).toEqual({ ok: false, reason: 'empty' })
})

test('each type has its size limit', () => {
	const png = new Uint8Array(5 * 1024 * 1024 + 1)
	png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
	expect(checkMedia(png)).toEqual({ ok: false, reason: 'too-large' })
	expect(checkMedia(png.subarray(0, 1024))).toEqual({ ok: true, type: 'image/png' })
})

test('file names lose their folders and control characters', () => {
	expect(cleanFileName('../../etc/passwd')).toBe('passwd')
	expect(cleanFileName('C:\\Users\\x\\photo.png')).toBe('photo.png')
	expect(cleanFileName('..\u0000evil"<>.png')).toBe('evil.png')
	expect(cleanFileName('')).toBe('file')
})

test('file names lose the bidirectional controls that would show them reversed', () => {
	// U+202E shows `annual\u202Efdp.exe` as "annualexe.pdf"; every embedding, override, isolate and mark goes.
	expect(cleanFileName('annual\u202Efdp.exe')).toBe('annualfdp.exe')
	const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C'
	expect(cleanFileName(`re${controls}port.pdf`)).toBe('report.pdf')
	expect(cleanFileName('\u202E\u2067')).toBe('file')
	// Arabic and Hebrew names keep their letters: only the invisible controls go.
	expect(cleanFileName('تقرير\u200F.pdf')).toBe('تقرير.pdf')
})

test('a file name is at most 120 UTF-16 units and never ends in half a character', () => {
	const emoji = cleanFileName('😀'.repeat(100))
	expect(emoji.length).toBeLessThanOrEqual(120)
	expect(emoji).toBe('😀'.repeat(60))
	expect(cleanFileName('a\ud800b.pdf')).toBe('a\ufffdb.pdf')
})

test('only the course media page, library attachments, campaign kits and the lesson editor may receive a large body', () => {
	expect(isMediaUploadPath('/en/teach/courses/0f8fad5b-d9cb-469f-a165-70867728950e/media')).toBe(true)
	expect(isMediaUploadPath('/en/teach/courses/0f8fad5b-d9cb-469f-a165-70867728950e/lessons/x')).toBe(false)
	expect(isMediaUploadPath('/en/sign-in')).toBe(false)
	expect(isMediaUploadPath('/ar/campaigns/know-the-signs-2026/kit')).toBe(true)
	expect(isMediaUploadPath('/ar/campaigns/know-the-signs-2026/edit')).toBe(false)
	expect(isMediaUploadPath('/ar/campaigns/../kit')).toBe(false)
	expect(isLessonEditorPath('/ar/teach/courses/0f8fad5b-d9cb-469f-a165-70867728950e/lessons/lesson-ab12cd')).toBe(true)
	expect(isLessonEditorPath('/ar/teach/courses/0f8fad5b-d9cb-469f-a165-70867728950e/lessons/../media')).toBe(false)
})
