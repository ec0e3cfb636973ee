import { and, asc, desc, eq, isNull, ne, or, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { libraryDocuments, libraryReviews, libraryRevisions, users } from '#app/db/schema/index.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { mayRead, readableTiers } from './access.ts'
import { type DraftOutcome, mayEditDocument, submitForReview } from './drafts.server.ts'
import { schedulePublicationNotice } from './publication-notice.server.ts'
import { type DocumentRow, findDocument, guardingTier, publishRevision } from './store.server.ts'

export type ReviewOutcome = Outcome<'forbidden' | 'not-found' | 'not-submitted' | 'own-document' | 'stale'>

/** Editors who may read the draft's guarding tier (the stricter of its own and the published one). */
export function mayReview(actor: Actor, row: DocumentRow, db: Db = getDb()) {
	return can(actor, 'library:review') && mayRead(actor, guardingTier(row, db))
}

/**
 * Whether this is someone else's work to judge: nobody, platform admins included, reviews a
 * document they wrote, changed or submitted since it was last published. (Imported samples
 * have no author, so any editor may review a change someone else made to one.)
 */
export function isOwnWork(actor: Actor, row: DocumentRow) {
	return row.authorId === actor.id || row.draftEditors.includes(actor.id)
}

/**
 * A draft and what someone may do with it now, as its page offers it. Someone who may neither
 * edit nor review it is told it is not found, so a restricted draft's existence is not given
 * away. The actions check the same rules again.
 */
export function draftFor(
	actor: Actor,
	documentId: string,
	db: Db = getDb(),
): Outcome<'not-found', { row: DocumentRow; mayEdit: boolean; maySubmit: boolean; mayDecide: boolean }> {
	const row = findDocument(documentId, db)
	if (!row) return refuse('not-found')
	const editor = mayEditDocument(actor, row, db)
	const reviewer = mayReview(actor, row, db)
	if (!editor && !reviewer) return refuse('not-found')
	return done({
		row,
		mayEdit: editor && row.state !== 'submitted',
		maySubmit: editor && (row.state === 'draft' || row.state === 'returned'),
		mayDecide: reviewer && row.state === 'submitted' && !isOwnWork(actor, row),
	})
}

/**
 * A decision is taken on the version the editor read: `expectedVersion` comes from their
 * page, and a draft changed since (returned, edited, resubmitted) is refused as stale.
 */
function decide(
	actor: Actor,
	documentId: string,
	expectedVersion: number | undefined,
	work: (tx: Db, row: DocumentRow) => void,
): ReviewOutcome {
	return writeTransaction((tx) => {
		const row = findDocument(documentId, tx)
		if (!row) return refuse('not-found')
		if (!mayReview(actor, row, tx)) return refuse('forbidden')
		if (row.state !== 'submitted') return refuse('not-submitted')
		if (isOwnWork(actor, row)) return refuse('own-document')
		if (expectedVersion !== undefined && expectedVersion !== row.draftVersion) return refuse('stale')
		work(tx, row)
		return done()
	})
}

/** Publishes the submitted draft as the next revision; it is in search when the transaction ends. */
export function publishSubmission(actor: Actor, documentId: string, expectedVersion?: number, now = new Date()) {
	return decide(actor, documentId, expectedVersion, (tx, row) => {
		// The revision's author is whoever sent this version for review.
		const submitter =
			tx
				.select({ userId: libraryReviews.userId })
				.from(libraryReviews)
				.where(and(eq(libraryReviews.documentId, documentId), eq(libraryReviews.action, 'submitted')))
				.orderBy(desc(libraryReviews.createdAt), desc(sql`rowid`))
				.get()?.userId ?? row.authorId
		const revision = publishRevision(tx, row, row.draft, { authorId: submitter, publishedBy: actor.id }, now)
		tx.insert(libraryReviews).values({ documentId, action: 'published', userId: actor.id, createdAt: now }).run()
		// Queued with the publication itself, so the author hears of it exactly when it happened.
		if (submitter) schedulePublicationNotice(tx, { revisionId: revision.id, documentId, authorId: submitter }, now)
	})
}

/** Sends the draft back to its author with a comment; the author edits and submits again. */
export function returnSubmission(
	actor: Actor,
	documentId: string,
	comment: string,
	expectedVersion?: number,
	now = new Date(),
) {
	return decide(actor, documentId, expectedVersion, (tx) => {
		tx.update(libraryDocuments)
			.set({ state: 'returned', updatedAt: now })
			.where(eq(libraryDocuments.id, documentId))
			.run()
		tx.insert(libraryReviews)
			.values({ documentId, action: 'returned', userId: actor.id, comment, createdAt: now })
			.run()
	})
}

export type ReviewStep = { intent: 'submit' } | { intent: 'publish' } | { intent: 'return'; comment: string }

/**
 * Sending a draft for review, publishing it or returning it, from its page. Each acts on the
 * version the person read: a request that does not say which version is refused as stale
 * rather than acting on whatever the draft holds now.
 */
export function takeReviewStep(
	actor: Actor,
	documentId: string,
	step: ReviewStep,
	expectedVersion: number | undefined,
): DraftOutcome | ReviewOutcome {
	if (expectedVersion === undefined) return refuse('stale')
	if (step.intent === 'submit') return submitForReview(actor, documentId, expectedVersion)
	if (step.intent === 'publish') return publishSubmission(actor, documentId, expectedVersion)
	return returnSubmission(actor, documentId, step.comment, expectedVersion)
}

/** The conversation on one document, oldest first, with who said what. */
export function reviewHistory(documentId: string, db: Db = getDb()) {
	return db
		.select({
			action: libraryReviews.action,
			comment: libraryReviews.comment,
			at: libraryReviews.createdAt,
			by: users.name,
		})
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
		return {
			id: row.id,
			slug: row.slug,
			title: text.title,
			shownIn,
			type: row.draft.type,
			tier: row.draft.tier,
			state: row.state,
			published: row.publishedRevisionId !== null,
			updatedAt: row.updatedAt.toISOString(),
		}
	})
}

/** A member's own documents, whatever their state, newest change first; not those since raised above their tier. */
export function mySubmissions(actor: Actor, language: Language, db: Db = getDb()) {
	const rows = db
		.select({ document: libraryDocuments })
		.from(libraryDocuments)
		.leftJoin(libraryRevisions, eq(libraryRevisions.id, libraryDocuments.publishedRevisionId))
		.where(and(eq(libraryDocuments.authorId, actor.id), readableBy(readableTiers(actor))))
		.orderBy(desc(libraryDocuments.updatedAt))
		.limit(200)
		.all()
	return listed(
		rows.map((row) => row.document),
		language,
	)
}

/** Drafts whose guarding tier (their own and their published revision's) the reader may read; needs the revision joined. */
const readableBy = (tiers: readonly string[]) =>
	and(
		sql`json_extract(${libraryDocuments.draft}, '$.tier') in ${tiers}`,
		or(isNull(libraryRevisions.tier), sql`${libraryRevisions.tier} in ${tiers}`),
	)

/**
 * How many documents wait for this editor (the review queue's rule: submitted, readable, not their own work),
 * counted up to `upTo`. Found through `library_documents_state`, so only submitted documents are read.
 */
export function reviewsWaitingCount(actor: Actor, upTo: number, db: Db = getDb()) {
	if (!can(actor, 'library:review')) return 0
	return db
		.select({ id: libraryDocuments.id })
		.from(libraryDocuments)
		.leftJoin(libraryRevisions, eq(libraryRevisions.id, libraryDocuments.publishedRevisionId))
		.where(
			and(
				eq(libraryDocuments.state, 'submitted'),
				readableBy(readableTiers(actor)),
				or(isNull(libraryDocuments.authorId), ne(libraryDocuments.authorId, actor.id)),
				sql`not exists (select 1 from json_each(${libraryDocuments.draftEditors}) where value = ${actor.id})`,
			),
		)
		.limit(upTo)
		.all().length
}

/** What waits for an editor: submitted documents they may read and did not shape, oldest first. */
export function reviewQueue(actor: Actor, language: Language, db: Db = getDb()) {
	if (!can(actor, 'library:review')) return []
	const rows = db
		.select({ document: libraryDocuments })
		.from(libraryDocuments)
		.leftJoin(libraryRevisions, eq(libraryRevisions.id, libraryDocuments.publishedRevisionId))
		.where(and(eq(libraryDocuments.state, 'submitted'), readableBy(readableTiers(actor))))
		.orderBy(asc(libraryDocuments.updatedAt))
		.limit(200)
		.all()
		.map((row) => row.document)
	return listed(
		rows.filter((row) => !isOwnWork(actor, row)),
		language,
	)
}
