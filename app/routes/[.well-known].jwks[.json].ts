import { keyId } from '#app/modules/certificates/credential.server.ts'
import { publishedKeys } from '#app/platform/signing-keys.server.ts'

/** The public keys that verify Atlas's signed certificates, current and retired, as a JWK Set. */
export async function loader() {
	const { keys } = await publishedKeys()
	return new Response(JSON.stringify({ keys: keys.map((key) => ({ ...key, kid: keyId(key.kid!) })) }), {
		headers: {
			'Content-Type': 'application/jwk-set+json',
			'Cache-Control': 'public, max-age=300',
			'Access-Control-Allow-Origin': '*',
		},
	})
}
