import { type Params } from '@remix-run/react'
import { describeCertificate, holderCertificate } from '#app/modules/certificates/certificates.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'

/** A certificate's printable forms are for its holder (and platform admins); anyone may verify it. */
export async function requireHolderCertificate(request: Request, params: Params, clientKey: string) {
	languageFromParams(params)
	const { user } = await requireUser(request)
	// Counted like verification lookups: these pages must not tell a guesser which codes exist.
	enforceRateLimit('verify', clientKey)
	const row = holderCertificate(user, params.code ?? '')
	if (!row) throw notFound()
	return describeCertificate(row)
}
