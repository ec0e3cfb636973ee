import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { requireCohortProgress } from './__cohorts.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { progress } = await requireCohortProgress(request, params)
	return json(progress)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'cohorts.progress', 'teach')

export default function CohortProgressPage() {
	const { t } = useTranslation(['teach', 'courses'])
	const href = useHref()
	const format = useFormat()
	const { cohort, courseTitle, trainers, quizzes, sessions, participants } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<p>
				<Link to={href(`/teach/courses/${cohort.courseId}/cohorts`)}>{t('cohorts.back')}</Link>
			</p>
			<h1>
				{cohort.title} · {courseTitle}
			</h1>
			<p className="meta">
				<DateTime value={cohort.startsOn} dateOnly /> – <DateTime value={cohort.endsOn} dateOnly /> ·{' '}
				{t('cohorts.participants', { taken: participants.length, capacity: cohort.capacity })} ·{' '}
				{t('cohorts.trainedBy', { names: format.list(trainers) })}
			</p>
			<p>
				<a href={href(`/teach/cohorts/${cohort.id}/csv`)} download>
					{t('cohorts.exportCsv')}
				</a>
			</p>
			<section aria-labelledby="sessions-heading">
				<h2 id="sessions-heading">{t('cohorts.sessions')}</h2>
				{sessions.length ? (
					<ul>
						{sessions.map((session) => (
							<li key={session.slug}>
								<Link to={href(`/events/${session.slug}`)}>{session.title}</Link> ·{' '}
								<DateTime value={session.startsAt} />
							</li>
						))}
					</ul>
				) : (
					<p>{t('cohorts.noSessions')}</p>
				)}
				<p>
					<Link to={href(`/events/new?cohort=${cohort.id}`)}>{t('cohorts.addSession')}</Link>
				</p>
			</section>
			{participants.length ? (
				<div className="table-scroll">
					<table className="matrix">
						<caption>{t('cohorts.progress')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('cohorts.participant')}</th>
								<th scope="col">{t('cohorts.organisation')}</th>
								<th scope="col">{t('course.progress')}</th>
								{quizzes.map((quiz) => (
									<th scope="col" key={quiz.id}>
										{quiz.title}
									</th>
								))}
								{sessions.length ? <th scope="col">{t('cohorts.sessionsAttended')}</th> : null}
								<th scope="col">{t('cohorts.lastActivity')}</th>
							</tr>
						</thead>
						<tbody>
							{participants.map((participant) => (
								<tr key={`${participant.name}-${participant.lastActivityAt}`}>
									<th scope="row">{participant.name}</th>
									<td>
										{participant.organisation} ({format.country(participant.country)})
									</td>
									<td>
										{participant.completedAt
											? t('cohorts.completed', { percent: format.percent(participant.percent) })
											: format.percent(participant.percent)}
									</td>
									{participant.scores.map((score, index) => (
										<td key={quizzes[index]!.id}>{score === null ? t('cohorts.notTaken') : format.percent(score)}</td>
									))}
									{sessions.length ? (
										<td>
											{t('cohorts.attendedOf', {
												attended: format.number(participant.sessionsAttended),
												sessions: format.number(sessions.length),
											})}
										</td>
									) : null}
									<td>
										<DateTime value={participant.lastActivityAt} />
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<p>{t('cohorts.noParticipants')}</p>
			)}
		</div>
	)
}
