import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { addKitFile, removeKitFile } from '#app/modules/campaigns/kit.server.ts'
import { kitExtensions } from '#app/modules/campaigns/kit-files.ts'
import { presentCampaign } from '#app/modules/campaigns/pages.server.ts'
import { runCampaign } from '#app/modules/campaigns/running.server.ts'
import { materialKinds, maxKitFileBytes, maxKitFiles } from '#app/modules/campaigns/vocabulary.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { readUploadedFile } from '#app/platform/uploads.server.ts'
import { languageFromParams, notFound, refusedPage } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	fieldErrorsOf,
	fieldId,
	LinkedForm,
	SelectField,
	SubmitButton,
} from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { kitFieldsSchema, removeKitFileSchema } from './__forms.server.ts'
import { FileSize } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['campaigns'] }

/** Only the people running the campaign use this page: 403 for other admins, 404 when there is no such campaign. */
async function requireRunningCampaign(request: Request, params: LoaderFunctionArgs['params']) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	const running = runCampaign(user, params.slug ?? '')
	if (!running.ok) throw refusedPage(running)
	return { user, language }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, language } = await requireRunningCampaign(request, params)
	const presented = presentCampaign(user, params.slug ?? '', language, null, '')
	if (!presented) throw notFound()
	const { campaign } = presented
	return json({ slug: campaign.slug, title: campaign.title, kit: campaign.kit })
}

/** Uploading a file with its kind and language; or, with `?intent=remove`, taking one out of the kit. */
export async function action({ request, params }: ActionFunctionArgs) {
	const { user, language } = await requireRunningCampaign(request, params)
	const slug = params.slug ?? ''
	const back = () =>
		redirectWithFlash(request, `/${language}/campaigns/${slug}/kit`, { namespace: 'campaigns', key: 'kit.saved' })
	if (new URL(request.url).searchParams.get('intent') === 'remove') {
		const submission = parseSubmission(removeKitFileSchema, await request.formData())
		if (!submission.success) return formFailure(submission)
		const removed = removeKitFile(user, slug, submission.data.materialId)
		if (!removed.ok) return refusalReply(removed, { namespace: 'campaigns' })
		return back()
	}
	const read = await readUploadedFile(request, maxKitFileBytes)
	if (!read.ok) return refusalReply(read, { namespace: 'campaigns', field: 'file' })
	const fields = parseSubmission(kitFieldsSchema, read.form)
	if (!fields.success) return formFailure(fields)
	const added = addKitFile(user, slug, { ...fields.data, ...read.upload }, new Date())
	if (!added.ok) return refusalReply(added, { namespace: 'campaigns', values: fields.data })
	return back()
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'kit.title', 'campaigns')

export default function CampaignKit() {
	const { t } = useTranslation('campaigns')
	const { t: common } = useTranslation()
	const href = useHref()
	const format = useFormat()
	const { slug, title, kit } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = (actionData && 'values' in actionData ? actionData.values : {}) as Record<string, string>
	const extensions = kitExtensions.map((extension) => `.${extension}`)
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/campaigns/${slug}/edit`)}>{t('kit.back')}</Link>
			</p>
			<h1>{t('kit.title')}</h1>
			<p>
				<bdi>{title}</bdi>
			</p>
			<p>
				{t('kit.intro', {
					types: format.list(extensions),
					megabytes: format.number(maxKitFileBytes / (1024 * 1024)),
					max: format.number(maxKitFiles),
				})}
			</p>
			<ErrorSummary
				form="kit"
				errors={errors}
				labels={{ file: t('kit.file'), kind: t('kit.kind'), language: t('kit.language') }}
			/>
			<ErrorList id="kit-form-errors" errors={errors.form} />
			<LinkedForm id="kit" method="POST" encType="multipart/form-data" className="stack">
				<SelectField
					name="kind"
					label={t('kit.kind')}
					errors={errors.kind}
					defaultValue={values.kind}
					options={materialKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
				/>
				<SelectField
					name="language"
					label={t('kit.language')}
					errors={errors.language}
					defaultValue={values.language}
					options={languages.map((code) => ({ value: code, label: common(`languageNames.${code}`) }))}
				/>
				<div className={errors.file ? 'field field--invalid' : 'field'}>
					<label htmlFor={fieldId('kit', 'file')}>{t('kit.file')}</label>
					<input
						id={fieldId('kit', 'file')}
						type="file"
						name="file"
						accept={extensions.join(',')}
						aria-invalid={errors.file ? true : undefined}
						aria-describedby={errors.file ? 'kit-file-errors' : undefined}
					/>
					<ErrorList id="kit-file-errors" errors={errors.file} />
				</div>
				<SubmitButton>{t('kit.upload')}</SubmitButton>
			</LinkedForm>
			<h2>{t('kit.files')}</h2>
			{kit.length ? (
				<ul className="plain-list">
					{kit.map((material) => (
						<li key={material.id}>
							<a href={href(`/campaigns/${slug}/kit/${material.id}`)}>
								<bdi>{material.name}</bdi>
							</a>{' '}
							<span className="muted">
								{t(`kinds.${material.kind}`)} · {material.languageName} · <FileSize bytes={material.size} />
							</span>
							<Form method="POST" action="?intent=remove" className="inline-form">
								<input type="hidden" name="materialId" value={material.id} />
								<SubmitButton className="link-button link-button--danger">
									{t('kit.remove', { name: material.name })}
								</SubmitButton>
							</Form>
						</li>
					))}
				</ul>
			) : (
				<p className="empty">{t('kit.none')}</p>
			)}
		</div>
	)
}
