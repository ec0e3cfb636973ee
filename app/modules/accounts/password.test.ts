import { expect, test } from 'vitest'
import { hashPassword, passwordProblem, verifyPassword } from './password.server.ts'

test('a password shorter than 12 characters is refused', () => {
	expect(passwordProblem('short pass1')).toBe('errors.passwordTooShort')
})

test('a long password needs no digits, capitals or symbols', () => {
	expect(passwordProblem('correct horse battery staple')).toBeNull()
})

test('passwords from the common list are refused whatever their case', () => {
	expect(passwordProblem('qwerty123456')).toBe('errors.passwordCommon')
	expect(passwordProblem('QWERTY123456')).toBe('errors.passwordCommon')
	expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('errors.passwordCommon')
	expect(passwordProblem('abcabcabcabcabc')).toBe('errors.passwordCommon')
})

test('a password equal to the email address is refused', () => {
	expect(passwordProblem('jean.dupont@example.org', { email: 'jean.dupont@example.org' })).toBe(
		'errors.passwordPersonal',
	)
})

test('hashes are argon2id and verify only the right password', async () => {
	const hashed = await hashPassword('a long enough passphrase')
	expect(hashed.startsWith('$argon2id$')).toBe(true)
	expect(await verifyPassword(hashed, 'a long enough passphrase')).toBe(true)
	expect(await verifyPassword(hashed, 'a long enough passphrasE')).toBe(false)
})
