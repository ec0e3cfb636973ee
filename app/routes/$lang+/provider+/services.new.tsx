import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { languageOptions } from '#app/modules/programmes/options.server.ts'
import { createService } from '#app/modules/programmes/service-listings.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref, useReader } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { serviceSchema, typedValues } from './__forms.server.ts'
import { ServiceFields } from './__service-fields.tsx'

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
	const submission = parseSubmission(serviceSchema, formData)
	if (!submission.success) {
		return formFailure({ ...submission, values: typedValues(formData) })
	}
	const created = createService(user, submission.data.facts, language, submission.data.text)
	if (!created.ok) return refusalReply(created, { namespace: 'programmes' })
	return redirect(`/${language}/provider/services/${created.slug}`)
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
				<ServiceFields
					language={language}
					values={actionData?.values ?? { country }}
					errors={errors}
					countries={countries}
					languages={languages}
				/>
				<SubmitButton>{t('services.create')}</SubmitButton>
			</Form>
		</div>
	)
}
