import { type LoaderFunctionArgs } from '@remix-run/node'
import { cohortCsv } from '#app/modules/courses/cohorts.server.ts'
import { csvResponse } from '#app/platform/csv.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { requireCohortProgress } from './__cohorts.server.ts'

/** The cohort's progress as CSV, with headings in the reader's language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { language, progress } = await requireCohortProgress(request, params)
	const { t } = serverI18n(language)
	const heading = (key: string) => t(key, { ns: ['teach', 'courses'] })
	const csv = cohortCsv(progress, {
		name: heading('cohorts.participant'),
		organisation: heading('cohorts.organisation'),
		country: heading('cohorts.country'),
		progress: heading('course.progress'),
		lastActivity: heading('cohorts.lastActivity'),
		completed: heading('cohorts.completedAt'),
	})
	return csvResponse(csv, `cohort-${progress.cohort.id}.csv`)
}
