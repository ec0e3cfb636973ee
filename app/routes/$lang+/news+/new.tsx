import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { storyFormOptions } from './__editor.server.ts'
import { storyAction } from './__story-action.server.ts'
import { StoryForm } from './__story-form.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'news:write')
	return json({
		options: storyFormOptions(user, user.organisationId, language),
		values: { kind: 'news', sourceLanguage: language, organisationId: user.organisationId } as Record<string, string>,
	})
}

export const action = (args: ActionFunctionArgs) => storyAction(args, null)

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.newTitle', 'news')

export default function NewStory() {
	const { t } = useTranslation('news')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const values = actionData && 'values' in actionData ? actionData.values : data.values
	return (
		<div className="page narrow">
			<h1>{t('form.newTitle')}</h1>
			<p>{t('form.intro')}</p>
			<StoryForm values={values} errors={fieldErrorsOf(actionData)} options={data.options} />
		</div>
	)
}
