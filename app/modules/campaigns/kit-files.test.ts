import { expect, test } from 'vitest'
import { htmlBytes, jpegBytes, pdfBytes, pngBytes, webpBytes } from '#test/campaign-factories.ts'
import { checkKitFile } from './kit-files.ts'
import { maxKitFileBytes } from './vocabulary.ts'

const reasonOf = (outcome: ReturnType<typeof checkKitFile>) => (outcome.ok ? 'ok' : outcome.reason)

test('images and PDFs whose names say what they are are accepted, with an image’s size read from its bytes', () => {
	expect(checkKitFile(pngBytes(600, 800), 'poster.png')).toEqual({
		ok: true,
		type: 'image/png',
		name: 'poster.png',
		width: 600,
		height: 800,
	})
	expect(checkKitFile(jpegBytes(1080, 1350), 'card.JPG')).toMatchObject({
		ok: true,
		type: 'image/jpeg',
		width: 1080,
		height: 1350,
	})
	expect(checkKitFile(jpegBytes(), 'card.jpeg')).toMatchObject({ ok: true, type: 'image/jpeg' })
	expect(checkKitFile(webpBytes(1200, 628), 'card.webp')).toMatchObject({ ok: true, width: 1200, height: 628 })
	expect(checkKitFile(pdfBytes(), 'leaflet.pdf')).toMatchObject({ ok: true, type: 'application/pdf', width: null })
})

test('a file whose name and bytes disagree is refused, whichever way round', () => {
	expect(reasonOf(checkKitFile(pdfBytes(), 'poster.png'))).toBe('name-mismatch')
	expect(reasonOf(checkKitFile(pngBytes(), 'leaflet.pdf'))).toBe('name-mismatch')
	expect(reasonOf(checkKitFile(jpegBytes(), 'card.png'))).toBe('name-mismatch')
	expect(reasonOf(checkKitFile(pngBytes(), 'poster'))).toBe('no-extension')
	expect(reasonOf(checkKitFile(pngBytes(), 'poster.png.'))).toBe('ok')
})

test('pages, scripts, programs and anything unknown are refused whatever they are called', () => {
	expect(reasonOf(checkKitFile(htmlBytes(), 'leaflet.pdf'))).toBe('unknown-type')
	expect(reasonOf(checkKitFile(new TextEncoder().encode('<svg onload="alert(1)"/>'), 'poster.svg'))).toBe(
		'unknown-type',
	)
	expect(reasonOf(checkKitFile(new TextEncoder().encode('MZ\x90\x00 program'), 'radio.exe'))).toBe('unknown-type')
	expect(reasonOf(checkKitFile(new TextEncoder().encode('WEBVTT\n\n'), 'script.vtt'))).toBe('unknown-type')
	// A PNG signature with no readable size is not an image a page can show.
	expect(reasonOf(checkKitFile(pngBytes(0, 0), 'poster.png'))).toBe('unknown-type')
})

test('empty and oversized files are refused before anything else is read', () => {
	expect(reasonOf(checkKitFile(new Uint8Array(), 'poster.png'))).toBe('empty')
	const huge = new Uint8Array(maxKitFileBytes + 1)
	huge.set(pngBytes())
	expect(reasonOf(checkKitFile(huge, 'poster.png'))).toBe('too-large')
})

test('names are cleaned of folders and direction overrides before their extension is read', () => {
	expect(checkKitFile(pdfBytes(), '../../etc/leaflet.pdf')).toMatchObject({ ok: true, name: 'leaflet.pdf' })
	// Shown as "posterfdp.png" but would be saved as ".pdf": the override goes, and the name is then checked.
	expect(reasonOf(checkKitFile(pngBytes(), 'poster\u202Egnp.pdf'))).toBe('name-mismatch')
})
