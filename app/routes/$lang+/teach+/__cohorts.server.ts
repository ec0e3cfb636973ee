import { type Params } from '@remix-run/react'
import { cohortProgress } from '#app/modules/courses/cohorts.server.ts'
import { forbidden, requireUser } from '#app/platform/auth.server.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'

/** A cohort's progress, for its trainers and the course's co-authors; everyone else is refused. */
export async function requireCohortProgress(request: Request, params: Params) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const progress = cohortProgress(user, params.cohortId ?? '', language)
	if (progress === 'not-found') throw notFound()
	if (progress === 'forbidden') throw forbidden()
	return { language, progress }
}
