import { getEnv } from '#app/platform/env.server.ts'

/** Crawlers may read every public page; the site map lists them. */
export async function loader() {
	const text = ['User-agent: *', 'Disallow: /credentials/', `Sitemap: ${getEnv().PUBLIC_URL}/sitemap.xml`, ''].join('\n')
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
