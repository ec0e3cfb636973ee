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
	return sealWith(appKey(), plain)
}

export function decryptSecret(sealed: Uint8Array): Uint8Array {
	return openWith(appKey(), sealed)
}

/** A fresh AES-256 key for one piece of data, so destroying the key is enough to destroy the data everywhere. */
export function newDataKey() {
	return randomBytes(32)
}

/** AES-256-GCM: the 12-byte nonce, the 16-byte tag, then the ciphertext. */
export function sealWith(key: Uint8Array, plain: Uint8Array): Buffer {
	const iv = randomBytes(12)
	const cipher = createCipheriv('aes-256-gcm', key, iv)
	const body = Buffer.concat([cipher.update(plain), cipher.final()])
	return Buffer.concat([iv, cipher.getAuthTag(), body])
}

/** Throws when the key is not the one that sealed it, or the bytes were changed. */
export function openWith(key: Uint8Array, sealed: Uint8Array): Uint8Array {
	const buffer = Buffer.from(sealed)
	const decipher = createDecipheriv('aes-256-gcm', key, buffer.subarray(0, 12))
	decipher.setAuthTag(buffer.subarray(12, 28))
	return new Uint8Array(Buffer.concat([decipher.update(buffer.subarray(28)), decipher.final()]))
}

/**
 * A keyed hash of a value for one purpose (HMAC-SHA-256 with the app key). Used where Atlas must recognise
 * a value again without storing it: a browser's known-device mark, and the address a failed sign-in was
 * tried against. Whoever holds the key could test a guessed value, so it suits only short-lived security
 * records, never a link from a person to what they read or searched.
 */
export function keyedHash(purpose: string, value: string) {
	return createHmac('sha256', appKey()).update(`${purpose}\0${value}`).digest('base64url').slice(0, 32)
}
