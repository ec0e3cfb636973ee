import { type LoaderFunctionArgs } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { registrantsCsv } from '#app/modules/events/attendance.server.ts'
import { csvResponse } from '#app/platform/csv.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'

/** Everyone registered and waiting, with their answers, for the organisers' spreadsheet, headed in their language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	const t = serverI18n(language).getFixedT(language, 'events')
	const result = registrantsCsv(user, params.slug ?? '', {
		headings: {
			name: t('registrants.name'),
			email: t('registrants.email'),
			organisation: t('registrants.organisation'),
			country: t('registrants.country'),
			status: t('registrants.status'),
			attended: t('registrants.attended'),
		},
		questionLabel: (question) => (question.standard ? t(`questions.${question.id}.label`) : question.label),
		statusLabel: (status) => t(`registrants.statuses.${status}`),
		attendedLabel: (attended) => t(`registrants.attendance.${attended === null ? 'unknown' : attended ? 'yes' : 'no'}`),
	})
	if (!result.ok) throw refusedPage(result)
	return csvResponse(result.csv, `atlas-event-${result.slug}-registrants.csv`)
}
