import { and, eq, lt, sql } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { organisations, programmes, programmeTexts, searchEntries } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { isLanguage } from '#app/platform/i18n.ts'
import { listedConditions } from './catalogue.server.ts'
import { oldestListedVerification } from './verification.ts'

/** What search knows of a listed programme, per language it is described in. Survivors' pages stay as they are. */
function programmeEntries(
	programme: typeof programmes.$inferSelect,
	texts: (typeof programmeTexts.$inferSelect)[],
): EntryInput[] {
	return texts
		.filter((text) => isLanguage(text.language))
		.map((text) => ({
			kind: 'programme' as const,
			path: `/programmes/${programme.slug}`,
			language: text.language as EntryInput['language'],
			title: text.title,
			summary: text.summary,
			body: [text.skills, text.eligibility, text.certification].join(' '),
			type: 'programme',
			topics: ['victim-support'],
			countries: [programme.country],
			tier: 'public' as const,
			publishedOn: programme.verifiedAt.toISOString().slice(0, 10),
		}))
}

/**
 * Puts a programme in the search index while it is listed (provider vetted, verified in the
 * last 12 months) and takes it out otherwise; call it in the transaction that changes it.
 */
export function indexProgramme(tx: Db, programmeId: string, now: Date) {
	const listed = tx
		.select({ programme: programmes })
		.from(programmes)
		.innerJoin(organisations, eq(organisations.id, programmes.organisationId))
		.where(and(eq(programmes.id, programmeId), ...listedConditions(programmes, now)))
		.get()
	const texts = listed ? tx.select().from(programmeTexts).where(eq(programmeTexts.programmeId, programmeId)).all() : []
	replaceItemEntries(tx, `programme:${programmeId}`, listed ? programmeEntries(listed.programme, texts) : [])
}

const sqlItemKey = sql`'programme:' || ${programmes.id}`

/** Takes out of search the programmes whose listing lapsed (not re-verified in 12 months); run with housekeeping. */
export function unindexLapsedProgrammes(tx: Db, now: Date) {
	const lapsed = tx
		.selectDistinct({ id: programmes.id })
		.from(programmes)
		.innerJoin(searchEntries, eq(searchEntries.itemKey, sqlItemKey))
		.where(lt(programmes.verifiedAt, oldestListedVerification(now)))
		.all()
	for (const { id } of lapsed) indexProgramme(tx, id, now)
	return lapsed.length
}
