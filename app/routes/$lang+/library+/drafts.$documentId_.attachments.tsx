import {
	type ActionFunctionArgs,
	json,
	type LoaderFunctionArgs,
	type MetaFunction,
	redirect,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { attachmentTypes, maxAttachmentBytes } from '#app/modules/library/attachment-types.ts'
import { attachFile } from '#app/modules/library/attachments.server.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireDraft } from './__draft.server.ts'
import { refusal } from './__outcomes.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { row, mayEdit } = await requireDraft(request, params)
	if (!mayEdit) throw notFound()
	return json({ id: row.id })
}

async function readUpload(request: Request) {
	try {
		const form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: maxAttachmentBytes }))
		const file = form.get('file')
		return file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null
	} catch {
		// Larger than any attachment may be, or not a multipart body at all.
		return 'too-large' as const
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, row, mayEdit } = await requireDraft(request, params)
	if (!mayEdit) throw notFound()
	const upload = await readUpload(request)
	if (upload === 'too-large' || !upload) return refusal({ ok: false, reason: upload ? 'too-large' : 'empty' }, {})
	const outcome = attachFile(user, row.id, upload)
	if (!outcome.ok) return refusal(outcome, {})
	return redirect(`/${language}/library/drafts/${row.id}?notice=saved`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'attachments.add', 'library')

export default function Attachments() {
	const { t } = useTranslation('library')
	const href = useHref()
	const format = useFormat()
	const { id } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = actionData && 'fieldErrors' in actionData ? (actionData.fieldErrors as Record<string, string[]>).form : undefined
	const extensions = Object.values(attachmentTypes).map((type) => `.${type.extension}`)
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/library/drafts/${id}`)}>{t('draft.backToDraft')}</Link>
			</p>
			<h1>{t('attachments.add')}</h1>
			<p>{t('attachments.intro', { types: format.list(extensions), megabytes: format.number(maxAttachmentBytes / (1024 * 1024)) })}</p>
			<Form method="POST" encType="multipart/form-data" className="stack">
				<div className="field">
					<label htmlFor="attachment-file">{t('attachments.file')}</label>
					<input id="attachment-file" type="file" name="file" accept={extensions.join(',')} aria-describedby={errors ? 'attachment-errors' : undefined} />
					<ErrorList id="attachment-errors" errors={errors} />
				</div>
				<SubmitButton>{t('attachments.upload')}</SubmitButton>
			</Form>
		</div>
	)
}
