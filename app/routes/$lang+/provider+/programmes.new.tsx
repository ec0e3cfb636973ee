import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { createProgramme } from '#app/modules/programmes/listings.server.ts'
import { languageOptions } from '#app/modules/programmes/options.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref, useReader } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { programmeFactsSchema, programmeTextSchema, typedValues } from './__forms.server.ts'
import { ProgrammeFactsFields } from './__programme-facts-fields.tsx'
import { ProgrammeTextFields } from './__programme-text-fields.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const language = languageFromParams(params)
	return json({ countries: countryOptions(language), languages: languageOptions(language), country: user.country })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const language = languageFromParams(params)
	const formData = await request.formData()
	const facts = parseSubmission(programmeFactsSchema, formData)
	const text = parseSubmission(programmeTextSchema, formData)
	if (!facts.success || !text.success) {
		const fieldErrors = { ...(facts.success ? {} : facts.fieldErrors), ...(text.success ? {} : text.fieldErrors) }
		return formFailure({ fieldErrors, values: typedValues(formData) })
	}
	const created = createProgramme(user, facts.data, language, text.data)
	if (!created.ok) return refusalReply(created, { namespace: 'programmes' })
	return redirect(`/${language}/provider/programmes/${created.slug}`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.newTitle', 'programmes')

export default function NewProgramme() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { language } = useReader()
	const { countries, languages, country } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData?.values ?? { country }
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/provider')}>{t('inbox.back')}</Link>
			</p>
			<h1>{t('editor.newTitle')}</h1>
			<p>{t('editor.newIntro')}</p>
			{actionData ? <FormMessage tone="error">{t('editor.fix')}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate>
				<ProgrammeTextFields language={language} values={values as Record<string, string>} errors={errors} />
				<ProgrammeFactsFields values={values} errors={errors} countries={countries} languages={languages} />
				<SubmitButton>{t('editor.create')}</SubmitButton>
			</Form>
		</div>
	)
}
