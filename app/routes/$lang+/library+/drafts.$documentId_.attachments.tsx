import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { attachmentTypes, maxAttachmentBytes } from '#app/modules/library/attachment-types.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { attachFile } from '#app/modules/library/attachments.server.ts'
import { draftFor } from '#app/modules/library/review.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { readUploadedFile } from '#app/platform/uploads.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, ErrorSummary, LinkedForm, SubmitButton, fieldErrorsOf, fieldId } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'

export const handle: StringsHandle = { i18n: ['library'] }
/** Only someone who may change the draft now sees this page; to anyone else it does not exist. */
async function requireEditableDraft(request: Request, documentId: string | undefined) {
	const { user } = await requireUser(request)
	const found = draftFor(user, documentId ?? '')
	if (!found.ok || !found.mayEdit) throw notFound()
	return { user, row: found.row }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { row } = await requireEditableDraft(request, params.documentId)
	return json({ id: row.id })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, row } = await requireEditableDraft(request, params.documentId)
	const read = await readUploadedFile(request, maxAttachmentBytes)
	if (!read.ok) return refusalReply(read, { namespace: 'library', field: 'file' })
	const outcome = attachFile(user, row.id, read.upload)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'library', field: 'file' })
	return redirectWithFlash(request, `/${language}/library/drafts/${row.id}`, {
		namespace: 'library',
		key: 'draft.notices.saved',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'attachments.add', 'library')

export default function Attachments() {
	const { t } = useTranslation('library')
	const href = useHref()
	const format = useFormat()
	const { id } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const fieldErrors = fieldErrorsOf(actionData)
	const errors = fieldErrors.file ?? fieldErrors.form
	const extensions = Object.values(attachmentTypes).map((type) => `.${type.extension}`)
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/library/drafts/${id}`)}>{t('draft.backToDraft')}</Link>
			</p>
			<h1>{t('attachments.add')}</h1>
			<p>
				{t('attachments.intro', {
					types: format.list(extensions),
					megabytes: format.number(maxAttachmentBytes / (1024 * 1024)),
				})}
			</p>
			<ErrorSummary form="attachment" errors={fieldErrors} labels={{ file: t('attachments.file') }} />
			<LinkedForm id="attachment" method="POST" encType="multipart/form-data" className="stack">
				<div className="field">
					<label htmlFor={fieldId('attachment', 'file')}>{t('attachments.file')}</label>
					<input
						id={fieldId('attachment', 'file')}
						type="file"
						name="file"
						accept={extensions.join(',')}
						aria-describedby={errors ? 'attachment-errors' : undefined}
					/>
					<ErrorList id="attachment-errors" errors={errors} />
				</div>
				<SubmitButton>{t('attachments.upload')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
