import { type Role } from './roles.ts'

/** Who is asking. Built from the signed-in user by auth.server.ts. */
export type Actor = {
	id: string
	roles: readonly Role[]
	organisationId: string
}

/**
 * Every "may this user do this?" question in Atlas is answered here, so the rules can
 * be read in one place and tested without a server.
 */
export type Permission =
	| 'admin:enter'
	| 'members:vet'
	| 'organisations:vet'
	| 'users:manage'
	| 'sessions:end-others'
	| 'audit:read'
	| 'outbox:read'
	| 'programmes:manage'
	| 'courses:create'
	| 'courses:edit'
	| 'cohorts:follow'
	| 'certificates:revoke'
	| 'certificates:oversee'
	| 'library:submit'
	| 'library:review'
	| 'protocols:adopt'
	| 'laws:edit'
	| 'events:organise'
	| 'forums:moderate'
	| 'network:edit'
	| 'campaigns:run'
	| 'news:write'
	| 'news:review'
	| 'indicators:coordinate'
	| 'indicators:compare-own'

export type Target = {
	organisationId?: string | null
	/** A course's co-authors. */
	authorIds?: readonly string[]
	/** A cohort's trainers. */
	trainerIds?: readonly string[]
	/** An event's organising organisations. */
	organisationIds?: readonly string[]
}

/** Permissions that also need a session that passed the second factor. */
export const adminPermissions: readonly Permission[] = [
	'admin:enter',
	'members:vet',
	'organisations:vet',
	'users:manage',
	'sessions:end-others',
	'audit:read',
	'outbox:read',
	'certificates:revoke',
	'certificates:oversee',
]

export function hasRole(actor: Actor, role: Role) {
	return actor.roles.includes(role)
}

export function can(actor: Actor | null, permission: Permission, target: Target = {}): boolean {
	if (!actor) return false
	const platformAdmin = hasRole(actor, 'platform_admin')
	switch (permission) {
		case 'admin:enter':
			return platformAdmin || hasRole(actor, 'org_admin')
		case 'certificates:oversee':
		case 'members:vet':
			if (platformAdmin) return true
			if (!hasRole(actor, 'org_admin')) return false
			// Without a target this asks "may vet someone": the list is then scoped to their organisation.
			return target.organisationId === undefined || target.organisationId === actor.organisationId
		case 'programmes:manage':
			// Providers manage their own organisation's catalogue listings; platform admins any.
			if (platformAdmin) return true
			if (!hasRole(actor, 'programme_editor')) return false
			return target.organisationId === undefined || target.organisationId === actor.organisationId
		case 'library:submit':
			// Any vetted member: only active accounts ever become an actor.
			return true
		case 'library:review':
			// Editors: people whose work is judging practice. Tiers still limit what each one sees.
			return platformAdmin || hasRole(actor, 'trainer') || hasRole(actor, 'legal_expert') || hasRole(actor, 'org_admin')
		case 'protocols:adopt':
			// An organisation admin speaks for their own organisation only.
			if (platformAdmin) return true
			if (!hasRole(actor, 'org_admin')) return false
			return target.organisationId === undefined || target.organisationId === actor.organisationId
		case 'laws:edit':
			// Legal experts keep frameworks and agreements; a second one approves each framework change.
			return platformAdmin || hasRole(actor, 'legal_expert')
		case 'events:organise':
			// Trainers and organisation admins run their organisations' events; without a target: "may organise some".
			if (platformAdmin) return true
			if (!hasRole(actor, 'trainer') && !hasRole(actor, 'org_admin')) return false
			return target.organisationIds === undefined || target.organisationIds.includes(actor.organisationId)
		case 'network:edit':
		case 'campaigns:run':
		case 'news:write':
			// An organisation admin speaks for their organisation in the network: its profile, focal points,
			// partnerships, campaigns and stories. Without a target: "may for some". Several organisations (a
			// partnership's partners, a campaign's partners) mean "for any one of them".
			if (platformAdmin) return true
			if (!hasRole(actor, 'org_admin')) return false
			if (target.organisationIds !== undefined) return target.organisationIds.includes(actor.organisationId)
			return target.organisationId === undefined || target.organisationId === actor.organisationId
		case 'indicators:coordinate':
			// Coordinators see every count exactly, every organisation's part, and set the targets.
			return platformAdmin
		case 'indicators:compare-own':
			// An organisation admin sees their own organisation against the whole, never another's part.
			if (platformAdmin) return true
			if (!hasRole(actor, 'org_admin')) return false
			return target.organisationId === undefined || target.organisationId === actor.organisationId
		case 'news:review':
			// Stories go public under Atlas's name: moderators and platform admins review them, never their author.
			return platformAdmin || hasRole(actor, 'moderator')
		case 'forums:moderate':
			// Moderators keep the forums useful and safe; they see every tier's categories to do so.
			return platformAdmin || hasRole(actor, 'moderator')
		case 'courses:create':
			return platformAdmin || hasRole(actor, 'trainer')
		case 'courses:edit':
			// Only co-authors edit a course: that is what keeps a joint training joint. Without a target: "may edit some".
			if (platformAdmin) return true
			if (!hasRole(actor, 'trainer')) return false
			return target.authorIds === undefined || target.authorIds.includes(actor.id)
		case 'cohorts:follow':
			// A cohort's progress is for its trainers and the course's co-authors.
			if (platformAdmin) return true
			return Boolean(
				target.trainerIds?.includes(actor.id) || (hasRole(actor, 'trainer') && target.authorIds?.includes(actor.id)),
			)
		case 'organisations:vet':
		case 'users:manage':
		case 'sessions:end-others':
		case 'audit:read':
		case 'outbox:read':
		case 'certificates:revoke':
			return platformAdmin
	}
}
