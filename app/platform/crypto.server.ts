import { timingSafeEqual } from 'node:crypto'
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'

/** 120 bits of randomness, written in lowercase base32 so it survives URLs and copy-paste. */
export function randomToken(bytes = 15) {
	const buffer = new Uint8Array(bytes)
	crypto.getRandomValues(buffer)
	return encodeBase32LowerCaseNoPadding(buffer)
}

export function hashToken(token: string) {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

export function hashBytes(value: string) {
	return Buffer.from(sha256(new TextEncoder().encode(value)))
}

export function sameBytes(a: Uint8Array, b: Uint8Array) {
	return a.byteLength === b.byteLength && timingSafeEqual(a, b)
}
