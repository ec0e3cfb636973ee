import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { courseMediaList, storeCourseMedia } from '#app/modules/courses/media.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { readUploadedFile } from '#app/platform/uploads.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { largestMedia, mediaTypes } from '#app/platform/media.ts'
import {
	ErrorList,
	ErrorSummary,
	FormMessage,
	LinkedForm,
	SubmitButton,
	fieldErrorsOf,
	fieldId,
} from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course } = await requireCourseEditor(request, params)
	return json({ courseId: course.id, media: courseMediaList(course.id) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, course } = await requireCourseEditor(request, params)
	const read = await readUploadedFile(request, largestMedia)
	if (!read.ok) return refusalReply(read, { namespace: 'courses', field: 'file' })
	const stored = storeCourseMedia(user, course.id, read.upload)
	if (!stored.ok) return refusalReply(stored, { namespace: 'courses', field: 'file' })
	return json({ success: true as const, hash: stored.hash })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'media.title', 'teach')

function snippet(type: string, hash: string) {
	if (type.startsWith('image/')) return `<Figure src="media:${hash}" alt="…">…</Figure>`
	if (type.startsWith('video/')) return `<Video src="media:${hash}" captions="media:…" title="…" />`
	return `captions="media:${hash}"`
}

export default function CourseMedia() {
	const { t } = useTranslation('teach')
	const href = useHref()
	const format = useFormat()
	const { courseId, media } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const fieldErrors = fieldErrorsOf(actionData)
	const errors = fieldErrors.file
	const megabytes = (bytes: number) => format.number(Math.round((bytes / (1024 * 1024)) * 10) / 10)
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/teach/courses/${courseId}`)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('media.title')}</h1>
			<p>{t('media.intro')}</p>
			<ul>
				{Object.entries(mediaTypes).map(([type, limits]) => (
					<li key={type}>{t('media.limit', { type, megabytes: megabytes(limits.maxBytes) })}</li>
				))}
			</ul>
			{actionData?.success ? <FormMessage tone="success">{t('media.uploaded')}</FormMessage> : null}
			<ErrorSummary form="media" errors={fieldErrors} labels={{ file: t('media.file') }} />
			<LinkedForm id="media" method="POST" encType="multipart/form-data" className="stack">
				<div className="field">
					<label htmlFor={fieldId('media', 'file')}>{t('media.file')}</label>
					<input
						id={fieldId('media', 'file')}
						type="file"
						name="file"
						accept="image/png,image/jpeg,image/webp,video/mp4,video/webm,.vtt,text/vtt"
						aria-describedby={errors ? 'media-errors' : undefined}
					/>
					<ErrorList id="media-errors" errors={errors} />
				</div>
				<SubmitButton>{t('media.upload')}</SubmitButton>
			</LinkedForm>
			<h2>{t('media.list')}</h2>
			{media.length ? (
				<ul className="cards">
					{media.map((item) => (
						<li key={item.hash} className="card">
							<p>
								<a href={`/media/${item.hash}`}>{item.name}</a> · {item.type} ·{' '}
								{t('media.size', { megabytes: megabytes(item.size) })}
							</p>
							<p>
								{t('media.useIt')} <code>{snippet(item.type, item.hash)}</code>
							</p>
						</li>
					))}
				</ul>
			) : (
				<p>{t('media.none')}</p>
			)}
		</div>
	)
}
