import fs from 'node:fs'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { kitFileForReader } from '#app/modules/campaigns/kit.server.ts'
import { countReach } from '#app/modules/campaigns/reach.server.ts'
import { attachmentDisposition } from '#app/platform/file-names.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'

/**
 * Serves a kit file with the type its bytes were checked to be and `nosniff`: of a published campaign to anyone,
 * of a draft to the people running it. `?preview=1` shows an image in the page (never anything else, and not
 * counted); otherwise it is a download, counted under the country in `?country=` when that is a target.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	languageFromParams(params)
	const auth = await getSignedInUser(request)
	const query = new URL(request.url).searchParams
	const found = /^[0-9a-f-]{36}$/.test(params.materialId ?? '')
		? kitFileForReader(auth?.user ?? null, params.slug ?? '', params.materialId!)
		: null
	if (!found || !fs.existsSync(found.file)) throw notFound()
	const { campaign, material, image } = found
	const preview = query.get('preview') === '1' && image
	if (!preview) countReach(campaign, 'downloads', query.get('country'), new Date())
	const body = fs.readFileSync(found.file)
	const published = campaign.status === 'published'
	return new Response(body, {
		headers: {
			'Content-Type': material.type,
			'Content-Length': String(body.length),
			'Content-Disposition': preview ? 'inline' : attachmentDisposition(material.name),
			'X-Content-Type-Options': 'nosniff',
			// A cached download would not be counted; a draft's file stays out of every shared cache.
			'Cache-Control': preview && published ? 'public, max-age=3600' : 'private, no-store',
		},
	})
}
