import '@remix-run/node'

declare module '@remix-run/node' {
	interface AppLoadContext {
		/** The nonce the CSP header allows scripts with, made anew for each request. */
		cspNonce: string
		/** A hash of the client's address, for rate limits; the address itself is never kept. */
		clientKey: string
	}
}

export {}
