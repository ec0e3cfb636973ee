import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { editablePartnership, partnershipFormValues } from '#app/modules/network/partnership-editing.server.ts'
import { partnerIdsOf } from '#app/modules/network/partnerships.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { PartnershipForm } from './__form.tsx'
import { partnershipAction, partnershipFormOptions } from './__save.server.ts'

export const handle: StringsHandle = { i18n: ['partnerships'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'network:edit')
	const editable = editablePartnership(user, params.slug ?? '')
	if (!editable.ok) throw refusedPage(editable)
	const { partnership } = editable
	const title = textIn(partnership.texts, language, partnership.sourceLanguage)
	return json({
		slug: partnership.slug,
		title: title.text.title,
		titleLanguage: title.language,
		options: partnershipFormOptions(language),
		values: partnershipFormValues(partnership, partnerIdsOf(partnership.id)),
	})
}

export const action = (args: ActionFunctionArgs) => partnershipAction(args, args.params.slug ?? '')

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.editTitle', 'partnerships')

export default function EditPartnership() {
	const { t } = useTranslation('partnerships')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const values = actionData && 'values' in actionData ? actionData.values : data.values
	return (
		<div className="page narrow">
			<h1>{t('form.editTitle')}</h1>
			<p>
				<Link to={href(`/network/partnerships/${data.slug}`)} {...inLanguage(data.titleLanguage)}>
					{data.title}
				</Link>
			</p>
			<p>{t('form.editIntro')}</p>
			<PartnershipForm
				values={values as Record<string, string | string[]>}
				errors={fieldErrorsOf(actionData)}
				options={data.options}
				submitLabel={t('form.save')}
				editing
			/>
		</div>
	)
}
