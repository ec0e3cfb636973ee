import { type LoaderFunctionArgs } from '@remix-run/node'
import { newsFeed } from '#app/modules/news/pages.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'

/**
 * `/{lang}/news.atom`: the language's Atom feed of public stories. The same for everyone (no cookie is read or
 * set), so caches may keep it a minute: never long enough to matter for a withdrawn story.
 */
export async function loader({ params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	return new Response(newsFeed(language, new Date()), {
		headers: {
			'Content-Type': 'application/atom+xml; charset=utf-8',
			'Cache-Control': 'public, max-age=60',
		},
	})
}
