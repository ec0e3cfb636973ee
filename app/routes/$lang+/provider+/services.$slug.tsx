import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { languageOptions } from '#app/modules/programmes/options.server.ts'
import { saveService, serviceForEditing } from '#app/modules/programmes/service-listings.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { isLanguage, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { serviceSchema, typedValues } from './__forms.server.ts'
import { ServiceFields } from './__service-fields.tsx'
import { LanguageTabs } from './__language-tabs.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

function loadService(user: Parameters<typeof serviceForEditing>[0], slug: string) {
	const found = serviceForEditing(user, slug)
	if (!found.ok) throw refusedPage(found)
	return found
}

function editedLanguage(request: Request, sourceLanguage: string) {
	const language = new URL(request.url).searchParams.get('language')
	return isLanguage(language) ? language : sourceLanguage
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const { service, texts } = loadService(user, params.slug ?? '')
	const language = editedLanguage(request, service.sourceLanguage)
	const text = texts.find((row) => row.language === language)
	const reader = languageFromParams(params)
	return json({
		slug: service.slug,
		language,
		sourceLanguage: service.sourceLanguage,
		written: texts.map((row) => row.language),
		values: {
			type: service.type,
			country: service.country,
			region: service.region,
			languages: service.languages,
			phone: service.phone,
			open24h: service.open24h,
			...text,
		},
		countries: countryOptions(reader),
		languages: languageOptions(reader),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const { service } = loadService(user, params.slug ?? '')
	const formData = await request.formData()
	const submission = parseSubmission(serviceSchema, formData)
	if (!submission.success) {
		return formFailure({ ...submission, values: typedValues(formData) })
	}
	const saved = saveService(
		user,
		service.slug,
		submission.data.facts,
		editedLanguage(request, service.sourceLanguage),
		submission.data.text,
	)
	if (!saved.ok) return refusalReply(saved, { namespace: 'programmes' })
	return json({ success: true as const, saved: true })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'services.editTitle', 'programmes')

/** A support service, one language at a time; its facts are shared by every language. */
export default function EditService() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { language, sourceLanguage, written, values, countries, languages } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/provider')}>{t('inbox.back')}</Link>
			</p>
			<h1>{t('services.editTitle')}</h1>
			<LanguageTabs current={language} source={sourceLanguage} written={written} />
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate key={language}>
				<ServiceFields
					language={language}
					values={actionData && 'values' in actionData ? actionData.values : values}
					errors={errors}
					countries={countries}
					languages={languages}
				/>
				<SubmitButton>{t('editor.save')}</SubmitButton>
			</Form>
		</div>
	)
}
