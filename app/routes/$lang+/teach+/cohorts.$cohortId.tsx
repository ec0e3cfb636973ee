import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { cohortForum, openCohortForum } from '#app/modules/forums/cohort-forums.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { requireCohortProgress } from './__cohorts.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'teach', 'forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { progress } = await requireCohortProgress(request, params)
	return json({ ...progress, forum: cohortForum(progress.cohort.id)?.slug ?? null })
}

/** Opens the cohort's own forum (once) and goes there. */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const outcome = openCohortForum(user, params.cohortId ?? '', language)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'forums' })
	return redirect(`/${language}/forums/${outcome.slug}`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'cohorts.progress', 'teach')

export default function CohortProgressPage() {
	const { t } = useTranslation(['teach', 'courses'])
	const { t: tf } = useTranslation('forums')
	const href = useHref()
	const format = useFormat()
	const { cohort, courseTitle, trainers, quizzes, sessions, participants, forum } = useLoaderData<typeof loader>()
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
			<section aria-labelledby="forum-heading">
				<h2 id="forum-heading">{tf('cohortForum.heading')}</h2>
				<p>{tf('cohortForum.explain')}</p>
				{forum ? (
					<p>
						<Link to={href(`/forums/${forum}`)}>{tf('cohortForum.go')}</Link>
					</p>
				) : (
					<Form method="POST">
						<SubmitButton className="button button--secondary">{tf('cohortForum.open')}</SubmitButton>
					</Form>
				)}
			</section>
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
