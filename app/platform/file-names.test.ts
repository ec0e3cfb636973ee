import { expect, test } from 'vitest'
import { attachmentDisposition, withoutBidiControls } from './file-names.ts'

test('bidirectional controls are removed and nothing else', () => {
	expect(
		withoutBidiControls('a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm'),
	).toBe('abcdefghijklm')
	expect(withoutBidiControls('تقرير سنوي 2024.pdf')).toBe('تقرير سنوي 2024.pdf')
})

test('a download names its file in UTF-8 (RFC 5987) with a plain ASCII fallback', () => {
	expect(attachmentDisposition('report.pdf')).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`)
	expect(attachmentDisposition('تقرير.pdf')).toBe(
		`attachment; filename="_____.pdf"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf`,
	)
})

test('characters that would end or bend the header are encoded, never passed through', () => {
	// RFC 5987 leaves ' ( ) * out of attr-char; encodeURIComponent does not encode them.
	expect(attachmentDisposition("it's (final)*.pdf")).toBe(
		`attachment; filename="it's (final)*.pdf"; filename*=UTF-8''it%27s%20%28final%29%2A.pdf`,
	)
	expect(attachmentDisposition('a"b\\c%41;\r\nX-Evil: 1.pdf')).toBe(
		`attachment; filename="a_b_c_41;__X-Evil: 1.pdf"; filename*=UTF-8''a%22b%5Cc%2541%3B%0D%0AX-Evil%3A%201.pdf`,
	)
	// A lone surrogate would make encodeURIComponent throw, and the download answer 500.
	expect(attachmentDisposition('a\ud800.pdf')).toBe(`attachment; filename="a_.pdf"; filename*=UTF-8''a%EF%BF%BD.pdf`)
	expect(attachmentDisposition('x\u202Efdp.exe')).toBe(`attachment; filename="xfdp.exe"; filename*=UTF-8''xfdp.exe`)
})
