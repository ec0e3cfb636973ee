import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { agreementName } from '#app/modules/laws/agreement.ts'
import { findAgreement } from '#app/modules/laws/agreements.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { agreementAction } from './__agreement-action.server.ts'
import { AgreementForm } from './__agreement-form.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requirePermission(request, 'laws:edit')
	const agreement = findAgreement(params.slug ?? '')
	if (!agreement) throw notFound()
	return json({
		name: agreementName(agreement.text, languageFromParams(params)).name,
		values: {
			kind: agreement.kind,
			language: agreement.text.language,
			...Object.fromEntries(Object.entries(agreement.text.names).map(([code, name]) => [`name-${code}`, name])),
			parties: agreement.parties.join(', '),
			signedOn: agreement.signedOn ?? '',
			inForceOn: agreement.inForceOn ?? '',
			source: agreement.source ?? '',
		} as Record<string, string>,
	})
}

export const action = (args: ActionFunctionArgs) => agreementAction(args, args.params.slug ?? '')

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'agreements.edit', 'laws')

export default function EditAgreement() {
	const { t } = useTranslation('laws')
	const { name, values } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const echoed = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : null
	return (
		<div className="page narrow">
			<h1>{t('agreements.editTitle', { name })}</h1>
			<AgreementForm values={echoed ?? values} errors={fieldErrorsOf(actionData)} isNew={false} />
		</div>
	)
}
