import { type Language } from '#app/platform/i18n.ts'

/** One page of the site map, with the same page in its other languages. */
export type SitemapPage = {
	language: Language
	path: string
	lastModified?: string
	alternates: { language: Language; path: string }[]
}

function escapeXml(value: string) {
	return value.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The sitemaps.org document, with hreflang alternates so each reader lands in their own language. */
export function sitemapXml(origin: string, pages: SitemapPage[]) {
	const address = (language: Language, path: string) => escapeXml(`${origin}/${language}${path}`)
	const entries = pages.map((page) =>
		[
			'<url>',
			`<loc>${address(page.language, page.path)}</loc>`,
			page.lastModified ? `<lastmod>${escapeXml(page.lastModified)}</lastmod>` : '',
			...page.alternates.map(
				(alternate) =>
					`<xhtml:link rel="alternate" hreflang="${alternate.language}" href="${address(alternate.language, alternate.path)}"/>`,
			),
			'</url>',
		].join(''),
	)
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		'',
	].join('\n')
}
