import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { coursesTaughtBy } from '#app/modules/courses/authoring.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'

export const handle: StringsHandle = { i18n: ['teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'courses:create')
	return json({ courses: coursesTaughtBy(user, language) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'teach.title', 'teach')

export default function Teaching() {
	const { t } = useTranslation('teach')
	const href = useHref()
	const { courses } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('teach.title')}</h1>
			<p className="lead">{t('teach.intro')}</p>
			<p>
				<Link className="button" to={href('/teach/courses/new')}>
					{t('teach.newCourse')}
				</Link>
			</p>
			{courses.length ? (
				<ul className="cards">
					{courses.map((course) => (
						<li key={course.id} className="card">
							<h2 {...inLanguage(course.shownIn)}>
								<Link to={href(`/teach/courses/${course.id}`)}>{course.title}</Link>
							</h2>
							<p className="meta">
								{course.revision
									? t('teach.publishedRevision', { revision: course.revision })
									: t('teach.neverPublished')}
								{course.revision && course.unpublishedChanges ? ` · ${t('teach.unpublishedChanges')}` : ''} ·{' '}
								{t('teach.updated')} <DateTime value={course.updatedAt} />
							</p>
						</li>
					))}
				</ul>
			) : (
				<p>{t('teach.empty')}</p>
			)}
		</div>
	)
}
