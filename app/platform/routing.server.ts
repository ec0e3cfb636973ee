import { type Params } from '@remix-run/react'
import { isLanguage, type Language } from './i18n.ts'

export function notFound() {
	return new Response(JSON.stringify({ reason: 'not-found' }), {
		status: 404,
		headers: { 'Content-Type': 'application/json' },
	})
}

export function forbidden(): Response {
	return new Response(JSON.stringify({ reason: 'forbidden' }), {
		status: 403,
		headers: { 'Content-Type': 'application/json' },
	})
}

/**
 * What a loader throws when its module refused to show the page: 403 when it is not theirs, 404
 * when there is no such thing. Only these two reasons fit, so a page never shows a refusal's words.
 */
export function refusedPage(refusal: { reason: 'forbidden' | 'not-found' }): Response {
	return refusal.reason === 'forbidden' ? forbidden() : notFound()
}

/** The page's language from its first path segment; any other segment is a 404. */
export function languageFromParams(params: Params): Language {
	if (!isLanguage(params.lang)) throw notFound()
	return params.lang
}

/** A stand-in origin: a target that resolves anywhere else against it is not a path on this site. */
const ownOrigin = 'http://atlas.invalid'

/**
 * Browsers drop tabs and line breaks from a Location and read a backslash as a slash, so `/<tab>/evil` and
 * `/\\evil` both leave the site; CR/LF would also break the header itself. Any of them, raw or percent-encoded
 * (once or twice), makes a target untrustworthy.
 */
function looksHostile(target: string) {
	let spelling = target
	for (let round = 0; round < 3; round++) {
		if (/[\u0000-\u001f\u007f\\]/.test(spelling) || spelling.startsWith('//')) return true
		let decoded: string
		try {
			decoded = decodeURIComponent(spelling)
		} catch {
			return true
		}
		if (decoded === spelling) return false
		spelling = decoded
	}
	return true
}

/**
 * Where to go after signing in: only a path on this site, never another origin. The target is read as a URL
 * against this site, the way a browser would, and kept only when it stays here.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback: string) {
	if (typeof target !== 'string' || !target.startsWith('/') || looksHostile(target)) return fallback
	let url: URL
	try {
		url = new URL(target, ownOrigin)
	} catch {
		return fallback
	}
	if (url.origin !== ownOrigin) return fallback
	return `${url.pathname}${url.search}${url.hash}`
}
