import { type Params } from '@remix-run/react'
import { describeCertificate, findCertificate } from '#app/modules/certificates/certificates.server.ts'
import { forbidden, requireUser } from '#app/platform/auth.server.ts'
import { hasRole } from '#app/platform/permissions.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'

/** A certificate's printable forms are for its holder (and platform admins); anyone may verify it. */
export async function requireHolderCertificate(request: Request, params: Params) {
	languageFromParams(params)
	const { user } = await requireUser(request)
	const row = findCertificate(params.code ?? '')
	if (!row) throw notFound()
	if (row.userId !== user.id && !hasRole(user, 'platform_admin')) throw forbidden()
	return describeCertificate(row)
}
