import { and, asc, desc, eq, ne, or, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { libraryDocuments, libraryReviews, users } from '#app/db/schema/index.ts'
import { textIn } from '#app/modules/courses/translation.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor, can, hasRole } from '#app/platform/permissions.ts'
import { mayRead, readableTiers } from './access.ts'
import { type DocumentRow, findDocument, publishRevision } from './store.server.ts'

export type ReviewOutcome = { ok: true } | { ok: false; reason: 'forbidden' | 'not-found' | 'not-submitted' | 'own-document' }

/**
 * Editors judge what others submitted: an editor may not publish or return their own
 * document (platform admins excepted, who look after imported content), and never one
 * whose tier they may not read.
 */
export function mayReview(actor: Actor, row: DocumentRow) {
	return can(actor, 'library:review') && mayRead(actor, row.draft.tier)
}

function decide(actor: Actor, documentId: string, work: (tx: Db, row: DocumentRow) => void): ReviewOutcome {
	return writeTransaction((tx) => {
		const row = findDocument(documentId, tx)
		if (!row) return { ok: false, reason: 'not-found' }
		if (!mayReview(actor, row)) return { ok: false, reason: 'forbidden' }
		if (row.state !== 'submitted') return { ok: false, reason: 'not-submitted' }
		if (row.authorId === actor.id && !hasRole(actor, 'platform_admin')) return { ok: false, reason: 'own-document' }
		work(tx, row)
		return { ok: true }
	})
}

/** Publishes the submitted draft as the next revision; it is in search when the transaction ends. */
export function publishSubmission(actor: Actor, documentId: string, now = new Date()) {
	return decide(actor, documentId, (tx, row) => {
		publishRevision(tx, row, row.draft, { authorId: row.authorId, publishedBy: actor.id }, now)
		tx.insert(libraryReviews).values({ documentId, action: 'published', userId: actor.id, createdAt: now }).run()
	})
}

/** Sends the draft back to its author with a comment; the author edits and submits again. */
export function returnSubmission(actor: Actor, documentId: string, comment: string, now = new Date()) {
	return decide(actor, documentId, (tx) => {
		tx.update(libraryDocuments).set({ state: 'returned', updatedAt: now }).where(eq(libraryDocuments.id, documentId)).run()
		tx.insert(libraryReviews).values({ documentId, action: 'returned', userId: actor.id, comment, createdAt: now }).run()
	})
}

/** The conversation on one document, oldest first, with who said what. */
export function reviewHistory(documentId: string, db: Db = getDb()) {
	return db
		.select({ action: libraryReviews.action, comment: libraryReviews.comment, at: libraryReviews.createdAt, by: users.name })
		.from(libraryReviews)
		.innerJoin(users, eq(users.id, libraryReviews.userId))
		.where(eq(libraryReviews.documentId, documentId))
		.orderBy(asc(libraryReviews.createdAt))
		.all()
		.map((entry) => ({ ...entry, at: entry.at.toISOString() }))
}

function listed(rows: DocumentRow[], language: Language) {
	return rows.map((row) => {
		const { text, language: shownIn } = textIn(row.draft.texts, language, row.draft.sourceLanguage)
		return { id: row.id, slug: row.slug, title: text.title, shownIn, type: row.draft.type, tier: row.draft.tier, state: row.state, published: row.publishedRevisionId !== null, updatedAt: row.updatedAt.toISOString() }
	})
}

/** A member's own documents, whatever their state, newest change first. */
export function mySubmissions(actor: Actor, language: Language, db: Db = getDb()) {
	const rows = db.select().from(libraryDocuments).where(eq(libraryDocuments.authorId, actor.id)).orderBy(desc(libraryDocuments.updatedAt)).limit(200).all()
	return listed(rows, language)
}

const tierIn = (tiers: readonly string[]) => sql`json_extract(${libraryDocuments.draft}, '$.tier') in ${tiers}`

/** What waits for an editor: submitted documents of tiers they may read, not their own, oldest first. */
export function reviewQueue(actor: Actor, language: Language, db: Db = getDb()) {
	if (!can(actor, 'library:review')) return []
	const notMine = or(ne(libraryDocuments.authorId, actor.id), hasRole(actor, 'platform_admin') ? eq(libraryDocuments.state, 'submitted') : undefined)
	const rows = db
		.select()
		.from(libraryDocuments)
		.where(and(eq(libraryDocuments.state, 'submitted'), notMine, tierIn(readableTiers(actor))))
		.orderBy(asc(libraryDocuments.updatedAt))
		.limit(200)
		.all()
	return listed(rows, language)
}
