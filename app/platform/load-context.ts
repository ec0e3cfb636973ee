import '@remix-run/node'

declare module '@remix-run/node' {
	interface AppLoadContext {
		/** The nonce the CSP header allows scripts with, made anew for each request. */
		cspNonce: string
		/** A hash of the client's address, for rate limits; the address itself is never kept. */
		clientKey: string
		/**
		 * Keeps the page just rendered for the next signed-out visitor who asks for the same address, when the request
		 * may be answered that way (`server/page-cache.ts`); absent otherwise.
		 */
		keepPage?: (page: { html: string; nonce: string; headers: Headers }) => void
	}
}

export {}
