import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { agreementAction } from './__agreement-action.server.ts'
import { AgreementForm } from './__agreement-form.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'laws:edit')
	return json({})
}

export const action = (args: ActionFunctionArgs) => agreementAction(args, null)

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'agreements.newTitle', 'laws')

export default function NewAgreement() {
	const { t } = useTranslation('laws')
	const actionData = useActionData<typeof action>()
	const values = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : {}
	return (
		<div className="page narrow">
			<h1>{t('agreements.newTitle')}</h1>
			<AgreementForm values={{ language: 'en', ...values }} errors={fieldErrorsOf(actionData)} isNew />
		</div>
	)
}
