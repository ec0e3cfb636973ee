import { issuerDid, keyId } from '#app/modules/certificates/credential.server.ts'
import { publishedKeys } from '#app/platform/signing-keys.server.ts'

/** The did:web document of the issuer: the same keys as the JWK Set, as verification methods. */
export async function loader() {
	const did = issuerDid()
	const { keys } = await publishedKeys()
	const methods = keys.map((key) => ({
		id: keyId(key.kid!),
		type: 'JsonWebKey',
		controller: did,
		publicKeyJwk: { ...key, kid: keyId(key.kid!) },
	}))
	const document = {
		'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
		id: did,
		verificationMethod: methods,
		assertionMethod: methods.map((method) => method.id),
	}
	return new Response(JSON.stringify(document), {
		headers: {
			'Content-Type': 'application/did+json',
			'Cache-Control': 'public, max-age=300',
			'Access-Control-Allow-Origin': '*',
		},
	})
}
