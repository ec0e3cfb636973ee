import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { readableTiers } from '#app/modules/library/access.ts'
import { startDocument } from '#app/modules/library/drafts.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { ErrorSummary, FormMessage, LinkedForm, SelectField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DocumentFactsFields, DocumentTextFields, useDocumentFieldLabel } from './__document-fields.tsx'
import { documentFactsSchema, documentTextSchema, newDocumentSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['authoring', 'library'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'library:submit')
	return json({ language, tiers: readableTiers(user), countries: countryOptions(language) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'library:submit')
	const formData = await request.formData()
	const startSchema = newDocumentSchema.and(documentTextSchema).and(documentFactsSchema)
	const submission = parseSubmission(startSchema, formData)
	if (!submission.success) return formFailure(submission)
	const { language: writtenIn, title, summary, body, changelog, ...facts } = submission.data
	const outcome = await startDocument(user, facts, writtenIn, { title, summary, body, changelog })
	if (!outcome.ok)
		return refusalReply(outcome, { namespace: 'library', values: formValues(formData) as Record<string, string> })
	return redirectWithFlash(request, `/${language}/library/drafts/${outcome.id}`, {
		namespace: 'library',
		key: 'draft.notices.created',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'submit.title', 'library')

export default function SubmitDocument() {
	const { t } = useTranslation('library')
	const { t: tc } = useTranslation('common')
	const { language, tiers, countries } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const fieldLabel = useDocumentFieldLabel()
	const values =
		actionData && 'values' in actionData
			? actionData.values
			: { language, tier: 'members', publishedOn: new Date().toISOString().slice(0, 10) }
	return (
		<div className="page narrow">
			<h1>{t('submit.title')}</h1>
			<p>{t('submit.intro')}</p>
			{errors.form ? (
				<FormMessage tone="error">{errors.form.map((message) => t(message)).join(' ')}</FormMessage>
			) : null}
			<ErrorSummary form="submit-document" errors={errors} labels={fieldLabel} />
			<LinkedForm id="submit-document" method="POST" className="stack" noValidate>
				<SelectField
					name="language"
					label={t('fields.language')}
					options={languages.map((value) => ({ value, label: tc(`languageNames.${value}`) }))}
					defaultValue={values.language as string | undefined}
					errors={errors.language}
				/>
				<DocumentTextFields values={values} errors={errors} protocol />
				<DocumentFactsFields values={values} errors={errors} tiers={tiers} countries={countries} />
				<SubmitButton>{t('submit.create')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
