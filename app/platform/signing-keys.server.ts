import fs from 'node:fs'
import path from 'node:path'
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { getEnv } from './env.server.ts'

/** A key file; a key given in the environment is kept here by its public half only, so it stays published after it is replaced. */
type StoredKey = { kid: string; createdAt: string; privateJwk?: JWK; publicJwk?: JWK }
export type SigningKey = { kid: string; privateKey: CryptoKey }

/**
 * The Ed25519 keys that sign certificates as verifiable credentials. Each lives in
 * DATA_DIR/keys/credentials/<kid>.json; the newest signs, and every one stays
 * published, so credentials signed before a rotation still verify. A key can also be
 * given in CREDENTIAL_SIGNING_KEY (a private JWK with a `kid`), which then signs; its
 * public half is remembered here, so it stays published after it is replaced.
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
	return { kid: privateJwk.kid, createdAt: new Date().toISOString(), privateJwk }
}

/** Makes a new signing key the current one; older keys stay published. */
export async function rotateSigningKey(now = new Date()) {
	const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
	const privateJwk = await exportJWK(privateKey)
	const kid = `atlas-${now.toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`
	fs.mkdirSync(keysFolder(), { recursive: true, mode: 0o700 })
	fs.writeFileSync(
		path.join(keysFolder(), `${kid}.json`),
		JSON.stringify({ kid, createdAt: now.toISOString(), privateJwk: { ...privateJwk, kid } }),
		{ mode: 0o600, flag: 'wx' },
	)
	cached = undefined
	return kid
}

let cached: Promise<{ current: SigningKey; published: JWK[] }> | undefined

const publicHalf = ({ kid, privateJwk, publicJwk }: StoredKey): JWK => {
	const { d: _, ...rest } = (privateJwk ?? publicJwk)!
	return { ...rest, kid, alg: 'EdDSA', use: 'sig' }
}

/** Remembers the public half of the environment's key, once. */
function rememberEnvironmentKey(key: StoredKey) {
	const file = path.join(keysFolder(), `${key.kid}.json`)
	if (fs.existsSync(file)) return
	fs.mkdirSync(keysFolder(), { recursive: true, mode: 0o700 })
	fs.writeFileSync(
		file,
		JSON.stringify({ kid: key.kid, createdAt: new Date().toISOString(), publicJwk: publicHalf(key) }),
		{ mode: 0o600 },
	)
}

async function load() {
	const fromEnvironment = environmentKey()
	if (fromEnvironment) rememberEnvironmentKey(fromEnvironment)
	if (!storedKeys().some((key) => key.privateJwk) && !fromEnvironment) await rotateSigningKey()
	const stored = storedKeys()
	// The environment's key signs when given; otherwise the newest key file that holds a private key.
	const signer = fromEnvironment ?? stored.filter((key) => key.privateJwk).at(-1)!
	const published = stored.map(publicHalf)
	return {
		current: { kid: signer.kid, privateKey: (await importJWK(signer.privateJwk!, 'EdDSA')) as CryptoKey },
		published,
	}
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
