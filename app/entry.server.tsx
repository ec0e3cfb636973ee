import { type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToString } from 'react-dom/server'
import { defaultLanguage, isLanguage, pageNamespaces } from '#app/platform/i18n.ts'
import { serverI18n, stringsFor, stringsVersion } from '#app/platform/i18n.server.ts'
import { isSurvivorPath } from '#app/platform/survivor-safety.ts'
import { registerTranslator } from '#app/ui/meta.ts'
import { NonceProvider } from '#app/ui/nonce.tsx'
import { handoffJson, StringsHandoffProvider, TranslatorsProvider } from '#app/ui/page-strings.tsx'

registerTranslator(serverI18n)

/**
 * Pages are rendered to one string rather than streamed: React 18's streaming
 * renderer can insert NUL bytes where a multi-byte character (Arabic, for one)
 * meets its 2 kB chunk boundary (decision 005). Atlas defers no data, so
 * nothing is lost by waiting for the whole page.
 */
export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const nonce = loadContext.cspNonce ?? ''
	const handoff = pageStrings(request, remixContext)
	const markup = renderToString(
		<NonceProvider value={nonce}>
			<TranslatorsProvider value={serverI18n}>
				<StringsHandoffProvider value={handoff}>
					<RemixServer context={remixContext} url={request.url} nonce={nonce} />
				</StringsHandoffProvider>
			</TranslatorsProvider>
		</NonceProvider>,
	)
	responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
	keepNothing(request, responseHeaders)
	const html = `<!DOCTYPE html>${markup}`
	if (responseStatusCode === 200) loadContext.keepPage?.({ html, nonce, headers: responseHeaders })
	return new Response(html, { headers: responseHeaders, status: responseStatusCode })
}

/**
 * The strings a page's browser receives, in its language as the root loader settled it: only the namespaces its
 * routes declare. A survivor's page runs no script, so it is handed none.
 */
function pageStrings(request: Request, { staticHandlerContext: context, routeModules }: EntryContext) {
	const root = context.loaderData.root as { language?: unknown } | undefined
	const language = isLanguage(root?.language) ? root.language : defaultLanguage
	if (isSurvivorPath(new URL(request.url).pathname)) return null
	const names = pageNamespaces(context.matches.map((match) => routeModules[match.route.id]?.handle))
	return handoffJson({ language, version: stringsVersion, strings: stringsFor(language, names) })
}

/** A page's data, fetched by the app's scripts on navigation, is as personal as the page. */
export function handleDataRequest(response: Response, { request }: { request: Request }) {
	keepNothing(request, response.headers)
	return response
}

/**
 * Every page is rendered for whoever the session cookie says is signed in (its header names them, its content is
 * theirs), so no browser or proxy may keep one: after signing out, Back must not show it again. A route that
 * chose its own caching keeps it unless the answer sets a cookie, and survivors' pages already say `no-store` in front of Remix (server/security.ts).
 */
function keepNothing(request: Request, headers: Headers) {
	if (isSurvivorPath(new URL(request.url).pathname)) return
	// An answer that sets a cookie (a flash message read and cleared, say) is one person's, whatever the route chose.
	if (headers.has('Cache-Control') && !headers.has('Set-Cookie')) return
	headers.set('Cache-Control', 'no-store')
}

export function handleError(error: unknown, { request }: { request: Request }) {
	if (request.signal.aborted) return
	const { pathname } = new URL(request.url)
	// A survivor's page leaves no trace of what was read: the error is kept, its address is not.
	if (isSurvivorPath(pathname)) return console.error('Error while handling a survivor page', error)
	// The path only: queries can carry tokens, and survivors' searches must never reach a log.
	console.error(`Error while handling ${request.method} ${pathname}`, error)
}
