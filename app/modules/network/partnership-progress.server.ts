import { and, eq } from 'drizzle-orm'
import { type Db, writeTransaction } from '#app/db/client.server.ts'
import { commitmentResults, partnershipCommitments, partnershipPartners } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { checkReportDay } from './partnership.ts'
import { indexPartnership } from './partnership-search.server.ts'
import { findPartnership } from './partnerships.server.ts'

export type ProgressRefusal =
	'forbidden' | 'not-found' | 'not-a-partner' | 'unknown-commitment' | 'invalid-day' | 'report-in-future'

/**
 * The partnership and the partner an action is for. Each partner's admins speak only for their own organisation
 * (platform admins for any): asking for another partner is refused before anything is read about it.
 */
function partnerOf(tx: Db, actor: Actor, slug: string, organisationId: string) {
	const partnership = findPartnership(slug, tx)
	if (!partnership) return refuse('not-found')
	if (!can(actor, 'network:edit', { organisationId })) return refuse('forbidden')
	const partner = tx
		.select()
		.from(partnershipPartners)
		.where(
			and(
				eq(partnershipPartners.partnershipId, partnership.id),
				eq(partnershipPartners.organisationId, organisationId),
			),
		)
		.get()
	if (!partner) return refuse('not-a-partner', { field: 'organisationId' })
	return done({ partnership, partner })
}

export type CommitmentInput = { organisationId: string; text: string; language: Language; dueOn: string | null }

/** A partner's commitment ("train 200 recruitment agents"), recorded by that partner's admins. */
export function recordCommitment(
	actor: Actor,
	slug: string,
	input: CommitmentInput,
	now: Date,
): Outcome<ProgressRefusal> {
	if (input.dueOn !== null && !isCalendarDay(input.dueOn)) return refuse('invalid-day', { field: 'dueOn' })
	return writeTransaction((tx) => {
		const found = partnerOf(tx, actor, slug, input.organisationId)
		if (!found.ok) return found
		tx.insert(partnershipCommitments)
			.values({ ...input, partnershipId: found.partnership.id, createdBy: actor.id, createdAt: now })
			.run()
		indexPartnership(tx, found.partnership.id)
		return done()
	})
}

export type ResultInput = { commitmentId: string; reportedOn: string; text: string; language: Language; met: boolean }

/** Progress against a commitment, reported by the admins of the partner that made it; "met" stays once said. */
export function reportResult(
	actor: Actor,
	slug: string,
	input: ResultInput,
	today: string,
	now: Date,
): Outcome<ProgressRefusal> {
	const day = checkReportDay(input.reportedOn, today)
	if (!day.ok) return day
	return writeTransaction((tx) => {
		const partnership = findPartnership(slug, tx)
		if (!partnership) return refuse('not-found')
		const commitment = tx
			.select()
			.from(partnershipCommitments)
			.where(
				and(
					eq(partnershipCommitments.id, input.commitmentId),
					eq(partnershipCommitments.partnershipId, partnership.id),
				),
			)
			.get()
		if (!commitment) return refuse('unknown-commitment', { field: 'commitmentId' })
		if (!can(actor, 'network:edit', { organisationId: commitment.organisationId })) return refuse('forbidden')
		const { commitmentId, met, ...result } = input
		tx.insert(commitmentResults)
			.values({ ...result, commitmentId, reportedBy: actor.id, createdAt: now })
			.run()
		if (met && !commitment.met)
			tx.update(partnershipCommitments).set({ met: true }).where(eq(partnershipCommitments.id, commitmentId)).run()
		indexPartnership(tx, partnership.id)
		return done()
	})
}

/**
 * A partner agrees to the public page, or withdraws: withdrawing makes the page members-only at once, since the
 * search entries, and so the site map and signed-out search, change in the same transaction.
 */
export function setAgreement(
	actor: Actor,
	slug: string,
	organisationId: string,
	agrees: boolean,
	now: Date,
): Outcome<ProgressRefusal> {
	return writeTransaction((tx) => {
		const found = partnerOf(tx, actor, slug, organisationId)
		if (!found.ok) return found
		tx.update(partnershipPartners)
			.set({ agreesToPublish: agrees, agreedAt: agrees ? now : null, agreedBy: agrees ? actor.id : null })
			.where(
				and(
					eq(partnershipPartners.partnershipId, found.partnership.id),
					eq(partnershipPartners.organisationId, organisationId),
				),
			)
			.run()
		indexPartnership(tx, found.partnership.id)
		recordAudit(
			{
				event: 'partnership-agreement',
				actorUserId: actor.id,
				organisationId,
				details: { partnership: slug, agrees },
			},
			tx,
		)
		return done()
	})
}
