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
