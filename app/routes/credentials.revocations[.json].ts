import { revokedCredentials } from '#app/modules/certificates/certificates.server.ts'
import { issuerDid, revocationListUrl } from '#app/modules/certificates/credential.server.ts'

/** The issuer's 1EdTech revocation list: every revoked credential with its reason. */
export async function loader() {
	const list = { id: revocationListUrl(), issuer: issuerDid(), revokedCredentials: revokedCredentials() }
	return new Response(JSON.stringify(list), {
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' },
	})
}
