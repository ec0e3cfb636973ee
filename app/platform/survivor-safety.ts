import { isLanguage } from './i18n.ts'

/**
 * The parts of Atlas that survivors browse. Their pages follow DESIGN principle 1:
 * no cookie read or set, nothing logged, `Cache-Control: no-store`,
 * `Referrer-Policy: no-referrer`, no JavaScript bundle, a quick exit on every page.
 * This list is the one place that decides which pages those are.
 */
export const survivorAreas = ['programmes', 'support', 'browse-safely'] as const

/** Never a real host: only the path of an address read against it matters. */
const placeholderOrigin = 'http://atlas.invalid'

function decoded(segment: string) {
	try {
		return decodeURIComponent(segment)
	} catch {
		// Remix keeps a segment it cannot decode as it is, and so does this.
		return segment
	}
}

/**
 * A path's segments as Remix matches them, made comparable: read by the URL parser as Remix's request does
 * (dot segments resolved, `\` taken for `/`), percent-escapes decoded, case folded (routes match without regard
 * to case), and empty segments dropped (a doubled or trailing slash). Decoding can leave a `/` inside a segment
 * (from `%2F`): it is split on, and a bare `.` or `..` that leaves is dropped, since a browser would resolve it
 * away. Remix matches no route with such a segment among the first two, so this only ever makes more paths count
 * as a survivor's, never fewer.
 */
function comparableSegments(pathname: string) {
	const { pathname: parsed } = new URL(`${placeholderOrigin}${pathname.startsWith('/') ? '' : '/'}${pathname}`)
	return parsed
		.split('/')
		.map(decoded)
		.join('/')
		.split('/')
		.filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
		.map((segment) => segment.toLowerCase())
}

/**
 * The one spelling of a survivor's page, when `pathname` is any spelling of one (`/EN//Programmes/`,
 * `/en/%70rogrammes`, `/en\support`...); null for every other page. The same segments decide the answer wherever it
 * is asked (the Express app, the root loader, the error log), so no spelling is a survivor's page in one place and
 * not in another. The canonical form is lower case (languages, areas and slugs all are), each segment
 * percent-encoded once, without empty segments: asking again of it answers itself.
 */
export function canonicalSurvivorPath(pathname: string) {
	const segments = comparableSegments(pathname)
	const [language, area] = segments
	if (!isLanguage(language) || !(survivorAreas as readonly string[]).includes(area ?? '')) return null
	return `/${segments.map(encodeURIComponent).join('/')}`
}

export function isSurvivorPath(pathname: string) {
	return canonicalSurvivorPath(pathname) !== null
}
