import { and, eq, inArray, notInArray } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { organisations, partnershipCommitments, partnershipPartners, partnerships } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can, hasRole } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { checkPeriod, type PartnershipInput } from './partnership.ts'
import { indexPartnership } from './partnership-search.server.ts'
import { findPartnership, mayEditPartnership, partnerIdsOf, type PartnershipRow } from './partnerships.server.ts'
import { approvedCount } from './store.server.ts'
import { maxPartners } from './vocabulary.ts'

export type PartnershipRefusal =
	| 'forbidden'
	| 'not-found'
	| 'invalid-day'
	| 'ends-before-start'
	| 'unknown-organisation'
	| 'too-many-partners'
	| 'keep-own-organisation'
	| 'no-partners'
	| 'removal-needs-confirm'

/** A partnership by its address for someone who may change it: 404 when there is none, 403 when not theirs. */
export function editablePartnership(actor: Actor, slug: string, db: Db = getDb()) {
	const partnership = findPartnership(slug, db)
	if (!partnership) return refuse('not-found')
	if (!mayEditPartnership(actor, partnership.id, db)) return refuse('forbidden')
	return done({ partnership })
}

function uniqueSlug(tx: Db, title: string) {
	const base = (slugWords(title) || 'partnership').slice(0, 70)
	for (let attempt = 1; ; attempt += 1) {
		const slug = attempt === 1 ? base : `${base}-${attempt}`
		if (!findPartnership(slug, tx)) return slug
	}
}

/**
 * Which organisations the partnership will have. A new one made by an organisation admin always includes their
 * organisation, and they may not drop it, or the partnership would slip out of their hands. A platform admin records
 * partnerships for others: their own organisation takes part only when chosen.
 */
function checkPartners(tx: Db, actor: Actor, input: PartnershipInput, creating: boolean) {
	const own = creating && !hasRole(actor, 'platform_admin') ? [actor.organisationId] : []
	const chosen = [...new Set([...own, ...input.partnerIds])]
	if (!chosen.length) return refuse('no-partners', { field: 'partnerIds' })
	if (chosen.length > maxPartners) return refuse('too-many-partners', { field: 'partnerIds' })
	if (approvedCount(chosen, tx) !== chosen.length) return refuse('unknown-organisation', { field: 'partnerIds' })
	if (!hasRole(actor, 'platform_admin') && !chosen.includes(actor.organisationId))
		return refuse('keep-own-organisation', { field: 'partnerIds' })
	return done({ partnerIds: chosen })
}

/**
 * Partners dropped in an edit lose their commitments (and results) with them: the form must say it was meant.
 * The refusal names them, so the person knows whose record would go.
 */
function checkRemovals(tx: Db, partnership: PartnershipRow, keep: string[], confirmed: boolean) {
	const leaving = partnerIdsOf(partnership.id, tx).filter((id) => !keep.includes(id))
	if (!leaving.length || confirmed) return done({ leaving })
	const withCommitments = tx
		.selectDistinct({ name: organisations.name })
		.from(partnershipCommitments)
		.innerJoin(organisations, eq(organisations.id, partnershipCommitments.organisationId))
		.where(
			and(
				eq(partnershipCommitments.partnershipId, partnership.id),
				inArray(partnershipCommitments.organisationId, leaving),
			),
		)
		.all()
	if (!withCommitments.length) return done({ leaving })
	const partners = new URLSearchParams({ partners: withCommitments.map((row) => row.name).join(', ') })
	return refuse('removal-needs-confirm', {
		field: 'confirmRemoval',
		messages: [`partnerships:errors.removal-needs-confirm?${partners}`],
	})
}

/**
 * Creates a partnership (`existingSlug` null) or saves a change to one. A partner added is not yet agreeing to
 * publish, so a public page goes back to members until it agrees; the others keep their word.
 */
export function savePartnership(
	actor: Actor,
	input: PartnershipInput,
	existingSlug: string | null,
	now: Date,
): Outcome<PartnershipRefusal, { slug: string }> {
	const period = checkPeriod(input)
	if (!period.ok) return period
	return writeTransaction((tx) => {
		const existing = existingSlug === null ? undefined : findPartnership(existingSlug, tx)
		if (existingSlug !== null && !existing) return refuse('not-found')
		if (existing ? !mayEditPartnership(actor, existing.id, tx) : !can(actor, 'network:edit')) return refuse('forbidden')
		const partners = checkPartners(tx, actor, input, !existing)
		if (!partners.ok) return partners
		const removals = existing
			? checkRemovals(tx, existing, partners.partnerIds, input.confirmRemoval)
			: done({ leaving: [] })
		if (!removals.ok) return removals
		const values = {
			texts: input.texts,
			sourceLanguage: input.sourceLanguage,
			countries: [...new Set(input.countries)],
			startsOn: input.startsOn,
			endsOn: input.endsOn,
			status: input.status,
			updatedAt: now,
		}
		const title = input.texts[input.sourceLanguage]?.title ?? ''
		const saved = existing
			? tx.update(partnerships).set(values).where(eq(partnerships.id, existing.id)).returning().get()
			: tx
					.insert(partnerships)
					.values({ ...values, slug: uniqueSlug(tx, title), createdBy: actor.id, createdAt: now })
					.returning()
					.get()
		if (removals.leaving.length) {
			const leaving = and(
				eq(partnershipCommitments.partnershipId, saved.id),
				inArray(partnershipCommitments.organisationId, removals.leaving),
			)
			tx.delete(partnershipCommitments).where(leaving).run()
			tx.delete(partnershipPartners)
				.where(
					and(
						eq(partnershipPartners.partnershipId, saved.id),
						notInArray(partnershipPartners.organisationId, partners.partnerIds),
					),
				)
				.run()
		}
		tx.insert(partnershipPartners)
			.values(partners.partnerIds.map((organisationId) => ({ partnershipId: saved.id, organisationId })))
			.onConflictDoNothing()
			.run()
		indexPartnership(tx, saved.id)
		recordAudit(
			{
				event: 'partnership-saved',
				actorUserId: actor.id,
				organisationId: actor.organisationId,
				details: { partnership: saved.slug, created: !existing, partnersRemoved: removals.leaving.length },
			},
			tx,
		)
		return done({ slug: saved.slug })
	})
}

/** A saved partnership as its form shows it. */
export function partnershipFormValues(partnership: PartnershipRow, partnerIds: string[]) {
	const values: Record<string, string | string[]> = {
		sourceLanguage: partnership.sourceLanguage,
		countries: partnership.countries,
		startsOn: partnership.startsOn,
		endsOn: partnership.endsOn ?? '',
		status: partnership.status,
		partnerIds,
	}
	for (const [language, text] of Object.entries(partnership.texts)) {
		values[`title.${language}`] = text.title
		values[`goal.${language}`] = text.goal
	}
	return values
}
