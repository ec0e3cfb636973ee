import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { type FormValues } from '#app/ui/checkbox-group.tsx'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { saveFocalPointAction } from './__focal-point-action.server.ts'
import { FocalPointForm } from './__focal-point-form.tsx'
import { chosenOrganisation, organisationToEdit } from './__organisation.server.ts'

export const handle: StringsHandle = { i18n: ['network'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const { organisation, shown } = organisationToEdit(request, user)
	return json({
		organisation: shown,
		countries: countryOptions(language),
		values: { countries: [organisation.country], channelKind: 'service-email' } as FormValues,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const form = await request.formData()
	return saveFocalPointAction(request, form, language, { organisationId: chosenOrganisation(request) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'focalPointForm.newTitle', 'network')

export default function NewFocalPoint() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const href = useHref()
	const values = (actionData && 'values' in actionData ? actionData.values : data.values) as FormValues
	const suffix = data.organisation.own ? '' : `?organisation=${data.organisation.id}`
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/network/focal-points${suffix}`)}>{t('focalPointForm.back')}</Link>
			</p>
			<h1>{t('focalPointForm.newTitle')}</h1>
			<p>{t('focalPointForm.intro')}</p>
			<FocalPointForm
				values={values}
				errors={fieldErrorsOf(actionData)}
				countries={data.countries}
				submitLabel={t('focalPointForm.create')}
			/>
		</div>
	)
}
