import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { programmeFactsForEditing, saveProgrammeFacts } from '#app/modules/programmes/listings.server.ts'
import { languageOptions } from '#app/modules/programmes/options.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { programmeFactsSchema, typedValues } from './__forms.server.ts'
import { ProgrammeFactsFields } from './__programme-facts-fields.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const language = languageFromParams(params)
	const programme = programmeFactsForEditing(user, params.slug ?? '')
	if (!programme.ok) throw refusedPage(programme)
	return json({ facts: programme.facts, countries: countryOptions(language), languages: languageOptions(language) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const formData = await request.formData()
	const submission = parseSubmission(programmeFactsSchema, formData)
	if (!submission.success) {
		return formFailure({ ...submission, values: typedValues(formData) })
	}
	const saved = saveProgrammeFacts(user, params.slug ?? '', submission.data)
	if (!saved.ok) return refusalReply(saved, { namespace: 'programmes' })
	return json({ success: true as const, saved: true })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.detailsTitle', 'programmes')

export default function ProgrammeDetails() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { facts, countries, languages } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? actionData.values : facts
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/provider/programmes/${facts.slug}`)}>{t('editor.backToTexts')}</Link>
			</p>
			<h1>{t('editor.detailsTitle')}</h1>
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate>
				<ProgrammeFactsFields values={values} errors={errors} countries={countries} languages={languages} />
				<SubmitButton>{t('editor.saveDetails')}</SubmitButton>
			</Form>
		</div>
	)
}
