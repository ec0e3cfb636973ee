import { type NextFunction, type Request, type Response } from 'express'
import { getDb } from '#app/db/client.server.ts'
import { preparedStatement } from '#app/db/statements.server.ts'

type Page = { html: string; nonce: string; contentType: string; cacheControl: string | null }
type Kept = Page & { version: string; keptAt: number }

const largestPage = 512 * 1024
const mostPages = 500

/**
 * What the database holds, as a value that changes whenever anything is written: SQLite's `data_version` moves when
 * another connection (another process) commits, `total_changes()` when this connection writes.
 */
function databaseVersion() {
	const row = preparedStatement<[], { own: number; others: number }>(
		getDb().$client,
		'select total_changes() as own, data_version as others from pragma_data_version',
	).get()!
	return `${row.others}:${row.own}`
}

/**
 * Pages rendered for signed-out visitors, served again to the next one who asks for the same address while nothing
 * at all has been written since, for at most `maxAgeSeconds` (dates such as "closes in two days" move on their own).
 * A page is the same for every signed-out visitor but for its CSP nonce, which each answer gets anew.
 *
 * Never kept: a request with any cookie (a member, or a flash message waiting), a survivor's page (whose visits
 * leave nothing anywhere), the data a client-side navigation fetches, anything but a 200 without `Set-Cookie`.
 * `X-Cache: hit` or `miss` says which a cacheable request got (and lets the tests see it).
 */
export function pageCache(maxAgeSeconds: number) {
	const kept = new Map<string, Kept>()

	const cacheable = (request: Request, response: Response) =>
		maxAgeSeconds > 0 &&
		request.method === 'GET' &&
		!request.headers.cookie &&
		!response.locals.survivor &&
		!('_data' in request.query)

	function serveKept(request: Request, response: Response, next: NextFunction) {
		if (!cacheable(request, response)) return next()
		const version = databaseVersion()
		const key = request.originalUrl
		const page = kept.get(key)
		if (page && page.version === version && Date.now() - page.keptAt < maxAgeSeconds * 1000) {
			const html = page.html.replaceAll(page.nonce, response.locals.cspNonce)
			response.status(200).setHeader('Content-Type', page.contentType)
			response.setHeader('X-Cache', 'hit')
			response.setHeader('Content-Length', Buffer.byteLength(html))
			if (page.cacheControl) response.setHeader('Cache-Control', page.cacheControl)
			return response.end(html)
		}
		response.setHeader('X-Cache', 'miss')
		// The version read before the page's loaders run: a write during them leaves the page kept under an old one.
		response.locals.keepPage = ({ html, nonce, headers }) => {
			if (html.length > largestPage || headers.has('Set-Cookie') || !nonce) return
			kept.delete(key)
			if (kept.size >= mostPages) kept.delete(kept.keys().next().value!)
			kept.set(key, {
				html,
				nonce,
				contentType: headers.get('Content-Type') ?? 'text/html; charset=utf-8',
				cacheControl: headers.get('Cache-Control'),
				version,
				keptAt: Date.now(),
			})
		}
		next()
	}

	return { serveKept, forget: () => kept.clear() }
}
