import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getEnv } from './env.server.ts'

let cachedKey: Buffer | undefined

/**
 * The key that encrypts secrets at rest (TOTP keys). It is created once in
 * DATA_DIR/keys and never leaves the data directory, so a copy of the database
 * alone does not reveal anyone's second factor.
 */
function appKey() {
	if (cachedKey) return cachedKey
	const dir = path.join(getEnv().DATA_DIR, 'keys')
	const file = path.join(dir, 'app.key')
	if (!fs.existsSync(file)) {
		fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
		try {
			fs.writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' })
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
		}
	}
	cachedKey = fs.readFileSync(file)
	if (cachedKey.byteLength !== 32) throw new Error(`The key file ${file} is damaged`)
	return cachedKey
}

export function forgetAppKey() {
	cachedKey = undefined
}

export function encryptSecret(plain: Uint8Array): Buffer {
	const iv = randomBytes(12)
	const cipher = createCipheriv('aes-256-gcm', appKey(), iv)
	const body = Buffer.concat([cipher.update(plain), cipher.final()])
	return Buffer.concat([iv, cipher.getAuthTag(), body])
}

export function decryptSecret(sealed: Uint8Array): Uint8Array {
	const buffer = Buffer.from(sealed)
	const decipher = createDecipheriv('aes-256-gcm', appKey(), buffer.subarray(0, 12))
	decipher.setAuthTag(buffer.subarray(12, 28))
	return new Uint8Array(Buffer.concat([decipher.update(buffer.subarray(28)), decipher.final()]))
}

/**
 * A stable stand-in for an identifier that cannot be turned back into it without the key
 * in the data directory: lets Atlas tell two people apart without recording who they are.
 */
export function pseudonymOf(value: string) {
	return createHmac('sha256', appKey()).update(value).digest('hex').slice(0, 32)
}
