import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { programmeTextsForEditing, saveProgrammeText } from '#app/modules/programmes/listings.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { isLanguage, type StringsHandle } from '#app/platform/i18n.ts'
import { refusedPage } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { programmeTextSchema } from './__forms.server.ts'
import { ProgrammeTextFields } from './__programme-text-fields.tsx'
import { LanguageTabs } from './__language-tabs.tsx'

export const handle: StringsHandle = { i18n: ['programmes'] }

function editedLanguage(request: Request) {
	const language = new URL(request.url).searchParams.get('language')
	return isLanguage(language) ? language : null
}

function loadForEditing(user: Parameters<typeof programmeTextsForEditing>[0], slug: string) {
	const found = programmeTextsForEditing(user, slug)
	if (!found.ok) throw refusedPage(found)
	return found
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const slug = params.slug ?? ''
	const { sourceLanguage, texts } = loadForEditing(user, slug)
	const language = editedLanguage(request) ?? sourceLanguage
	const text = texts.find((row) => row.language === language) ?? null
	return json({ slug, sourceLanguage, language, text, written: texts.map((row) => row.language) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const slug = params.slug ?? ''
	const { sourceLanguage } = loadForEditing(user, slug)
	const submission = parseSubmission(programmeTextSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const saved = saveProgrammeText(user, slug, editedLanguage(request) ?? sourceLanguage, submission.data)
	if (!saved.ok) return refusalReply(saved, { namespace: 'programmes' })
	return json({ success: true as const, saved: true })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.title', 'programmes')

/** A programme's texts, one language at a time: the provider writes and keeps translations current. */
export default function ProgrammeTexts() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { slug, sourceLanguage, language, text, written } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values: Record<string, string | undefined> =
		actionData && 'values' in actionData ? actionData.values : (text ?? {})
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/provider')}>{t('inbox.back')}</Link>
			</p>
			<h1>{t('editor.title')}</h1>
			<p>
				<Link to={href(`/provider/programmes/${slug}/details`)}>{t('editor.detailsLink')}</Link>
			</p>
			<LanguageTabs current={language} source={sourceLanguage} written={written} />
			{actionData?.success ? <FormMessage tone="success">{t('editor.saved')}</FormMessage> : null}
			<Form method="POST" className="stack" noValidate key={language}>
				<ProgrammeTextFields language={language} values={values} errors={errors} />
				<SubmitButton>{t('editor.save')}</SubmitButton>
			</Form>
			<p className="muted">{slug}</p>
		</div>
	)
}
