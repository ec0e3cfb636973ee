import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { markAttendance, registrantsOf } from '#app/modules/events/attendance.server.ts'
import { registrantsPageSize } from '#app/modules/events/vocabulary.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { ErrorList, fieldErrorsOf, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { attendanceSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	const page = pageNumber(new URL(request.url).searchParams.get('page'))
	const result = registrantsOf(user, params.slug ?? '', page)
	if (!result.ok) throw refusedPage(result)
	const { event } = result
	return json({
		slug: event.slug,
		title: textIn(event.texts, language, event.sourceLanguage).text.title,
		started: new Date() >= event.startsAt,
		questions: event.questions.map((question) => ({
			id: question.id,
			standard: question.standard,
			label: question.standard ? null : question.label,
		})),
		page,
		total: result.total,
		registrants: result.registrants.map((row) => ({ ...row, queuedAt: row.queuedAt.toISOString() })),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	const submission = parseSubmission(attendanceSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = markAttendance(user, params.slug ?? '', submission.data, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'events' })
	return redirectWithFlash(request, `/${language}/events/${params.slug}/registrants`, {
		namespace: 'events',
		key: 'registrants.attendanceSaved',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'registrants.title', 'events')

export default function Registrants() {
	const { t } = useTranslation('events')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	const questionLabel = (question: (typeof data.questions)[number]) =>
		question.standard ? t(`questions.${question.id}.label`) : question.label!
	return (
		<div className="page">
			<h1>{t('registrants.title')}</h1>
			<p>
				<Link to={href(`/events/${data.slug}`)}>{data.title}</Link>
			</p>
			<p className="inline-actions">
				<a href={href(`/events/${data.slug}/registrants/csv`)} download>
					{t('registrants.csv')}
				</a>
			</p>
			<p>{t('registrants.count', { count: data.total, total: format.number(data.total) })}</p>
			{data.registrants.length ? (
				<Form method="POST">
					<ErrorList id="attendance-errors" errors={errors.form} />
					<div className="table-scroll" role="region" aria-labelledby="registrants-caption" tabIndex={0}>
						<table>
							<caption id="registrants-caption">{t('registrants.caption')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('registrants.name')}</th>
									<th scope="col">{t('registrants.organisation')}</th>
									<th scope="col">{t('registrants.status')}</th>
									{data.questions.map((question) => (
										<th key={question.id} scope="col">
											{questionLabel(question)}
										</th>
									))}
									{data.started ? <th scope="col">{t('registrants.attended')}</th> : null}
								</tr>
							</thead>
							<tbody>
								{data.registrants.map((row) => (
									<tr key={row.id}>
										<th scope="row">
											{row.name}
											<br />
											<span className="muted">{row.email}</span>
										</th>
										<td>
											{row.organisation} ({format.country(row.country)})
										</td>
										<td>{t(`registrants.statuses.${row.status}`)}</td>
										{data.questions.map((question) => (
											<td key={question.id}>{row.answers[question.id] ?? ''}</td>
										))}
										{data.started ? (
											<td>
												{row.status === 'registered' ? (
													<>
														<input type="hidden" name="shown" value={row.id} />
														<input
															type="checkbox"
															name="present"
															value={row.id}
															id={`present-${row.id}`}
															defaultChecked={row.attended === true}
															aria-label={t('registrants.attendedBy', { name: row.name })}
														/>
													</>
												) : (
													'—'
												)}
											</td>
										) : null}
									</tr>
								))}
							</tbody>
						</table>
					</div>
					{data.started ? (
						<SubmitButton>{t('registrants.saveAttendance')}</SubmitButton>
					) : (
						<p className="muted">{t('registrants.attendanceLater')}</p>
					)}
				</Form>
			) : (
				<p>{t('registrants.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={registrantsPageSize} total={data.total} />
		</div>
	)
}
