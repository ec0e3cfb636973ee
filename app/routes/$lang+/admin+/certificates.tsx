import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	describeCertificate,
	findCertificate,
	revokeCertificate,
} from '#app/modules/certificates/certificates.server.ts'
import { revocationCategories } from '#app/modules/certificates/vocabulary.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import {
	oversightPageSize,
	overseenCertificates,
	overseenCourses,
	parseOversightFilters,
} from '#app/modules/certificates/oversight.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { FormMessage, InputField, SelectField, SubmitButton, TextAreaField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { Pagination } from '#app/ui/pagination.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CertificateFacts, StatusBadge } from '../certificates+/__certificate-parts.tsx'
import { revokeSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['certificates', 'courses'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	languageFromParams(params)
	const { user } = await requirePermission(request, 'certificates:oversee')
	const search = new URL(request.url).searchParams
	const filters = parseOversightFilters(search)
	const canRevoke = can(user, 'certificates:revoke')
	const code = canRevoke ? (search.get('code') ?? '') : ''
	const found = code ? findCertificate(code) : undefined
	const overseen = overseenCertificates(user, filters)
	if (!overseen.ok) throw refusedPage(overseen)
	return json({
		code,
		canRevoke,
		certificate: found ? describeCertificate(found) : null,
		// The administrator's note on a revocation: shown here only, never on a public page or list.
		revocationNote: found?.revokedReason ?? null,
		filters,
		search: search.toString(),
		pageSize: oversightPageSize,
		courses: overseenCourses(user),
		countries: countryOptions(languageFromParams(params)),
		total: overseen.total,
		certificates: overseen.certificates,
	})
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'certificates:revoke')
	const submission = parseSubmission(revokeSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const { code, category, reason } = submission.data
	const revoked = revokeCertificate(user, code, { category, note: reason })
	if (!revoked.ok)
		return refusalReply(revoked, { namespace: 'certificates', values: { code, category, reason: reason ?? '' } })
	return json({ success: true as const, values: {} })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'admin.title', 'certificates')

/**
 * Organisation admins follow their members' certificates (expiring, expired, by course or
 * country) and export them; platform admins see everyone's and can revoke one with a
 * published category and a note for administrators, both kept in the audit log.
 */
export default function AdminCertificates() {
	const { t } = useTranslation('certificates')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const { code, certificate, canRevoke, filters } = data
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<>
			<h1>{t('admin.title')}</h1>
			<Form method="GET" className="filters" aria-labelledby="oversight-filters">
				<h2 id="oversight-filters">{t('admin.filters')}</h2>
				<InputField
					name="expiringWithin"
					label={t('admin.expiringWithin')}
					inputMode="numeric"
					defaultValue={filters.expiringWithin ? String(filters.expiringWithin) : ''}
				/>
				<div className="check">
					<input type="checkbox" id="filter-expired" name="expired" defaultChecked={filters.expired} />
					<label htmlFor="filter-expired">{t('admin.expired')}</label>
				</div>
				<SelectField
					name="course"
					label={t('fields.course')}
					placeholder={t('admin.anyCourse')}
					options={data.courses.map((course) => ({ value: course.id, label: course.title }))}
					defaultValue={filters.courseId}
				/>
				<SelectField
					name="country"
					label={t('admin.country')}
					placeholder={t('admin.anyCountry')}
					options={data.countries}
					defaultValue={filters.country}
				/>
				<SubmitButton className="button button--secondary">{t('admin.show')}</SubmitButton>
			</Form>
			<p>
				<a href={href(`/admin/certificates/csv?${data.search}`)} download>
					{t('admin.exportCsv')}
				</a>
			</p>
			<DataTable
				caption={t('admin.caption', { total: data.total })}
				headings={[
					t('fields.holder'),
					t('admin.country'),
					t('fields.course'),
					t('fields.expires'),
					t('fields.status'),
					t('fields.code'),
				]}
				rows={data.certificates}
				rowKey={(row) => row.code}
				empty={t('admin.empty')}
				cells={(row) => [
					<td key="holder">{row.holderName}</td>,
					<td key="country">{format.country(row.country)}</td>,
					<td key="course">{row.courseTitle}</td>,
					<td key="expires">{row.expiresAt ? <DateTime value={row.expiresAt} dateOnly /> : t('fields.noExpiry')}</td>,
					<td key="status">
						<StatusBadge status={row.status} />
					</td>,
					<td key="code">
						{canRevoke ? (
							<a href={href(`/admin/certificates?code=${row.code}`)}>{row.code}</a>
						) : (
							<code>{row.code}</code>
						)}
					</td>,
				]}
			/>
			<Pagination page={filters.page} pageSize={data.pageSize} total={data.total} />
			{canRevoke ? (
				<Form method="GET" className="inline-form">
					<InputField name="code" label={t('admin.findByCode')} defaultValue={code} />
					<SubmitButton className="button button--secondary">{t('admin.find')}</SubmitButton>
				</Form>
			) : null}
			{actionData?.success ? <FormMessage tone="success">{t('admin.revokedNow')}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => tc(key)).join(' ')}</FormMessage> : null}
			{code && !certificate ? <p>{t('verify.notFound')}</p> : null}
			{certificate ? (
				<section aria-labelledby="found-heading" className="panel">
					<h2 id="found-heading">{certificate.certificateName}</h2>
					<CertificateFacts certificate={certificate} revocationNote={data.revocationNote} />
					{certificate.status === 'revoked' ? null : (
						<Form method="POST" className="stack">
							<input type="hidden" name="code" value={certificate.code} />
							<SelectField
								name="category"
								label={t('admin.category')}
								hint={t('admin.categoryHint')}
								placeholder={t('admin.chooseCategory')}
								options={revocationCategories.map((category) => ({
									value: category,
									label: t(`revocation.${category}`),
								}))}
								errors={errors.category}
								required
							/>
							<TextAreaField
								name="reason"
								label={t('admin.reason')}
								hint={t('admin.reasonHint')}
								errors={errors.reason}
								rows={3}
							/>
							<SubmitButton>{t('admin.revoke')}</SubmitButton>
						</Form>
					)}
				</section>
			) : null}
		</>
	)
}
