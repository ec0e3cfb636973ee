import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'

export const passwordMinLength = 12
export const passwordMaxLength = 200

// OWASP's current argon2id baseline (m=19 MiB, t=2, p=1).
const argonOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

let commonPasswords: Set<string> | undefined

function isCommonPassword(password: string) {
	commonPasswords ??= new Set((dictionary['passwords-common'] as string[]).map((entry) => entry.toLowerCase()))
	const lowered = password.toLowerCase()
	return commonPasswords.has(lowered) || /^(.)\1+$/.test(lowered) || /^(.{1,4})\1+$/.test(lowered)
}

/**
 * NIST 800-63B: a length floor, no composition rules, and a refusal of passwords
 * that attackers try first. Returns the translation key of the problem, or null.
 */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}) {
	if (password.length < passwordMinLength) return 'errors.passwordTooShort'
	if (password.length > passwordMaxLength) return 'errors.passwordTooLong'
	if (isCommonPassword(password)) return 'errors.passwordCommon'
	const lowered = password.toLowerCase()
	const personal = [context.email, context.email?.split('@')[0], context.name]
		.filter((value): value is string => Boolean(value && value.length >= 4))
		.map((value) => value.toLowerCase())
	if (personal.some((value) => lowered === value)) return 'errors.passwordPersonal'
	return null
}

export function hashPassword(password: string) {
	return hash(password, argonOptions)
}

export async function verifyPassword(passwordHash: string, password: string) {
	try {
		return await verify(passwordHash, password)
	} catch {
		return false
	}
}

let dummyHash: Promise<string> | undefined

/** Spends the same time as a real check, so response times do not reveal which emails exist. */
export async function spendPasswordCheckTime(password: string) {
	dummyHash ??= hashPassword('atlas-timing-equaliser')
	await verifyPassword(await dummyHash, password)
}
