import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { closeInterest, listInbox } from '#app/modules/programmes/interest.server.ts'
import { languageName } from '#app/platform/format.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { closeRequestSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const language = languageFromParams(params)
	const inbox = listInbox(user, user.organisationId, language)
	if (!inbox.ok) throw refusedPage(inbox)
	return json({
		requests: inbox.requests.map((request) => ({ ...request, language: languageName(request.language, language) })),
	})
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const submission = parseSubmission(closeRequestSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const closed = closeInterest(user, submission.data.requestId)
	if (!closed.ok) return refusalReply(closed, { namespace: 'programmes' })
	return json({ success: true as const, closed: true })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'inbox.title', 'programmes')

/** Interest requests from survivors, shown only here; closing one starts its 30-day countdown to deletion. */
export default function Inbox() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { requests } = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/provider')}>{t('inbox.back')}</Link>
			</p>
			<h1>{t('inbox.title')}</h1>
			<p>{t('inbox.intro')}</p>
			{requests.length ? (
				<ul className="cards">
					{requests.map((request) => (
						<li key={request.id} className="card">
							<h2>{request.programmeTitle}</h2>
							<dl className="facts">
								<div>
									<dt>{t('inbox.received')}</dt>
									<dd>
										<DateTime value={request.receivedAt} />
									</dd>
								</div>
								<div>
									<dt>{t('inbox.alias')}</dt>
									<dd>{request.alias ?? t('inbox.noAlias')}</dd>
								</div>
								<div>
									<dt>{t('inbox.contact')}</dt>
									<dd>
										{t(`contactMethods.${request.contactMethod}`)}: <span dir="auto">{request.contact}</span>
									</dd>
								</div>
								<div>
									<dt>{t('inbox.language')}</dt>
									<dd>{request.language}</dd>
								</div>
								{request.bestTimes ? (
									<div>
										<dt>{t('inbox.bestTimes')}</dt>
										<dd dir="auto">{request.bestTimes}</dd>
									</div>
								) : null}
								<div>
									<dt>{t('inbox.deleted')}</dt>
									<dd>
										<DateTime value={request.deleteAfter} dateOnly />
									</dd>
								</div>
							</dl>
							{request.status === 'open' ? (
								<Form method="POST">
									<input type="hidden" name="requestId" value={request.id} />
									<SubmitButton className="button button--secondary">{t('inbox.close')}</SubmitButton>
								</Form>
							) : (
								<p>{t('inbox.closed')}</p>
							)}
						</li>
					))}
				</ul>
			) : (
				<p className="empty">{t('inbox.empty')}</p>
			)}
		</div>
	)
}
