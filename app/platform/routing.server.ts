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

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback: string) {
	if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
		return fallback
	}
	return target
}
