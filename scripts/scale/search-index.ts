/**
 * The search index over the scale dataset, built on the built-in engine with the app's own indexing functions, as
 * `npm run search:reindex` does (rebuildSearchEntries), but a batch of items to a write transaction: the rebuild
 * holds every library revision in memory in one transaction, which a hundred thousand documents make gigabytes.
 */
import { writeTransaction, type Db } from '#app/db/client.server.ts'
import { type CourseDocument } from '#app/modules/courses/document.ts'
import { indexCourse } from '#app/modules/courses/search-entries.server.ts'
import { indexEvent } from '#app/modules/events/search-entries.server.ts'
import { indexThread } from '#app/modules/forums/search-entries.server.ts'
import { indexIndicators } from '#app/modules/indicators/search-entries.server.ts'
import { indexAgreement, indexFramework } from '#app/modules/laws/search-entries.server.ts'
import { type LibraryDocument } from '#app/modules/library/document.ts'
import { documentEntries } from '#app/modules/library/search-entries.ts'
import { indexProgramme } from '#app/modules/programmes/search-entries.server.ts'
import { replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { type Report } from '../bench/indicators-writers.ts'

type Kind = {
	name: string
	/** The items after a rowid (`@after`), `@limit` of them, with their rowid as `position`. */
	sql: string
	batch: number
	index: (tx: Db, row: Record<string, unknown>) => void
}

const rowsOf = (table: string, id = 'id') =>
	`SELECT rowid AS position, ${id} AS id FROM ${table} WHERE rowid > @after ORDER BY rowid LIMIT @limit`

/** Every kind of content Atlas searches that the dataset holds, indexed as publishing it indexes it. */
const kinds = (now: Date): Kind[] => [
	{
		name: 'library documents',
		sql: `SELECT d.rowid AS position, d.id, d.slug, r.document FROM library_documents d
			JOIN library_revisions r ON r.id = d.published_revision_id WHERE d.rowid > @after ORDER BY d.rowid LIMIT @limit`,
		batch: 2_000,
		index: (tx, row) =>
			replaceItemEntries(
				tx,
				`document:${row.id}`,
				documentEntries(row.slug as string, JSON.parse(row.document as string) as LibraryDocument),
			),
	},
	{
		name: 'courses',
		sql: `SELECT c.rowid AS position, c.id, r.document, r.created_at AS publishedAt FROM courses c
			JOIN course_revisions r ON r.id = c.published_revision_id WHERE c.rowid > @after ORDER BY c.rowid LIMIT @limit`,
		batch: 100,
		index: (tx, row) =>
			indexCourse(
				tx,
				row.id as string,
				JSON.parse(row.document as string) as CourseDocument,
				new Date(row.publishedAt as number),
			),
	},
	{ name: 'events', sql: rowsOf('events'), batch: 500, index: (tx, row) => indexEvent(tx, row.id as string) },
	{
		name: 'forum threads',
		sql: rowsOf('forum_threads'),
		batch: 1_000,
		index: (tx, row) => indexThread(tx, row.id as string),
	},
	{
		name: 'programmes',
		sql: rowsOf('programmes'),
		batch: 500,
		index: (tx, row) => indexProgramme(tx, row.id as string, now),
	},
	{
		name: 'laws',
		sql: rowsOf('law_frameworks', 'country'),
		batch: 100,
		index: (tx, row) => indexFramework(tx, row.id as string),
	},
	{
		name: 'agreements',
		sql: rowsOf('law_agreements'),
		batch: 500,
		index: (tx, row) => indexAgreement(tx, row.id as string),
	},
]

/** Indexes everything; answers how many items of each kind, and the seconds each kind took. */
export function buildSearchIndex(db: Db, now: Date, report: Report) {
	const items: Record<string, number> = {}
	const seconds: Record<string, number> = {}
	for (const kind of kinds(now)) {
		const started = performance.now()
		// Read a batch at a time: a statement may not run while its connection writes.
		const statement = db.$client.prepare(kind.sql)
		const total = db.$client
			.prepare(`SELECT count(*) FROM (${kind.sql})`)
			.pluck()
			.get({ after: 0, limit: -1 }) as number
		let done = 0
		let shownTenth = 0
		for (let after = 0; ;) {
			const rows = statement.all({ after, limit: kind.batch }) as Record<string, unknown>[]
			if (!rows.length) break
			after = rows.at(-1)!.position as number
			writeTransaction((tx) => rows.forEach((row) => kind.index(tx, row)))
			done += rows.length
			const tenth = Math.floor((done / total) * 10)
			if (tenth > shownTenth && done < total) {
				shownTenth = tenth
				report(`    ${kind.name}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`)
			}
		}
		items[kind.name] = done
		seconds[kind.name] = (performance.now() - started) / 1000
		report(`    ${kind.name}: ${done.toLocaleString('en')} in ${seconds[kind.name]!.toFixed(1)} s`)
	}
	items.indicators = indexIndicators(db)
	return { items, seconds }
}
