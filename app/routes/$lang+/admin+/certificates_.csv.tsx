import { type LoaderFunctionArgs } from '@remix-run/node'
import { overseenCertificates, parseOversightFilters } from '#app/modules/certificates/oversight.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { csvResponse, toCsv } from '#app/platform/csv.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'

/** The filtered list of members' certificates as CSV, with headings in the reader's language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'certificates:oversee')
	const listed = overseenCertificates(user, parseOversightFilters(new URL(request.url).searchParams), { all: true })
	if (!listed.ok) throw refusedPage(listed)
	const { t } = serverI18n(language)
	const heading = (key: string) => t(key, { ns: 'certificates' })
	const rows = listed.certificates.map((row) => [
		row.holderName,
		row.country,
		row.courseTitle,
		row.issuedAt.slice(0, 10),
		row.expiresAt?.slice(0, 10) ?? '',
		heading(`status.${row.status}`),
		row.code,
	])
	const header = [
		heading('fields.holder'),
		heading('admin.country'),
		heading('fields.course'),
		heading('fields.issued'),
		heading('fields.expires'),
		heading('fields.status'),
		heading('fields.code'),
	]
	return csvResponse(toCsv([header, ...rows]), 'certificates.csv')
}
