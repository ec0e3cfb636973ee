import { and, asc, eq, inArray } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { organisations, userRoles, users } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can, hasRole } from '#app/platform/permissions.ts'
import { sendAccountEmail } from './emails.server.ts'

/** Applicants the actor may vet: everyone for a platform admin, their own organisation's for an organisation admin. */
export function listPendingApplicants(actor: Actor) {
	const scope = hasRole(actor, 'platform_admin')
		? eq(users.status, 'pending')
		: and(eq(users.status, 'pending'), eq(users.organisationId, actor.organisationId))
	return getDb()
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			country: users.country,
			requestedRole: users.requestedRole,
			emailConfirmed: users.emailConfirmedAt,
			createdAt: users.createdAt,
			organisationId: organisations.id,
			organisationName: organisations.name,
			organisationStatus: organisations.status,
		})
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(scope)
		.orderBy(asc(users.createdAt))
		.limit(200)
		.all()
		.map((row) => ({ ...row, emailConfirmed: row.emailConfirmed !== null }))
}

/**
 * How many applicants wait for this admin to vet them, counted up to `upTo`: their own organisation's, or every
 * organisation's for a platform admin. Both read `users_org_status_idx`: a platform admin's count goes through it
 * organisation by organisation (`in`), so no count scans the whole users table.
 */
export function pendingApplicantCount(actor: Actor, upTo: number) {
	if (!can(actor, 'members:vet')) return 0
	const db = getDb()
	const scope = hasRole(actor, 'platform_admin')
		? inArray(users.organisationId, db.select({ id: organisations.id }).from(organisations))
		: eq(users.organisationId, actor.organisationId)
	return db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.status, 'pending'), scope))
		.limit(upTo)
		.all().length
}

export type VettingDecision = 'approve' | 'refuse'
/** `forbidden` also answers an applicant who does not exist, so an admin cannot probe other organisations' ids. */
export type VettingRefusal = 'forbidden' | 'application-decided' | 'organisation-pending'

/** Approves (granting the role they asked for) or refuses an applicant, then tells them by email. */
export async function decideApplication(
	actor: Actor,
	applicantId: string,
	decision: VettingDecision,
): Promise<Outcome<VettingRefusal>> {
	const outcome = writeTransaction((tx) => {
		const applicant = tx
			.select({ user: users, organisationStatus: organisations.status })
			.from(users)
			.innerJoin(organisations, eq(organisations.id, users.organisationId))
			.where(eq(users.id, applicantId))
			.get()
		if (!applicant || !can(actor, 'members:vet', { organisationId: applicant.user.organisationId })) {
			return refuse('forbidden')
		}
		if (applicant.user.status !== 'pending') return refuse('application-decided')
		if (decision === 'approve' && applicant.organisationStatus !== 'approved') {
			return refuse('organisation-pending')
		}
		tx.update(users)
			.set({
				status: decision === 'approve' ? 'active' : 'refused',
				decidedAt: new Date(),
				decidedBy: actor.id,
			})
			.where(eq(users.id, applicantId))
			.run()
		if (decision === 'approve') {
			tx.insert(userRoles)
				.values({ userId: applicantId, role: applicant.user.requestedRole })
				.onConflictDoNothing()
				.run()
		}
		recordAudit(
			{
				event: decision === 'approve' ? 'member-approved' : 'member-refused',
				actorUserId: actor.id,
				subjectUserId: applicantId,
				organisationId: applicant.user.organisationId,
				details: decision === 'approve' ? { role: applicant.user.requestedRole } : {},
			},
			tx,
		)
		return done({ user: applicant.user })
	})
	if (!outcome.ok) return outcome
	const { user } = outcome
	await sendAccountEmail(
		user,
		decision === 'approve'
			? { kind: 'application-approved', link: `/${user.locale}/sign-in` }
			: { kind: 'application-refused' },
	)
	return done()
}
