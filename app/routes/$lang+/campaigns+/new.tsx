import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CampaignForm } from './__campaign-form.tsx'
import { campaignAction, campaignFormOptions } from './__editor.server.ts'

export const handle: StringsHandle = { i18n: ['campaigns'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	return json({
		options: campaignFormOptions(user, language),
		values: {
			sourceLanguage: language,
			organisationId: user.organisationId,
			pressEmail: '',
		} as Record<string, string | string[]>,
	})
}

export const action = (args: ActionFunctionArgs) => campaignAction(args, null)

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.newTitle', 'campaigns')

export default function NewCampaign() {
	const { t } = useTranslation('campaigns')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const values = actionData && 'values' in actionData ? actionData.values : data.values
	return (
		<div className="page narrow">
			<h1>{t('form.newTitle')}</h1>
			<p>{t('form.intro')}</p>
			<CampaignForm
				values={values as Record<string, string | string[]>}
				errors={fieldErrorsOf(actionData)}
				options={data.options}
				submitLabel={t('form.create')}
			/>
		</div>
	)
}
