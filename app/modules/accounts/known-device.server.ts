import { cookieHeader, readCookie } from '#app/platform/cookies.server.ts'
import { randomToken, sameBytes } from '#app/platform/crypto.server.ts'
import { keyedHash } from '#app/platform/keys.server.ts'

/**
 * A browser that completed a sign-in to an account carries a mark for that account (a random nonce and a
 * keyed hash of it with the account id). Its later attempts are counted apart from everyone else's, so
 * a stranger failing against the address cannot pause the owner's own browser (decision 014). The mark
 * names nobody without the app key, and holds no session: it signs nobody in.
 */
export const knownDeviceCookieName = 'atlas_device'
const lifetimeSeconds = 180 * 24 * 60 * 60

function markOf(userId: string, nonce: string) {
	return keyedHash('known-device', `${userId}.${nonce}`)
}

export function knownDeviceMark(userId: string) {
	const nonce = randomToken()
	return `${nonce}.${markOf(userId, nonce)}`
}

/** Whether this browser's mark was made for this account; any other value (or none) is a stranger's. */
export function isKnownDevice(mark: string | null, userId: string | null) {
	if (!mark || !userId) return false
	const [nonce, mac, ...rest] = mark.split('.')
	if (!nonce || !mac || rest.length > 0 || nonce.length > 64 || mac.length > 64) return false
	return sameBytes(Buffer.from(mac), Buffer.from(markOf(userId, nonce)))
}

/** Read without decoding: a mark is plain base32 and base64url, and an odd cookie must not break sign-in. */
export function readKnownDeviceMark(request: Request) {
	const value = readCookie(request, knownDeviceCookieName)
	return value && /^[A-Za-z0-9_.-]{1,160}$/.test(value) ? value : null
}

export function knownDeviceCookie(request: Request, mark: string) {
	return cookieHeader(request, knownDeviceCookieName, mark, lifetimeSeconds)
}
