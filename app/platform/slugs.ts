/** The addresses of listings and courses: lower-case letters, digits and hyphens. */
export const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/

export function isSlug(value: string) {
	return slugPattern.test(value)
}

/** A title's words as they go into an address: accents dropped, anything else a hyphen, at most 60 characters. */
export function slugWords(title: string) {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '')
}
