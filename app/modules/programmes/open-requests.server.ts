import { and, eq } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { interestRequests, programmes } from '#app/db/schema/index.ts'
import { type Actor, can } from '#app/platform/permissions.ts'

/**
 * How many "I'm interested" requests wait, open, in an organisation's inbox, counted up to `upTo`; nothing about
 * them but the number. Read through `programmes_organisation_idx` and `interest_requests_programme_idx`.
 */
export function openRequestCount(actor: Actor, organisationId: string, upTo: number, db: Db = getDb()) {
	if (!can(actor, 'programmes:manage', { organisationId })) return 0
	return db
		.select({ id: interestRequests.id })
		.from(programmes)
		.innerJoin(
			interestRequests,
			and(eq(interestRequests.programmeId, programmes.id), eq(interestRequests.status, 'open')),
		)
		.where(eq(programmes.organisationId, organisationId))
		.limit(upTo)
		.all().length
}
