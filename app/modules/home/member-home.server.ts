import { type AccountUser } from '#app/modules/accounts/users.server.ts'
import { pendingApplicantCount } from '#app/modules/accounts/vetting.server.ts'
import { certificatesExpiringSoon } from '#app/modules/certificates/expiring.server.ts'
import { coursesInProgress } from '#app/modules/courses/learner.server.ts'
import { reviewsWaitingCount } from '#app/modules/library/review.server.ts'
import { openRequestCount } from '#app/modules/programmes/open-requests.server.ts'
import { can } from '#app/platform/permissions.ts'

/** Each list on the home page shows this many; the pages it links to show them all. */
const shown = 5
/** Work waiting is counted up to here and shown as "99+" beyond: a number past it changes nothing one does next. */
export const waitingCountCap = 100

export type WaitingWork = { kind: 'reviews' | 'requests' | 'applicants'; count: number; path: string }

/**
 * What waits for this member, by what their roles let them do: each kind with its count and the page that lists it.
 * A member whose roles judge nothing gets no list at all (rather than empty ones).
 */
function waitingWork(user: AccountUser): WaitingWork[] {
	const work: WaitingWork[] = []
	if (can(user, 'library:review')) {
		work.push({ kind: 'reviews', count: reviewsWaitingCount(user, waitingCountCap), path: '/library/submissions' })
	}
	if (can(user, 'programmes:manage', { organisationId: user.organisationId })) {
		const count = openRequestCount(user, user.organisationId, waitingCountCap)
		work.push({ kind: 'requests', count, path: '/provider/inbox' })
	}
	if (can(user, 'members:vet')) {
		work.push({ kind: 'applicants', count: pendingApplicantCount(user, waitingCountCap), path: '/admin/members' })
	}
	return work
}

/**
 * A signed-in member's home page: the courses they are taking with where to resume, their certificates that expire
 * within the renewal window, and the work waiting for them. Each part is its own area's query, indexed and limited,
 * so the page costs the same with 100,000 members as with ten.
 */
export function memberHome(user: AccountUser, now = new Date()) {
	return {
		name: user.name,
		courses: coursesInProgress(user.id, shown),
		certificates: certificatesExpiringSoon(user.id, shown, now),
		waiting: waitingWork(user),
	}
}
