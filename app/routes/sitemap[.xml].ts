import { publicPages } from '#app/modules/search/sitemap.server.ts'
import { sitemapXml } from '#app/modules/search/sitemap.ts'
import { getEnv } from '#app/platform/env.server.ts'

/** The public pages for search engines and the accessibility crawl; never anything that needs signing in. */
export async function loader() {
	return new Response(sitemapXml(getEnv().PUBLIC_URL, publicPages()), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
	})
}
