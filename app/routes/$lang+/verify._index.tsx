import { json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { readVerificationCode } from '#app/modules/certificates/verification-code.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { InputField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'

export const handle: StringsHandle = { i18n: ['certificates'] }

/**
 * Where a verifier types or pastes a certificate's code (or its whole address) and is taken to its verification
 * page. A GET form, so it works without JavaScript; nothing is looked up here, so it needs no rate limit.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const typed = new URL(request.url).searchParams.get('code')
	if (typed === null) return json({ values: { code: '' } })
	const read = readVerificationCode(typed.slice(0, 2000))
	if (!read.ok) return refusalReply(read, { namespace: 'certificates', values: { code: typed.slice(0, 500) } })
	return redirect(`/${language}/verify/${read.code}`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'verifyByCode.title', 'certificates')

export default function VerifyByCode() {
	const { t } = useTranslation('certificates')
	const data = useLoaderData<typeof loader>()
	const href = useHref()
	return (
		<div className="page narrow">
			<h1>{t('verifyByCode.title')}</h1>
			<p>{t('verifyByCode.intro')}</p>
			{/* An explicit action: the form's own address, without the `?index` Remix adds for index routes. */}
			<Form method="GET" action={href('/verify')} className="stack">
				<InputField
					name="code"
					label={t('verifyByCode.code')}
					hint={t('verifyByCode.codeHint')}
					defaultValue={data.values.code}
					errors={fieldErrorsOf(data).code}
					autoComplete="off"
					required
					maxLength={2000}
				/>
				<button type="submit" className="button">
					{t('verifyByCode.submit')}
				</button>
			</Form>
		</div>
	)
}
