import { and, count, desc, eq } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { organisations } from '#app/db/schema/index.ts'
import { type organisationStatuses } from './vocabulary.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'

/** The organisations an applicant in `country` can join: approved ones of that country. */
export function listApprovedOrganisations(country: string) {
	return getDb()
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.status, 'approved'), eq(organisations.country, country)))
		.orderBy(organisations.name)
		.all()
}

export const organisationsPageSize = 25

export function listOrganisations({
	page,
	status,
}: {
	page: number
	status: (typeof organisationStatuses)[number] | null
}) {
	const db = getDb()
	const where = status ? eq(organisations.status, status) : undefined
	const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0
	const rows = db
		.select()
		.from(organisations)
		.where(where)
		.orderBy(desc(organisations.createdAt), organisations.name)
		.limit(organisationsPageSize)
		.offset((page - 1) * organisationsPageSize)
		.all()
	return { total, organisations: rows }
}

export type OrganisationDecision = 'approve' | 'refuse'

/** A platform admin approves or refuses a proposed organisation, once: one no longer pending is refused. */
export function decideOrganisation(
	actor: Actor,
	organisationId: string,
	decision: OrganisationDecision,
): Outcome<'forbidden' | 'organisation-decided'> {
	if (!can(actor, 'organisations:vet')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const changed = tx
			.update(organisations)
			.set({ status: decision === 'approve' ? 'approved' : 'refused', decidedAt: new Date() })
			.where(and(eq(organisations.id, organisationId), eq(organisations.status, 'pending')))
			.run().changes
		if (changed === 0) return refuse('organisation-decided')
		recordAudit(
			{
				event: decision === 'approve' ? 'organisation-approved' : 'organisation-refused',
				actorUserId: actor.id,
				organisationId,
			},
			tx,
		)
		return done()
	})
}
