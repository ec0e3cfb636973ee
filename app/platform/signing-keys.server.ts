import fs from 'node:fs'
import path from 'node:path'
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { getEnv } from './env.server.ts'

type StoredKey = { kid: string; createdAt: string; privateJwk: JWK }
export type SigningKey = { kid: string; privateKey: CryptoKey }

/**
 * The Ed25519 keys that sign certificates as verifiable credentials. Each lives in
 * DATA_DIR/keys/credentials/<kid>.json; the newest signs, and every one stays
 * published, so credentials signed before a rotation still verify. A key can also be
 * given in CREDENTIAL_SIGNING_KEY (a private JWK with a `kid`), which then signs.
 */
function keysFolder() {
	return path.join(getEnv().DATA_DIR, 'keys', 'credentials')
}

function storedKeys(): StoredKey[] {
	const folder = keysFolder()
	if (!fs.existsSync(folder)) return []
	return fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as StoredKey)
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

function environmentKey(): StoredKey | null {
	const raw = process.env.CREDENTIAL_SIGNING_KEY
	if (!raw) return null
	const privateJwk = JSON.parse(raw) as JWK
	if (privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519' || !privateJwk.d || !privateJwk.kid) {
		throw new Error('CREDENTIAL_SIGNING_KEY must be a private Ed25519 JWK with a kid')
	}
	return { kid: privateJwk.kid, createdAt: '9999', privateJwk }
}

/** Makes a new signing key the current one; older keys stay published. */
export async function rotateSigningKey(now = new Date()) {
	const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
	const privateJwk = await exportJWK(privateKey)
	const kid = `atlas-${now.toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`
	fs.mkdirSync(keysFolder(), { recursive: true, mode: 0o700 })
	fs.writeFileSync(path.join(keysFolder(), `${kid}.json`), JSON.stringify({ kid, createdAt: now.toISOString(), privateJwk: { ...privateJwk, kid } }), { mode: 0o600, flag: 'wx' })
	cached = undefined
	return kid
}

let cached: Promise<{ current: SigningKey; published: JWK[] }> | undefined

async function load() {
	if (!storedKeys().length && !environmentKey()) await rotateSigningKey()
	const all = [...storedKeys(), ...(environmentKey() ? [environmentKey()!] : [])]
	const newest = all.at(-1)!
	const published = all.map(({ kid, privateJwk }) => {
		const { d: _, ...publicJwk } = privateJwk
		return { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }
	})
	return { current: { kid: newest.kid, privateKey: (await importJWK(newest.privateJwk, 'EdDSA')) as CryptoKey }, published }
}

/** The key that signs from now on, created on first use. */
export async function currentSigningKey() {
	cached ??= load()
	return (await cached).current
}

/** Every public key, current and retired, as a JWK Set. */
export async function publishedKeys() {
	cached ??= load()
	return { keys: (await cached).published }
}

export function forgetSigningKeys() {
	cached = undefined
}
