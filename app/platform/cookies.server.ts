/** The raw value of one cookie as the browser sent it, or null; callers decide how to read it. */
export function readCookie(request: Request, name: string) {
	for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
		const [key, ...value] = part.trim().split('=')
		if (key === name) return value.join('=')
	}
	return null
}

/** An HttpOnly, same-site cookie for the whole site; Secure whenever the request came over HTTPS. */
export function cookieHeader(request: Request, name: string, value: string, maxAgeSeconds: number) {
	return [
		`${name}=${value}`,
		'Path=/',
		'HttpOnly',
		'SameSite=Lax',
		`Max-Age=${maxAgeSeconds}`,
		...(new URL(request.url).protocol === 'https:' ? ['Secure'] : []),
	].join('; ')
}
