import {
	type ActionFunctionArgs,
	json,
	type LoaderFunctionArgs,
	type MetaFunction,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { courseMediaList, storeCourseMedia } from '#app/modules/courses/media.server.ts'
import { forbidden } from '#app/platform/auth.server.ts'
import { largestMedia, mediaTypes } from '#app/platform/media.ts'
import { ErrorList, FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireCourseEditor } from './__editor.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course } = await requireCourseEditor(request, params)
	return json({ courseId: course.id, media: courseMediaList(course.id) })
}

async function readUpload(request: Request) {
	try {
		const form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: largestMedia }))
		const file = form.get('file')
		return file instanceof File ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null
	} catch {
		// Too large for any media type, or not a multipart body at all.
		return 'too-large' as const
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, course } = await requireCourseEditor(request, params)
	const upload = await readUpload(request)
	if (upload === 'too-large') return json({ error: 'courses:media.errors.too-large', hash: null }, { status: 400 })
	if (!upload) return json({ error: 'courses:media.errors.empty', hash: null }, { status: 400 })
	const stored = storeCourseMedia(user, course.id, upload)
	if (!stored.ok) {
		if (stored.reason === 'forbidden' || stored.reason === 'not-found') throw forbidden()
		return json({ error: `courses:media.errors.${stored.reason}`, hash: null }, { status: 400 })
	}
	return json({ error: null, hash: stored.hash })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'media.title', 'courses')

function snippet(type: string, hash: string) {
	if (type.startsWith('image/')) return `<Figure src="media:${hash}" alt="…">…</Figure>`
	if (type.startsWith('video/')) return `<Video src="media:${hash}" captions="media:…" title="…" />`
	return `captions="media:${hash}"`
}

export default function CourseMedia() {
	const { t } = useTranslation('courses')
	const href = useHref()
	const format = useFormat()
	const { courseId, media } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
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
			{actionData?.hash ? <FormMessage tone="success">{t('media.uploaded')}</FormMessage> : null}
			<Form method="POST" encType="multipart/form-data" className="stack">
				<div className="field">
					<label htmlFor="media-file">{t('media.file')}</label>
					<input id="media-file" type="file" name="file" accept="image/png,image/jpeg,image/webp,video/mp4,video/webm,.vtt,text/vtt" aria-describedby={actionData?.error ? 'media-errors' : undefined} />
					<ErrorList id="media-errors" errors={actionData?.error ? [actionData.error] : undefined} />
				</div>
				<SubmitButton>{t('media.upload')}</SubmitButton>
			</Form>
			<h2>{t('media.list')}</h2>
			{media.length ? (
				<ul className="cards">
					{media.map((item) => (
						<li key={item.hash} className="card">
							<p>
								<a href={`/media/${item.hash}`}>{item.name}</a> · {item.type} · {t('media.size', { megabytes: megabytes(item.size) })}
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
