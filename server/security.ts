import crypto from 'node:crypto'
import { type NextFunction, type Request, type Response } from 'express'
import { canonicalSurvivorPath } from '#app/platform/survivor-safety.ts'

declare module 'express-serve-static-core' {
	interface Locals {
		cspNonce: string
		/** The hashed client address the rate limits count by. */
		clientKey: string
		/** Set when the page about to be rendered may be kept for the next signed-out visitor (page-cache.ts). */
		keepPage?: import('@remix-run/node').AppLoadContext['keepPage']
		survivor?: boolean
	}
}

/** A fresh nonce per response: only scripts carrying it may run. */
export function securityHeaders(request: Request, response: Response, next: NextFunction) {
	const nonce = crypto.randomBytes(16).toString('base64')
	response.locals.cspNonce = nonce
	response.setHeader(
		'Content-Security-Policy',
		[
			"default-src 'self'",
			`script-src 'self' 'nonce-${nonce}'`,
			"style-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"form-action 'self'",
			"object-src 'none'",
			"base-uri 'none'",
			"frame-ancestors 'none'",
		].join('; '),
	)
	response.setHeader('X-Content-Type-Options', 'nosniff')
	// same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts, which
	// Remix refuses as a possible CSRF, so pages without JavaScript could not submit forms.
	// Nothing is ever sent to another site. Survivors' pages tighten this to no-referrer.
	response.setHeader('Referrer-Policy', 'same-origin')
	response.setHeader('X-Frame-Options', 'DENY')
	response.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
	response.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
	response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
	if (request.secure) {
		response.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
	}
	next()
}

/**
 * Survivors' pages, however their address is spelled: marked so nothing logs them, never stored, never referred.
 * Remix would answer `/EN//Programmes/` or `/en/%70rogrammes` with the same page (or its 404), so any spelling but
 * the canonical one is sent there at once, before a cookie is read or a line logged; the redirect itself sets
 * nothing and carries the same headers. The query is kept, re-encoded by the URL parser so it is safe in a header.
 */
export function survivorTreatment(request: Request, response: Response, next: NextFunction) {
	const queryAt = request.originalUrl.indexOf('?')
	const pathname = queryAt === -1 ? request.originalUrl : request.originalUrl.slice(0, queryAt)
	const canonical = canonicalSurvivorPath(pathname)
	if (canonical === null) return next()
	response.locals.survivor = true
	response.setHeader('Cache-Control', 'no-store')
	response.setHeader('Referrer-Policy', 'no-referrer')
	if (canonical === pathname) return next()
	const query = queryAt === -1 ? '' : new URL(`http://atlas.invalid/${request.originalUrl.slice(queryAt)}`).search
	response.status(308).setHeader('Location', `${canonical}${query}`)
	response.end()
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The host Remix compares a POST's Origin with: the first X-Forwarded-Host, or else Host. */
function comparedHost(request: Pick<Request, 'get'>) {
	return request.get('x-forwarded-host')?.split(',')[0]?.trim() || request.get('host')
}

/**
 * Refuses state-changing requests sent from another site (CSRF). Modern browsers say
 * where a request comes from in Sec-Fetch-Site; older ones send only Origin. Either one
 * naming another site is enough to refuse, so a forged pair (`same-origin` with a foreign
 * Origin) gets a clear 403 here instead of failing Remix's own Origin check with a 500.
 * With our no-referrer policy a plain form POST carries `Origin: null`: only
 * Sec-Fetch-Site saying `same-origin` vouches for it.
 */
export function isForeignRequest(request: Pick<Request, 'method' | 'headers' | 'protocol' | 'get'>) {
	if (!unsafeMethods.has(request.method)) return false
	const fetchSite = request.headers['sec-fetch-site']
	if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true
	const origin = request.headers.origin
	if (!origin) return false
	if (origin === 'null') return fetchSite !== 'same-origin'
	try {
		return new URL(origin).host !== comparedHost(request)
	} catch {
		return true
	}
}

export function refuseForeignRequests(request: Request, response: Response, next: NextFunction) {
	if (isForeignRequest(request)) {
		response.status(403).type('text/plain').send('Cross-origin request refused')
		return
	}
	// A same-origin POST from a no-referrer page (the survivor catalogue) carries `Origin: null`.
	// Sec-Fetch-Site has just proved it is ours; without this, Remix's own Origin/Host check refuses it.
	if (request.headers.origin === 'null' && request.headers['sec-fetch-site'] === 'same-origin') {
		delete request.headers.origin
	}
	next()
}

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * Every write in Atlas is a form. Other body types (text/plain, JSON) are what
 * cross-site tricks and confused clients send, so they are refused with 415
 * rather than reaching an action that cannot read them.
 */
export function hasUnsupportedBody(request: Pick<Request, 'method' | 'headers'>) {
	if (!unsafeMethods.has(request.method)) return false
	const length = request.headers['content-length']
	if (length === '0' || (length === undefined && !request.headers['transfer-encoding'])) return false
	const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
	return !formTypes.includes(type)
}

export function refuseUnsupportedBodies(request: Request, response: Response, next: NextFunction) {
	if (hasUnsupportedBody(request)) {
		response.status(415).type('text/plain').send('Only form submissions are accepted')
		return
	}
	next()
}

/**
 * Caps request bodies before Remix reads them. A body without a declared length
 * (chunked) is refused, since its size cannot be known up front.
 */
export function limitBodySize(maxBytes: number) {
	return (request: Request, response: Response, next: NextFunction) => {
		if (!unsafeMethods.has(request.method)) return next()
		const declared = request.headers['content-length']
		if (declared === undefined) {
			if (request.headers['transfer-encoding']) {
				response.status(411).type('text/plain').send('Length required')
				return
			}
			return next()
		}
		if (Number(declared) > maxBytes) {
			response.status(413).type('text/plain').send('Request body too large')
			return
		}
		next()
	}
}
