import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { myLearning } from '#app/modules/courses/learner.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { coursesAwaitingFeedback } from '#app/modules/indicators/feedback.server.ts'
import { pendingFollowUps } from '#app/modules/indicators/follow-ups.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { FollowUpNotice } from './certificates+/__follow-up-notice.tsx'
import { ProgressMeter } from './courses+/__course-parts.tsx'

export const handle: StringsHandle = { i18n: ['certificates', 'courses', 'outcomes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	return json({
		...myLearning(user.id, language),
		feedbackDue: coursesAwaitingFeedback(user.id),
		followUps: pendingFollowUps(user.id),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'learning.title', 'courses')

export default function Learning() {
	const { t } = useTranslation('courses')
	const href = useHref()
	const { courses, competencies, feedbackDue, followUps } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('learning.title')}</h1>
			<p className="actions">
				<Link to={href('/certificates')}>{t('mine.title', { ns: 'certificates' })}</Link>
				<Link to={href('/certificates/transcript')}>{t('transcript.title', { ns: 'certificates' })}</Link>
			</p>
			<FollowUpNotice followUps={followUps} />
			<h2>{t('learning.competencies')}</h2>
			{competencies.length ? (
				<ul className="tags">
					{competencies.map((competency) => (
						<li key={competency}>{t(`competencies.${competency}`)}</li>
					))}
				</ul>
			) : (
				<p>{t('learning.noCompetencies')}</p>
			)}
			<h2>{t('learning.courses')}</h2>
			{courses.length ? (
				<ul className="cards">
					{courses.map((course) => {
						const base = `/courses/${course.slug}`
						return (
							<li key={course.slug} className="card">
								<h3 {...inLanguage(course.shownIn)}>
									<Link to={href(base)}>{course.title}</Link>
								</h3>
								<ProgressMeter percent={course.percent} label={t('course.progress')} />
								{course.completedAt ? (
									<>
										<p>
											{t('course.completed')} <DateTime value={course.completedAt} dateOnly />
										</p>
										{feedbackDue.includes(course.slug) ? (
											<p>
												{t('course.feedbackInvite')}{' '}
												<Link to={href(`${base}/feedback`)}>{t('course.feedbackLink')}</Link>
											</p>
										) : null}
									</>
								) : (
									<p>
										<Link to={href(course.resumePath)}>{t('course.resume')}</Link>{' '}
										<span className="meta">
											{t('learning.lastActivity')} <DateTime value={course.lastActivityAt} />
										</span>
									</p>
								)}
							</li>
						)
					})}
				</ul>
			) : (
				<p>
					{t('learning.empty')} <Link to={href('/courses')}>{t('learning.browse')}</Link>
				</p>
			)}
		</div>
	)
}
