/** Uploaded media are addressed by the sha256 of their bytes, never by an outside address. */
export const mediaIdPattern = /^media:([0-9a-f]{64})$/

// Segments must be non-empty, so `//host` (another origin) and `\` tricks cannot pass.
const relativeMediaPath = /^(?:\/|\.{1,2}\/)?(?:[\w.~-]+\/)*[\w.~-]+$/

const allowedLinkSchemes = new Set(['http', 'https', 'mailto'])

// Browsers drop these before reading a scheme, so `java\tscript:` or ` javascript:` still runs script.
const ignoredByBrowsers =
	/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g

/** Links may go to web pages, mail addresses or somewhere relative; every other scheme is refused. */
export function isSafeLinkUrl(url: string) {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(ignoredByBrowsers, ''))
	if (!scheme) return true
	return allowedLinkSchemes.has((scheme[1] ?? '').toLowerCase())
}

export function isMediaReference(src: string) {
	return mediaIdPattern.test(src) || relativeMediaPath.test(src)
}

/** Where the browser fetches a media reference; anything unrecognised resolves to nothing. */
export function defaultMediaUrl(src: string) {
	const id = mediaIdPattern.exec(src)?.[1]
	if (id) return `/media/${id}`
	return relativeMediaPath.test(src) ? src : ''
}
