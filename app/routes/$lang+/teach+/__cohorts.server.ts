import { type Params } from '@remix-run/react'
import { cohortProgress } from '#app/modules/courses/cohorts.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'

/** A cohort's progress, for its trainers and the course's co-authors; everyone else is refused. */
export async function requireCohortProgress(request: Request, params: Params) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const progress = cohortProgress(user, params.cohortId ?? '', language)
	if (!progress.ok) throw refusalReply(progress, { namespace: 'courses' })
	return { language, progress }
}
