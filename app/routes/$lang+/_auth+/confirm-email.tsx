import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { isAccountTokenLive } from '#app/modules/accounts/account-tokens.server.ts'
import { confirmEmail } from '#app/modules/accounts/email-confirmation.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'

export const handle: StringsHandle = { i18n: ['accounts'] }

function tokenOf(value: FormDataEntryValue | string | null) {
	return typeof value === 'string' ? value.slice(0, 100) : ''
}

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export function loader({ request }: LoaderFunctionArgs) {
	const token = tokenOf(new URL(request.url).searchParams.get('token'))
	return json({ token, live: isAccountTokenLive(token, 'confirm-email') })
}

export async function action({ request }: ActionFunctionArgs) {
	const token = tokenOf((await request.formData()).get('token'))
	const confirmed = confirmEmail(token)
	if (!confirmed.ok) return refusalReply(confirmed, { namespace: 'accounts' })
	return json({ success: true as const, confirmed: true })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'confirmEmail.title', 'accounts')

export default function ConfirmEmail() {
	const { t } = useTranslation('accounts')
	const href = useHref()
	const { token, live } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="page narrow">
			<h1>{t('confirmEmail.title')}</h1>
			{actionData?.success ? (
				<>
					<FormMessage tone="success">{t('confirmEmail.done')}</FormMessage>
					<p>
						<Link to={href('/sign-in')}>{t('confirmEmail.signIn')}</Link>
					</p>
				</>
			) : actionData || !live ? (
				<FormMessage tone="error">{t('errors.confirmation-link-invalid')}</FormMessage>
			) : (
				<Form method="POST" className="stack">
					<p>{t('confirmEmail.intro')}</p>
					<input type="hidden" name="token" value={token} />
					<SubmitButton>{t('confirmEmail.submit')}</SubmitButton>
				</Form>
			)}
		</div>
	)
}
