import { type LoaderFunctionArgs } from '@remix-run/node'
import { findCertificate } from '#app/modules/certificates/certificates.server.ts'
import { openBadgeCredential, signedCredential } from '#app/modules/certificates/credential.server.ts'
import { findCourse } from '#app/modules/courses/store.server.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { notFound } from '#app/platform/routing.server.ts'

/**
 * A certificate as an Open Badges 3.0 credential: `CODE.json` for people and wallets that
 * read JSON, `CODE.jwt` signed with the issuer's Ed25519 key. Lookups count against the
 * same limit as the verification page, so codes cannot be guessed here either.
 */
export async function loader({ params, context }: LoaderFunctionArgs) {
	enforceRateLimit('verify', context.clientKey)
	const match = /^([A-Za-z2-7]{32})\.(json|jwt)$/.exec(params.file ?? '')
	const certificate = match ? findCertificate(match[1]!) : undefined
	if (!match || !certificate) throw notFound()
	const headers = {
		'Access-Control-Allow-Origin': '*',
		'Cache-Control': 'no-cache',
		'Content-Disposition': `attachment; filename="${certificate.code}.${match[2]}"`,
	}
	const slug = findCourse(certificate.courseId)?.slug ?? ''
	if (match[2] === 'jwt')
		return new Response(await signedCredential(certificate, slug), {
			headers: { ...headers, 'Content-Type': 'application/vc+jwt' },
		})
	return new Response(JSON.stringify(openBadgeCredential(certificate, slug), null, 2), {
		headers: { ...headers, 'Content-Type': 'application/vc+ld+json' },
	})
}
