import { expect, test } from 'vitest'
import { readVerificationCode } from './verification-code.ts'

const code = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

test.each([
	['the code as printed', code],
	['in lower case, with spaces around it', `  ${code.toLowerCase()}\n`],
	['read aloud in groups', 'ABCD EFGH-IJKL MNOP-QRST UVWX-YZ23 4567'],
	['the whole address from the printout', `https://atlas.example.org/fr/verify/${code}`],
	['an address with a query and a trailing slash', `http://localhost:3000/ar/verify/${code}/?from=qr#top`],
	['an address broken over two lines', `https://atlas.example.org/en/ver\nify/${code.slice(0, 10)}\n${code.slice(10)}`],
])('%s reads as the code', (_, typed) => {
	expect(readVerificationCode(typed)).toEqual({ ok: true, code })
})

test('nothing typed, or something that cannot be a code, is refused at the field', () => {
	expect(readVerificationCode('   ')).toEqual({ ok: false, reason: 'code-missing', field: 'code' })
	expect(readVerificationCode(code.slice(1))).toEqual({ ok: false, reason: 'code-malformed', field: 'code' })
	expect(readVerificationCode(`${code.slice(1)}0`)).toEqual({ ok: false, reason: 'code-malformed', field: 'code' })
	expect(readVerificationCode('https://atlas.example.org/en/verify/')).toMatchObject({ reason: 'code-malformed' })
})
