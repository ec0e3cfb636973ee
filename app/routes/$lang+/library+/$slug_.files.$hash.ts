import fs from 'node:fs'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { attachmentForReader } from '#app/modules/library/attachments.server.ts'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { attachmentDisposition } from '#app/platform/file-names.ts'
import { notFound } from '#app/platform/routing.server.ts'

/**
 * Serves an attachment as a download, with the type checked at upload and `nosniff`,
 * only to readers of the document's tier (or to its editors while it is a draft).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const auth = await getSignedInUser(request)
	const attachment = /^[0-9a-f]{64}$/.test(params.hash ?? '')
		? attachmentForReader(auth?.user ?? null, params.slug ?? '', params.hash!)
		: null
	if (!attachment || !fs.existsSync(attachment.file)) throw notFound()
	const body = fs.readFileSync(attachment.file)
	return new Response(body, {
		headers: {
			'Content-Type': attachment.type,
			'Content-Length': String(body.length),
			'Content-Disposition': attachmentDisposition(attachment.name),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store',
		},
	})
}
