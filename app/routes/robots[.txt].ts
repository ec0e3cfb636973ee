import { getEnv } from '#app/platform/env.server.ts'

/**
 * Crawlers may read every public page; the site map lists them. Certificate verification pages
 * name their holder, so they are kept out of search engines (they also answer `X-Robots-Tag: noindex`).
 */
export async function loader() {
	const text = [
		'User-agent: *',
		'Disallow: /credentials/',
		'Disallow: /*/verify/',
		`Sitemap: ${getEnv().PUBLIC_URL}/sitemap.xml`,
		'',
	].join('\n')
	return new Response(text, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
	})
}
