import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { isEditable, storyFormValues, writableStory } from '#app/modules/news/writing.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { fieldErrorsOf, FormMessage } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { storyFormOptions } from './__editor.server.ts'
import { storyAction } from './__story-action.server.ts'
import { StoryForm } from './__story-form.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'news:write')
	const writable = writableStory(user, params.slug ?? '')
	if (!writable.ok) throw refusedPage(writable)
	const { story } = writable
	return json({
		slug: story.slug,
		title: textIn(story.texts, language, story.sourceLanguage).text.title,
		state: story.state,
		editable: isEditable(story),
		reviewNote: story.reviewNote,
		options: storyFormOptions(user, story.organisationId, language),
		values: storyFormValues(story, user.timeZone),
	})
}

export const action = (args: ActionFunctionArgs) => storyAction(args, args.params.slug ?? '')

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.editTitle', 'news')

export default function EditStory() {
	const { t } = useTranslation('news')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const values = actionData && 'values' in actionData ? actionData.values : data.values
	return (
		<div className="page narrow">
			<h1>{t('form.editTitle')}</h1>
			<p>
				<Link to={href(`/news/${data.slug}`)}>{data.title}</Link> · {t(`states.${data.state}`)}
			</p>
			{data.reviewNote ? (
				<FormMessage tone="info">
					<p>{t('form.returnedWithNote')}</p>
					<p className="pre-line">{data.reviewNote}</p>
				</FormMessage>
			) : null}
			{data.editable ? (
				<StoryForm values={values} errors={fieldErrorsOf(actionData)} options={data.options} />
			) : (
				<FormMessage tone="info">{t(`form.locked.${data.state}`)}</FormMessage>
			)}
		</div>
	)
}
