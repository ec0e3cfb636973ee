import { type Params } from '@remix-run/react'
import { getEnv } from './env.server.ts'
import { isLanguage, type Language } from './i18n.ts'

export function notFound() {
	return new Response(JSON.stringify({ reason: 'not-found' }), {
		status: 404,
		headers: { 'Content-Type': 'application/json' },
	})
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

/**
 * The address links in emails point to. It comes from PUBLIC_URL, never from the
 * request's Host header, which anyone can forge to send reset links to their own site.
 */
export function publicOrigin() {
	return getEnv().PUBLIC_URL
}
