import { type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToString } from 'react-dom/server'
import { NonceProvider } from '#app/ui/nonce.tsx'

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
	loadContext: { cspNonce?: string },
) {
	const nonce = loadContext.cspNonce ?? ''
	const markup = renderToString(
		<NonceProvider value={nonce}>
			<RemixServer context={remixContext} url={request.url} nonce={nonce} />
		</NonceProvider>,
	)
	responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
	return new Response(`<!DOCTYPE html>${markup}`, { headers: responseHeaders, status: responseStatusCode })
}

export function handleError(error: unknown, { request }: { request: Request }) {
	if (request.signal.aborted) return
	// The path only: queries can carry tokens, and survivors' searches must never reach a log.
	console.error(`Error while handling ${request.method} ${new URL(request.url).pathname}`, error)
}
