/** Plain text of MDX for the index: words only, no markup. */
export function plainText(mdx: string) {
	return mdx
		.replace(/<\/?[A-Z][^>]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^[#>\s]*|[*_`~]+/gm, '')
		.replace(/\s+/g, ' ')
		.trim()
}
