import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { transcriptOf } from '#app/modules/certificates/certificates.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { StatusBadge } from './__certificate-parts.tsx'

export const handle: StringsHandle = { i18n: ['certificates', 'courses'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	return json({ holder: user.name, courses: transcriptOf(user.id, language) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'transcript.title', 'certificates')

/** Every course taken, with dates, scores and certificate status; prints as a plain document. */
export default function Transcript() {
	const { t } = useTranslation('certificates')
	const href = useHref()
	const format = useFormat()
	const { holder, courses } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<p className="no-print">
				<Link to={href('/certificates')}>{t('mine.title')}</Link>
			</p>
			<h1>{t('transcript.title')}</h1>
			<p>{t('transcript.holder', { name: holder })}</p>
			{courses.length ? (
				<div className="table-scroll">
					<table className="matrix">
						<caption>{t('transcript.caption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('transcript.course')}</th>
								<th scope="col">{t('transcript.enrolled')}</th>
								<th scope="col">{t('transcript.completed')}</th>
								<th scope="col">{t('fields.score')}</th>
								<th scope="col">{t('fields.status')}</th>
							</tr>
						</thead>
						<tbody>
							{courses.map((course) => (
								<tr key={`${course.slug}-${course.enrolledAt}`}>
									<th scope="row" {...inLanguage(course.shownIn)}>
										{course.title}
									</th>
									<td>
										<DateTime value={course.enrolledAt} dateOnly />
									</td>
									<td>
										{course.completedAt ? <DateTime value={course.completedAt} dateOnly /> : t('transcript.inProgress')}
									</td>
									<td>{course.score === null ? '—' : format.percent(course.score)}</td>
									<td>{course.certificate ? <StatusBadge status={course.certificate.status} /> : '—'}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<p>{t('transcript.empty')}</p>
			)}
		</div>
	)
}
