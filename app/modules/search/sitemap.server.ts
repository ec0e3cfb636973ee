import { asc, eq } from 'drizzle-orm'
import { getDb, type Db } from '#app/db/client.server.ts'
import { searchEntries } from '#app/db/schema/index.ts'
import { groupBy } from '#app/platform/collections.ts'
import { elementIds } from '#app/modules/laws/vocabulary.ts'
import { languages } from '#app/platform/i18n.ts'
import { type SitemapPage } from './sitemap.ts'

/** The sections every language has; their pages list what is published there. */
const sectionPaths = [
	'',
	'/courses',
	'/library',
	'/laws',
	'/laws/agreements',
	'/events',
	'/events/calendar',
	'/forums',
	'/network',
	'/network/partnerships',
	'/campaigns',
	'/news',
	'/indicators',
	'/indicators/review',
	...elementIds.map((id) => `/laws/elements/${id}`),
	'/programmes',
	'/support',
	'/search',
	'/browse-safely',
	'/verify',
]

/**
 * Every page anyone may read without signing in: the sections, and each public item in
 * each of its languages. It is read from the search entries, which hold exactly the
 * published, listed items with their tier, so nothing restricted or withdrawn can appear.
 */
export function publicPages(db: Db = getDb()): SitemapPage[] {
	const sections = sectionPaths.flatMap((path) =>
		languages.map((language) => ({
			language,
			path,
			alternates: languages.map((other) => ({ language: other, path })),
		})),
	)
	const rows = db
		.select({
			itemKey: searchEntries.itemKey,
			language: searchEntries.language,
			path: searchEntries.path,
			publishedOn: searchEntries.publishedOn,
		})
		.from(searchEntries)
		.where(eq(searchEntries.tier, 'public'))
		.orderBy(asc(searchEntries.itemKey), asc(searchEntries.language))
		.all()
	const byItem = groupBy(rows, (row) => row.itemKey)
	const items = rows.map((row) => ({
		language: row.language,
		path: row.path,
		lastModified: row.publishedOn,
		alternates: (byItem.get(row.itemKey) ?? []).map((other) => ({ language: other.language, path: other.path })),
	}))
	return [...sections, ...items]
}
