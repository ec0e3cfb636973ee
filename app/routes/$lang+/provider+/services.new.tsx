import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { countryCodes } from '#app/modules/accounts/countries.ts'
import { countryOptions, languageOptions } from '#app/modules/programmes/options.server.ts'
import { createService } from '#app/modules/programmes/service-listings.server.ts'
import { forbidden, requirePermission } from '#app/platform/auth.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref, useReader } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { serviceSchema, typedValues } from './__forms.server.ts'
import { ServiceFields } from './__service-fields.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const language = languageFromParams(params)
	return json({ countries: countryOptions(countryCodes, language), languages: languageOptions(language), country: user.country })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const language = languageFromParams(params)
	const formData = await request.formData()
	const submission = parseSubmission(serviceSchema, formData)
	if (!submission.success) {
		return json({ ...submission, values: typedValues(formData) }, { status: 400 })
	}
	const slug = createService(user, submission.data.facts, language, submission.data.text)
	if (!slug) throw forbidden()
	return redirect(`/${language}/provider/services/${slug}`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'services.newTitle', 'programmes')

export default function NewService() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { language } = useReader()
	const { countries, languages, country } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/provider')}>{t('inbox.back')}</Link>
			</p>
			<h1>{t('services.newTitle')}</h1>
			<p>{t('services.intro')}</p>
			{actionData ? <FormMessage tone="error">{t('editor.fix')}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate>
				<ServiceFields language={language} values={actionData?.values ?? { country }} errors={errors} countries={countries} languages={languages} />
				<SubmitButton>{t('services.create')}</SubmitButton>
			</Form>
		</div>
	)
}
