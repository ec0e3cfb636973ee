import { publishedKeys } from '#app/platform/signing-keys.server.ts'

/** The public keys that verify Atlas's signed certificates, current and retired, as a JWK Set. */
export async function loader() {
	return new Response(JSON.stringify(await publishedKeys()), {
		headers: { 'Content-Type': 'application/jwk-set+json', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
	})
}
