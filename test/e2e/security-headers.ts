import { isSurvivorPath } from '#app/platform/survivor-safety.ts'
import { survivorProblems } from '../survivor-checks.ts'

/**
 * What a response lacks of Atlas's protections: the CSP with a nonce, `nosniff`, a
 * Referrer-Policy, frame denial, and (for a page) no stack trace or source path in it.
 */
export function securityHeaderProblems(headers: Record<string, string>, html = '') {
	return [
		/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/.test(headers['content-security-policy'] ?? '')
			? ''
			: 'no CSP with a nonce',
		headers['x-content-type-options'] === 'nosniff' ? '' : 'no nosniff',
		headers['referrer-policy'] ? '' : 'no Referrer-Policy',
		headers['x-frame-options'] === 'DENY' ? '' : 'no X-Frame-Options',
		/\n\s+at [\w.<>]+ \(|node_modules|\.tsx?:\d+/.test(html) ? 'a stack trace or source path in the page' : '',
	].filter(Boolean)
}

/**
 * What a page lacks of privacy: a survivor's page (by the same test the server uses) lacks any part of the survivor
 * treatment, and any other page shown to someone signed in lacks `Cache-Control: no-store`, so Back after signing
 * out, or the next person at a shared computer, would see it again.
 */
export function privacyProblems(
	address: string,
	answer: { status: number; headers: Record<string, string>; body: string },
	signedIn: boolean,
) {
	const pathname = new URL(address, 'http://atlas.invalid').pathname
	if (isSurvivorPath(pathname)) return survivorProblems(answer, address)
	return signedIn && !/(^|,)\s*no-store\s*(,|$)/.test(answer.headers['cache-control'] ?? '')
		? [`Cache-Control "${answer.headers['cache-control'] ?? ''}" on a page shown signed in`]
		: []
}
