import { expect, test } from 'vitest'
import { readUploadedFile } from './uploads.server.ts'

function formRequest(fields: Record<string, string | File>) {
	const form = new FormData()
	for (const [name, value] of Object.entries(fields)) form.append(name, value)
	return new Request('http://localhost/upload', { method: 'POST', body: form })
}

test('a file keeps the name it was sent with, "=", quotes, markup and accents included, with the other fields', async () => {
	for (const name of ['report=final.pdf', 'a "quoted" name.pdf', '<img src=x onerror=alert(1)>.png', 'ünï çødé.odt']) {
		const read = await readUploadedFile(formRequest({ kind: 'poster', file: new File(['%PDF-1.7'], name) }), 100)
		expect(read.ok && read.upload.name).toBe(name)
		expect(read.ok && read.form.get('kind')).toBe('poster')
		expect(read.ok && [...read.upload.bytes]).toEqual([...new TextEncoder().encode('%PDF-1.7')])
	}
})

test('no file, an empty one or no form at all is "empty"; one past the limit is "too large"', async () => {
	expect(await readUploadedFile(formRequest({ kind: 'poster' }), 100)).toMatchObject({ ok: false, reason: 'empty' })
	expect(await readUploadedFile(formRequest({ file: new File([], 'a.pdf') }), 100)).toMatchObject({ reason: 'empty' })
	const text = new Request('http://localhost/upload', { method: 'POST', body: 'not a form' })
	expect(await readUploadedFile(text, 100)).toMatchObject({ ok: false, reason: 'empty' })
	const large = formRequest({ file: new File([new Uint8Array(101)], 'a.pdf') })
	expect(await readUploadedFile(large, 100)).toMatchObject({ ok: false, reason: 'too-large' })
})
