import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { organisationStatuses } from '#app/modules/accounts/vocabulary.ts'
import {
	decideOrganisation,
	listOrganisations,
	organisationsPageSize,
} from '#app/modules/accounts/organisations.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { countryName } from '#app/platform/format.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, SelectField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { organisationDecisionSchema } from './__forms.server.ts'
import { DecisionForm } from './__decision-form.tsx'
import { DataTable } from '#app/ui/data-table.tsx'
import { Pagination } from '#app/ui/pagination.tsx'

export const handle: StringsHandle = { i18n: ['admin'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	await requirePermission(request, 'organisations:vet')
	const url = new URL(request.url)
	const statusParam = url.searchParams.get('status')
	const status = organisationStatuses.find((value) => value === statusParam) ?? null
	const page = pageNumber(url.searchParams.get('page'))
	const { total, organisations } = listOrganisations({ page, status })
	return json({
		page,
		pageSize: organisationsPageSize,
		total,
		status,
		organisations: organisations.map((organisation) => ({
			id: organisation.id,
			name: organisation.name,
			countryName: countryName(organisation.country, language),
			type: organisation.type,
			status: organisation.status,
			isSample: organisation.isSample,
		})),
	})
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'organisations:vet')
	const submission = parseSubmission(organisationDecisionSchema, await request.formData())
	// Its fields are hidden: a form that does not parse was not typed by anyone, so it gets one message.
	if (!submission.success) return formFailure({ fieldErrors: { form: ['admin:errors.invalid'] } })
	const decided = decideOrganisation(user, submission.data.organisationId, submission.data.decision)
	if (!decided.ok) return refusalReply(decided, { namespace: 'admin', status: 409 })
	return json({
		success: true as const,
		outcome: submission.data.decision === 'approve' ? ('approved' as const) : ('refused' as const),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'organisations.title', 'admin')

export default function Organisations() {
	const { t } = useTranslation('admin')
	const { organisations, page, pageSize, total, status } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<>
			<h1>{t('organisations.title')}</h1>
			{actionData?.success ? (
				<FormMessage tone="success">{t(`organisations.outcome.${actionData.outcome}`)}</FormMessage>
			) : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
			<Form method="GET" className="filters">
				<SelectField
					name="status"
					label={t('organisations.filterStatus')}
					options={organisationStatuses.map((value) => ({ value, label: t(`organisations.status.${value}`) }))}
					placeholder={t('organisations.allStatuses')}
					defaultValue={status ?? ''}
				/>
				<button type="submit" className="button button--secondary">
					{t('filter', { ns: 'common' })}
				</button>
			</Form>
			<DataTable
				caption={t('organisations.caption', { count: total })}
				headings={[
					t('organisations.name'),
					t('organisations.country'),
					t('organisations.type'),
					t('organisations.statusHeading'),
					t('organisations.actions'),
				]}
				rows={organisations}
				rowKey={(organisation) => organisation.id}
				cells={(organisation) => (
					<>
						<td>
							{organisation.name}
							{organisation.isSample ? <span className="badge">{t('organisations.sample')}</span> : null}
						</td>
						<td>{organisation.countryName}</td>
						<td>{t(`organisationTypes.${organisation.type}`, { ns: 'common' })}</td>
						<td>{t(`organisations.status.${organisation.status}`)}</td>
						<td>
							{organisation.status === 'pending' ? (
								<DecisionForm
									field="organisationId"
									id={organisation.id}
									approveLabel={t('organisations.approve', { name: organisation.name })}
									refuseLabel={t('organisations.refuse', { name: organisation.name })}
								/>
							) : null}
						</td>
					</>
				)}
				empty={t('organisations.empty')}
			/>
			<Pagination page={page} pageSize={pageSize} total={total} />
		</>
	)
}
