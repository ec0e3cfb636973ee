import { and, eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { userRoles, users } from '#app/db/schema/index.ts'
import { type Role } from '#app/platform/roles.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { endUserSessions } from '#app/platform/session.server.ts'

export type RoleChange = { userId: string; role: Role; grant: boolean }
export type RoleChangeRefusal = 'forbidden' | 'unknown-user' | 'own-admin-role'

export function changeRole(actor: Actor, change: RoleChange): Outcome<RoleChangeRefusal> {
	if (!can(actor, 'users:manage')) return refuse('forbidden')
	// An admin removing their own admin role could leave nobody able to fix it.
	if (!change.grant && change.userId === actor.id && change.role === 'platform_admin') {
		return refuse('own-admin-role')
	}
	return writeTransaction((tx) => {
		const user = tx.select({ id: users.id }).from(users).where(eq(users.id, change.userId)).get()
		if (!user) return refuse('unknown-user')
		const changed = change.grant
			? tx.insert(userRoles).values({ userId: change.userId, role: change.role }).onConflictDoNothing().run().changes
			: tx
					.delete(userRoles)
					.where(and(eq(userRoles.userId, change.userId), eq(userRoles.role, change.role)))
					.run().changes
		if (changed > 0) {
			recordAudit(
				{
					event: change.grant ? 'role-granted' : 'role-revoked',
					actorUserId: actor.id,
					subjectUserId: change.userId,
					details: { role: change.role },
				},
				tx,
			)
		}
		return done()
	})
}

/** A platform admin ends every session of another user (a lost laptop, a departure). */
export function endSessionsOf(actor: Actor, userId: string): Outcome<'forbidden', { ended: number }> {
	if (!can(actor, 'sessions:end-others')) return refuse('forbidden')
	const count = writeTransaction((tx) => {
		const ended = endUserSessions(userId, {}, tx)
		recordAudit(
			{ event: 'sessions-ended', actorUserId: actor.id, subjectUserId: userId, details: { count: ended } },
			tx,
		)
		return ended
	})
	return done({ ended: count })
}
