import { and, asc, desc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { lawProposals, users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { applyChanges, diffFrameworks, type FieldChange, sameValue } from './changes.ts'
import { type ElementEntry, type Framework, type Instrument, type ProtocolStatusEntry } from './framework.ts'
import { findFramework, publishFramework } from './store.server.ts'
import { type ElementId } from './vocabulary.ts'

/** What one form sends: the parts of the framework it shows, as the expert left them. */
export type FrameworkEdit = {
	instruments?: Instrument[]
	protocol?: ProtocolStatusEntry
	elements?: Partial<Record<ElementId, ElementEntry | null>>
}

type ProposalRefusal =
	'forbidden' | 'not-found' | 'no-change' | 'citation-needed' | 'unknown-instrument' | 'instrument-cited'

const today = (now: Date) => now.toISOString().slice(0, 10)

/** The edited element as it will be kept: a changed value or citation is true "as of" today unless the expert said when. */
function settledEntry(before: ElementEntry | undefined, after: ElementEntry | null, now: Date) {
	if (!after) return null
	const changed = !before || before.value !== after.value || !sameValue(before.citation, after.citation)
	const asOf = changed && before && after.asOf === before.asOf ? today(now) : after.asOf
	// A form edits the translation in its reader's language; others stay while the quoted words do.
	const quote =
		after.quote && before?.quote?.text === after.quote.text
			? { ...after.quote, unofficial: { ...before.quote.unofficial, ...after.quote.unofficial } }
			: after.quote
	// Who approved the value stays until the approval of this change names the new reviewer.
	return { ...after, quote, asOf, reviewedBy: before?.reviewedBy ?? null, reviewedOn: before?.reviewedOn ?? null }
}

function edited(framework: Framework, edit: FrameworkEdit, now: Date): Framework {
	const elements = { ...framework.elements }
	for (const [id, entry] of Object.entries(edit.elements ?? {}) as [ElementId, ElementEntry | null][]) {
		const settled = settledEntry(framework.elements[id], entry, now)
		if (settled && !sameValue(settled, framework.elements[id])) elements[id] = settled
		else if (!settled) delete elements[id]
	}
	return {
		instruments: edit.instruments ?? framework.instruments,
		protocol: edit.protocol ?? framework.protocol,
		elements,
	}
}

/** Every recorded value must say where the law says so, in an instrument the framework lists. */
function citationProblem(framework: Framework, changes: FieldChange[]) {
	const instruments = new Set(framework.instruments.map((instrument) => instrument.id))
	for (const change of changes) {
		if (!change.field.startsWith('elements.')) continue
		const entry = change.to as ElementEntry | null
		if (!entry || entry.value === 'unknown') continue
		const id = change.field.slice('elements.'.length)
		if (!entry.citation) return refuse('citation-needed', { field: `${id}.instrument` })
		if (!instruments.has(entry.citation.instrument)) return refuse('unknown-instrument', { field: `${id}.instrument` })
	}
	if (changes.some((change) => change.field === 'instruments')) {
		const cited = Object.values(framework.elements).find(
			(entry) => entry?.citation && !instruments.has(entry.citation.instrument),
		)
		if (cited) return refuse('instrument-cited', { field: 'instruments' })
	}
	return null
}

/**
 * A legal expert's change to a country's framework: kept as a proposal that is not public until a
 * second legal expert approves it. Only the parts that differ are kept, each with what it held before.
 */
export function proposeChange(
	actor: Actor,
	country: string,
	edit: FrameworkEdit,
	note: string,
	now = new Date(),
): Outcome<ProposalRefusal, { id: string }> {
	if (!can(actor, 'laws:edit')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const current = findFramework(country, tx)
		if (!current) return refuse('not-found')
		const next = edited(current.framework, edit, now)
		const changes = diffFrameworks(current.framework, next)
		if (!changes.length) return refuse('no-change')
		const problem = citationProblem(next, changes)
		if (problem) return problem
		const { id } = tx
			.insert(lawProposals)
			.values({ country, baseNumber: current.revisionNumber, changes, note, authorId: actor.id, createdAt: now })
			.returning({ id: lawProposals.id })
			.get()
		return done({ id })
	})
}

export type DecisionOutcome = Outcome<'forbidden' | 'not-found' | 'own-change' | 'decided' | 'stale'>

function stamped(changes: FieldChange[], reviewerId: string, now: Date): FieldChange[] {
	return changes.map((change) =>
		change.field.startsWith('elements.') && change.to
			? { ...change, to: { ...(change.to as ElementEntry), reviewedBy: reviewerId, reviewedOn: today(now) } }
			: change,
	)
}

/**
 * A second legal expert approves or returns a proposal. Nobody approves their own change, and a
 * proposal whose parts someone else changed since it was written is refused as stale: the author
 * proposes again from what is public now.
 */
export function decideProposal(
	actor: Actor,
	proposalId: string,
	decision: { approve: true } | { approve: false; comment: string },
	now = new Date(),
): DecisionOutcome {
	if (!can(actor, 'laws:edit')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const proposal = tx.select().from(lawProposals).where(eq(lawProposals.id, proposalId)).get()
		if (!proposal) return refuse('not-found')
		if (proposal.state !== 'pending') return refuse('decided')
		if (proposal.authorId === actor.id) return refuse('own-change')
		const settle = (state: 'approved' | 'returned', comment: string | null) =>
			tx
				.update(lawProposals)
				.set({ state, reviewerId: actor.id, comment, decidedAt: now })
				.where(eq(lawProposals.id, proposalId))
				.run()
		if (!decision.approve) {
			settle('returned', decision.comment)
			recordAudit({ event: 'law-change-returned', actorUserId: actor.id, details: { country: proposal.country } }, tx)
			return done()
		}
		const current = findFramework(proposal.country, tx)
		if (!current) return refuse('not-found')
		// The approval stamps who reviewed each value; what each part held before is what the author saw.
		const changes = stamped(proposal.changes, actor.id, now)
		const approved = applyChanges(current.framework, changes)
		if (!approved.ok) return refuse('stale')
		publishFramework(
			tx,
			proposal.country,
			{
				framework: approved.framework,
				changes,
				note: proposal.note,
				authorId: proposal.authorId,
				reviewerId: actor.id,
			},
			now,
		)
		settle('approved', null)
		recordAudit(
			{
				event: 'law-change-approved',
				actorUserId: actor.id,
				subjectUserId: proposal.authorId,
				details: { country: proposal.country, fields: changes.length },
			},
			tx,
		)
		return done()
	})
}

/** The author takes back a change nobody has decided on yet. */
export function withdrawProposal(actor: Actor, proposalId: string, now = new Date()): DecisionOutcome {
	return writeTransaction((tx) => {
		const proposal = tx.select().from(lawProposals).where(eq(lawProposals.id, proposalId)).get()
		if (!proposal || proposal.authorId !== actor.id) return refuse('not-found')
		if (proposal.state !== 'pending') return refuse('decided')
		tx.update(lawProposals).set({ state: 'withdrawn', decidedAt: now }).where(eq(lawProposals.id, proposalId)).run()
		return done()
	})
}

const authors = alias(users, 'authors')
const reviewers = alias(users, 'reviewers')
const proposalColumns = {
	id: lawProposals.id,
	country: lawProposals.country,
	changes: lawProposals.changes,
	note: lawProposals.note,
	state: lawProposals.state,
	authorId: lawProposals.authorId,
	author: authors.name,
	reviewer: reviewers.name,
	comment: lawProposals.comment,
	createdAt: lawProposals.createdAt,
	decidedAt: lawProposals.decidedAt,
}

function proposalsQuery(db: Db) {
	return db
		.select(proposalColumns)
		.from(lawProposals)
		.leftJoin(authors, eq(authors.id, lawProposals.authorId))
		.leftJoin(reviewers, eq(reviewers.id, lawProposals.reviewerId))
}

/** What waits for a second legal expert, oldest first; the reader's own changes are marked, not hidden. */
export function waitingProposals(actor: Actor, db: Db = getDb()) {
	if (!can(actor, 'laws:edit')) return []
	return proposalsQuery(db)
		.where(eq(lawProposals.state, 'pending'))
		.orderBy(asc(lawProposals.createdAt))
		.limit(200)
		.all()
}

/** A legal expert's own recent changes and how each was decided. */
export function myProposals(actor: Actor, db: Db = getDb()) {
	return proposalsQuery(db)
		.where(eq(lawProposals.authorId, actor.id))
		.orderBy(desc(lawProposals.createdAt))
		.limit(50)
		.all()
}

export function findProposal(actor: Actor, proposalId: string, db: Db = getDb()) {
	if (!can(actor, 'laws:edit')) return null
	return proposalsQuery(db).where(eq(lawProposals.id, proposalId)).get() ?? null
}

/** Changes to this country waiting for review, for the notice on its page. */
export function pendingFor(country: string, db: Db = getDb()) {
	return db
		.select({ id: lawProposals.id })
		.from(lawProposals)
		.where(and(eq(lawProposals.country, country), eq(lawProposals.state, 'pending')))
		.all().length
}
