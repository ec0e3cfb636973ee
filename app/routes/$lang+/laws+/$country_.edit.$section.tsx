import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { proposeChange } from '#app/modules/laws/proposals.server.ts'
import { elementGroups, type ElementGroup } from '#app/modules/laws/vocabulary.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { countryName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, TextAreaField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { frameworkFromParams } from './__country.server.ts'
import { ElementFields, InstrumentFields, ProtocolFields, useEditLabel } from './__edit-fields.tsx'
import { elementGroupSchema, instrumentRows, instrumentsSchema, protocolSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['laws'] }

const sections = ['instruments', 'protocol', ...elementGroups] as const
type Section = (typeof sections)[number]

/** The country and the part of its framework being edited; only legal experts (and platform admins) get here. */
async function editing(request: Request, params: LoaderFunctionArgs['params']) {
	const auth = await requirePermission(request, 'laws:edit')
	const language = languageFromParams(params)
	const section = sections.find((candidate) => candidate === params.section)
	const found = frameworkFromParams(params, language, (code) => `/laws/${code}/edit/${params.section}`)
	if (!section || found.missing) throw notFound()
	return { user: auth.user, language, section, record: found.framework }
}

function schemaFor(section: Section, language: ReturnType<typeof languageFromParams>, instruments: number) {
	if (section === 'instruments') return instrumentsSchema(instrumentRows(instruments))
	if (section === 'protocol') return protocolSchema
	return elementGroupSchema(section, language)
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { language, section, record } = await editing(request, params)
	return json({
		country: record.country,
		name: countryName(record.country, language),
		section,
		framework: record.framework,
		today: new Date().toISOString().slice(0, 10),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, language, section, record } = await editing(request, params)
	const form = await request.formData()
	const submission = parseSubmission(schemaFor(section, language, record.framework.instruments.length), form)
	if (!submission.success) return formFailure(submission)
	const { edit, note } = submission.data
	const outcome = proposeChange(user, record.country, edit, note)
	if (!outcome.ok)
		return refusalReply(outcome, { namespace: 'laws', values: formValues(form) as Record<string, string> })
	return redirectWithFlash(request, `/${language}/laws/review/${outcome.id}`, { namespace: 'laws', key: 'edit.sent' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'country.edit', 'laws')

export default function EditFramework() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { country, name, section, framework, today } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : null
	const label = useEditLabel(framework)
	const sectionLabel = (candidate: Section) =>
		candidate === 'instruments'
			? t('country.instruments')
			: candidate === 'protocol'
				? t('protocol.heading')
				: t(`groups.${candidate}`)
	return (
		<div className="page narrow">
			<h1>{t('edit.title', { country: name })}</h1>
			<p>
				<Link to={href(`/laws/${country}`)}>{t('history.back', { country: name })}</Link>
			</p>
			<p>{t('edit.intro')}</p>
			<nav aria-label={t('edit.sections')}>
				<ul className="inline-actions">
					{sections.map((candidate) => (
						<li key={candidate}>
							<Link
								to={href(`/laws/${country}/edit/${candidate}`)}
								aria-current={candidate === section ? 'page' : undefined}
							>
								{sectionLabel(candidate)}
							</Link>
						</li>
					))}
				</ul>
			</nav>
			<h2>{sectionLabel(section)}</h2>
			{errors.form ? (
				<FormMessage tone="error">{errors.form.map((message) => t(message)).join(' ')}</FormMessage>
			) : null}
			<ErrorSummary form="framework-edit" errors={errors} labels={label} />
			<LinkedForm id="framework-edit" method="POST" className="stack" noValidate>
				{section === 'instruments' ? (
					<InstrumentFields instruments={framework.instruments} values={values} errors={errors} />
				) : section === 'protocol' ? (
					<ProtocolFields protocol={framework.protocol} values={values} errors={errors} />
				) : (
					<ElementFields
						group={section as ElementGroup}
						framework={framework}
						today={today}
						values={values}
						errors={errors}
					/>
				)}
				<TextAreaField
					name="note"
					label={t('edit.changeNote')}
					defaultValue={values?.note ?? ''}
					errors={errors.note}
					rows={3}
				/>
				<SubmitButton>{t('edit.submit')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
