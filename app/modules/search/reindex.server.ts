import { and, isNotNull, isNull, lte, max, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	campaigns,
	courseRevisions,
	courses,
	events,
	focalPoints,
	forumThreads,
	lawAgreements,
	lawFrameworks,
	libraryDocuments,
	libraryRevisions,
	newsStories,
	organisationProfiles,
	partnerships,
	programmes,
	searchEntries,
	searchOutbox,
	searchWords,
} from '#app/db/schema/index.ts'
import { courseEntries } from '#app/modules/courses/search-entries.server.ts'
import { indexEvent } from '#app/modules/events/search-entries.server.ts'
import { indexCampaign } from '#app/modules/campaigns/search-entries.server.ts'
import { indexThread } from '#app/modules/forums/search-entries.server.ts'
import { indicators } from '#app/modules/indicators/framework.ts'
import { indexIndicator } from '#app/modules/indicators/search-entries.server.ts'
import { indexPartnership } from '#app/modules/network/partnership-search.server.ts'
import { indexFocalPoint, indexOrganisationProfile } from '#app/modules/network/search-entries.server.ts'
import { indexStory } from '#app/modules/news/search-entries.server.ts'
import { documentEntries } from '#app/modules/library/search-entries.ts'
import { indexAgreement, indexFramework } from '#app/modules/laws/search-entries.server.ts'
import { indexProgramme } from '#app/modules/programmes/search-entries.server.ts'
import { everyItem, noteChange, replaceItemEntries } from './entries.server.ts'
import { meiliClient, meiliDocument, meiliIndexName } from './meilisearch.server.ts'
import { applyMeiliSettings } from './outbox.server.ts'

/** Rebuilds the index tables from the published content, in one transaction. */
export function rebuildSearchEntries() {
	return writeTransaction((tx) => {
		tx.run(sql`insert into search_fts (search_fts) values ('delete-all')`)
		tx.run(sql`insert into search_heads (search_heads) values ('delete-all')`)
		tx.delete(searchEntries).run()
		tx.delete(searchWords).run()
		noteChange(tx, everyItem)
		let items = 0
		const revisionOf = <T extends { id: string }>(rows: T[], id: string | null) => rows.find((row) => row.id === id)
		const documentRevisions = tx.select().from(libraryRevisions).all()
		for (const row of tx.select().from(libraryDocuments).where(isNotNull(libraryDocuments.publishedRevisionId)).all()) {
			const revision = revisionOf(documentRevisions, row.publishedRevisionId)
			if (!revision) continue
			replaceItemEntries(tx, `document:${row.id}`, documentEntries(row.slug, revision.document))
			items++
		}
		const publishedCourses = tx.select().from(courseRevisions).all()
		for (const row of tx.select().from(courses).where(isNotNull(courses.publishedRevisionId)).all()) {
			const revision = revisionOf(publishedCourses, row.publishedRevisionId)
			if (!revision) continue
			replaceItemEntries(
				tx,
				`course:${row.id}`,
				courseEntries(row.slug, revision.document, revision.publishedAt.toISOString().slice(0, 10)),
			)
			items++
		}
		for (const { id } of tx.select({ id: programmes.id }).from(programmes).all()) {
			indexProgramme(tx, id, new Date())
			items++
		}
		for (const { country } of tx.select({ country: lawFrameworks.country }).from(lawFrameworks).all()) {
			indexFramework(tx, country)
			items++
		}
		for (const { id } of tx.select({ id: lawAgreements.id }).from(lawAgreements).all()) {
			indexAgreement(tx, id)
			items++
		}
		for (const { id } of tx.select({ id: events.id }).from(events).all()) {
			indexEvent(tx, id)
			items++
		}
		for (const { id } of tx.select({ id: forumThreads.id }).from(forumThreads).all()) {
			indexThread(tx, id)
			items++
		}
		// Each of these decides itself whether the item is listed (a members-only profile, a draft campaign, an
		// embargoed story have no entry).
		const now = new Date()
		const each = (ids: { id: string }[], index: (id: string) => void) => {
			for (const { id } of ids) index(id)
			items += ids.length
		}
		each(tx.select({ id: organisationProfiles.organisationId }).from(organisationProfiles).all(), (id) =>
			indexOrganisationProfile(tx, id),
		)
		each(tx.select({ id: focalPoints.id }).from(focalPoints).all(), (id) => indexFocalPoint(tx, id))
		each(tx.select({ id: partnerships.id }).from(partnerships).all(), (id) => indexPartnership(tx, id))
		each(tx.select({ id: campaigns.id }).from(campaigns).all(), (id) => indexCampaign(tx, id))
		each(tx.select({ id: newsStories.id }).from(newsStories).all(), (id) => indexStory(tx, id, now))
		for (const indicator of indicators) indexIndicator(tx, indicator)
		items += indicators.length
		// Changes committed up to here are in the rebuilt tables; later ones reach Meilisearch through the outbox as usual.
		const settledUpTo =
			tx
				.select({ id: max(searchOutbox.id) })
				.from(searchOutbox)
				.get()?.id ?? 0
		return { items, settledUpTo }
	})
}

/**
 * `npm run search:reindex`: rebuilds the index tables and, with Meilisearch, replaces
 * its documents with them; waiting outbox rows are then settled, since nothing is newer.
 */
export async function reindexSearch(db: Db = getDb()) {
	const { items, settledUpTo } = rebuildSearchEntries()
	const client = meiliClient('write')
	if (client) {
		await applyMeiliSettings(client)
		const index = client.index(meiliIndexName)
		await index.deleteAllDocuments().waitTask({ timeout: 60_000 })
		const entries = db.select().from(searchEntries).all().map(meiliDocument)
		for (let start = 0; start < entries.length; start += 500) {
			const task = await index
				.addDocuments(entries.slice(start, start + 500), { primaryKey: 'id' })
				.waitTask({ timeout: 60_000 })
			if (task.status !== 'succeeded') throw new Error(task.error?.message ?? `Meilisearch task ${task.status}`)
		}
		writeTransaction((tx) =>
			tx
				.update(searchOutbox)
				.set({ deliveredAt: new Date() })
				.where(and(isNull(searchOutbox.deliveredAt), lte(searchOutbox.id, settledUpTo)))
				.run(),
		)
	}
	return { items, engine: client ? 'meilisearch' : 'sqlite' }
}

/**
 * After an upgrade, content published before the index existed is not in it yet: on
 * start, an empty index over published content is rebuilt once.
 */
export function ensureSearchIndex(db: Db = getDb()) {
	const indexed = db.select({ id: searchEntries.id }).from(searchEntries).limit(1).get()
	if (indexed) return 0
	const published =
		db.select({ id: programmes.id }).from(programmes).limit(1).get() ??
		db.select({ id: courses.id }).from(courses).where(isNotNull(courses.publishedRevisionId)).limit(1).get() ??
		db
			.select({ id: libraryDocuments.id })
			.from(libraryDocuments)
			.where(isNotNull(libraryDocuments.publishedRevisionId))
			.limit(1)
			.get() ??
		db.select({ id: lawFrameworks.country }).from(lawFrameworks).limit(1).get()
	return published ? rebuildSearchEntries().items : 0
}
