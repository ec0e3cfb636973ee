import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { libraryDocuments, libraryReviews } from '#app/db/schema/index.ts'
import { compileAndKeep } from '#app/platform/mdx/build-store.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type MdxRefusal } from '#app/platform/mdx/problems.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { mayRead } from './access.ts'
import { maxAttachments } from './attachment-types.ts'
import { type LibraryDocument, libraryDocumentSchema } from './document.ts'
import { type DocumentRow, findDocument, guardingTier } from './store.server.ts'
import { type ProtocolStatus } from './vocabulary.ts'

/** The facts of a document, the same in every language. */
export type DocumentFacts = Pick<
	LibraryDocument,
	'type' | 'tier' | 'topics' | 'countries' | 'regions' | 'audience' | 'publishedOn' | 'sources'
> & {
	protocolVersion?: number
	protocolStatus?: ProtocolStatus
}

export type DocumentTextInput = { title: string; summary: string; body: string; changelog?: string }

export type DraftRefusalReason = 'forbidden' | 'not-found' | 'stale' | 'locked' | 'tier' | 'too-many'
export type DraftOutcome = Outcome<DraftRefusalReason> | MdxRefusal

/**
 * Who may change a draft: its author while it is not waiting for review, and editors
 * who may read its tier. An editor never sees, let alone edits, a tier above their own.
 */
export function mayEditDocument(actor: Actor, row: DocumentRow, db: Db = getDb()) {
	if (!mayRead(actor, guardingTier(row, db))) return false
	return row.authorId === actor.id || can(actor, 'library:review')
}

/** Adds someone to the people who shaped this draft (and so may not review it). */
const withEditor = (row: DocumentRow, actor: Actor) =>
	row.draftEditors.includes(actor.id) ? row.draftEditors : [...row.draftEditors, actor.id]

function withFacts(document: LibraryDocument, facts: DocumentFacts): LibraryDocument {
	const { protocolVersion, protocolStatus, ...rest } = facts
	const protocol =
		facts.type === 'protocol'
			? {
					version: protocolVersion ?? 1,
					status: protocolStatus ?? 'draft',
					// A new version starts a new changelog; the last one described the version before.
					changelog:
						document.protocol && document.protocol.version === (protocolVersion ?? 1)
							? document.protocol.changelog
							: {},
				}
			: undefined
	return { ...document, ...rest, protocol }
}

function withText(
	document: LibraryDocument,
	language: Language,
	text: DocumentTextInput,
	build: string,
): LibraryDocument {
	const { changelog, ...words } = text
	const protocol =
		document.protocol && changelog !== undefined
			? { ...document.protocol, changelog: { ...document.protocol.changelog, [language]: changelog } }
			: document.protocol
	return { ...document, texts: { ...document.texts, [language]: { ...words, build } }, protocol }
}

/**
 * A submitted document's address: its title's words and a random tail, always, so whether an
 * address is taken never tells a member that a restricted document with that title exists.
 */
function newSlug(title: string) {
	return `${slugWords(title).slice(0, 50).replace(/-+$/, '') || 'document'}-${crypto.randomUUID().slice(0, 8)}`
}

/** A vetted member starts a document: its facts and its text in the language they write in. It waits as a draft. */
export async function startDocument(
	actor: Actor,
	facts: DocumentFacts,
	language: Language,
	text: DocumentTextInput,
	now = new Date(),
): Promise<Outcome<'forbidden' | 'tier', { id: string }> | MdxRefusal> {
	if (!can(actor, 'library:submit')) return refuse('forbidden')
	if (!mayRead(actor, facts.tier)) return refuse('tier')
	const compiled = await compileAndKeep(text.body, [])
	if (!compiled.ok) return compiled
	// The facts and the text fill in the rest; the schema checks the whole before it is kept.
	const skeleton = {
		sourceLanguage: language,
		texts: {},
		attachments: [],
	} as Partial<LibraryDocument> as LibraryDocument
	const document = libraryDocumentSchema.parse(withText(withFacts(skeleton, facts), language, text, compiled.hash))
	return writeTransaction((tx) => {
		const row = tx
			.insert(libraryDocuments)
			.values({
				slug: newSlug(text.title),
				organisationId: actor.organisationId,
				authorId: actor.id,
				draft: document,
				draftEditors: [actor.id],
				state: 'draft',
				createdAt: now,
				updatedAt: now,
			})
			.returning({ id: libraryDocuments.id })
			.get()
		return done({ id: row.id })
	})
}

/**
 * Applies one change to a draft in one transaction, refusing a save made from a stale
 * page and any change while the draft waits for review. Editing a published document
 * starts a new draft; readers keep the published revision until an editor publishes.
 */
function editDraft(
	actor: Actor,
	documentId: string,
	change: (document: LibraryDocument) => LibraryDocument,
	expectedVersion?: number,
	now = new Date(),
): DraftOutcome {
	return writeTransaction((tx) => {
		const row = findDocument(documentId, tx)
		if (!row) return refuse('not-found')
		if (!mayEditDocument(actor, row, tx)) return refuse('forbidden')
		if (row.state === 'submitted') return refuse('locked')
		if (expectedVersion !== undefined && expectedVersion !== row.draftVersion) return refuse('stale')
		const changed = change(row.draft)
		if (changed.attachments.length > maxAttachments) return refuse('too-many')
		const draft = libraryDocumentSchema.parse(changed)
		if (!mayRead(actor, draft.tier)) return refuse('tier')
		tx.update(libraryDocuments)
			.set({
				draft,
				draftVersion: row.draftVersion + 1,
				draftEditors: withEditor(row, actor),
				state: row.state === 'published' ? 'draft' : row.state,
				updatedAt: now,
			})
			.where(eq(libraryDocuments.id, documentId))
			.run()
		return done()
	})
}

export function saveDocumentFacts(actor: Actor, documentId: string, facts: DocumentFacts, expectedVersion?: number) {
	return editDraft(actor, documentId, (document) => withFacts(document, facts), expectedVersion)
}

export async function saveDocumentText(
	actor: Actor,
	documentId: string,
	language: Language,
	text: DocumentTextInput,
	expectedVersion?: number,
): Promise<DraftOutcome> {
	const compiled = await compileAndKeep(text.body, [])
	if (!compiled.ok) return compiled
	return editDraft(actor, documentId, (document) => withText(document, language, text, compiled.hash), expectedVersion)
}

export function changeAttachments(
	actor: Actor,
	documentId: string,
	change: (attachments: LibraryDocument['attachments']) => LibraryDocument['attachments'],
) {
	return editDraft(actor, documentId, (document) => ({ ...document, attachments: change(document.attachments) }))
}

/** The author (or an editor) sends the draft for review; nobody can change it until an editor decides. */
export function submitForReview(
	actor: Actor,
	documentId: string,
	expectedVersion?: number,
	now = new Date(),
): DraftOutcome {
	return writeTransaction((tx) => {
		const row = findDocument(documentId, tx)
		if (!row) return refuse('not-found')
		if (!mayEditDocument(actor, row, tx)) return refuse('forbidden')
		if (row.state === 'submitted' || row.state === 'published') return refuse('locked')
		// What is sent is what the sender saw: a draft someone changed since is refused.
		if (expectedVersion !== undefined && expectedVersion !== row.draftVersion) return refuse('stale')
		tx.update(libraryDocuments)
			.set({ state: 'submitted', draftEditors: withEditor(row, actor), updatedAt: now })
			.where(eq(libraryDocuments.id, documentId))
			.run()
		tx.insert(libraryReviews).values({ documentId, action: 'submitted', userId: actor.id, createdAt: now }).run()
		return done()
	})
}
