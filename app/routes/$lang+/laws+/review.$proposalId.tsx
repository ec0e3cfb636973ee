import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { decideProposal, findProposal, withdrawProposal } from '#app/modules/laws/proposals.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { countryName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, TextAreaField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { ChangeList } from './__changes.tsx'
import { decisionSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['laws'] }

async function proposalFor(request: Request, params: LoaderFunctionArgs['params']) {
	const { user } = await requirePermission(request, 'laws:edit')
	const proposal = findProposal(user, params.proposalId ?? '')
	if (!proposal) throw notFound()
	return { user, proposal }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user, proposal } = await proposalFor(request, params)
	return json({
		id: proposal.id,
		country: proposal.country,
		name: countryName(proposal.country, language),
		changes: proposal.changes,
		note: proposal.note,
		state: proposal.state,
		author: proposal.author,
		reviewer: proposal.reviewer,
		comment: proposal.comment,
		createdAt: proposal.createdAt.toISOString(),
		own: proposal.authorId === user.id,
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, proposal } = await proposalFor(request, params)
	const submission = parseSubmission(decisionSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const step = submission.data
	const outcome =
		step.intent === 'withdraw'
			? withdrawProposal(user, proposal.id)
			: decideProposal(
					user,
					proposal.id,
					step.intent === 'approve' ? { approve: true } : { approve: false, comment: step.comment },
				)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'laws', status: outcome.reason === 'decided' ? 409 : 400 })
	const notices = { approve: 'review.approved', return: 'review.returned', withdraw: 'review.withdrawn' } as const
	const to = step.intent === 'approve' ? `/${language}/laws/${proposal.country}` : `/${language}/laws/review`
	return redirectWithFlash(request, to, { namespace: 'laws', key: notices[step.intent] })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'review.title', 'laws')

export default function ReviewProposal() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	return (
		<div className="page">
			<h1>{t('review.proposalTitle', { country: data.name })}</h1>
			<p>
				<Link to={href('/laws/review')}>{t('review.title')}</Link>
				{' · '}
				<Link to={href(`/laws/${data.country}`)}>{t('history.back', { country: data.name })}</Link>
			</p>
			<p>
				{t('history.proposedBy', { name: data.author ?? t('review.someone') })} · <DateTime value={data.createdAt} /> ·{' '}
				{t(`review.states.${data.state}`)}
			</p>
			{data.note ? <p>{t('history.note', { note: data.note })}</p> : null}
			{data.comment ? <p className="notice">{t('review.reviewerComment', { comment: data.comment })}</p> : null}
			{errors.form ? (
				<FormMessage tone="error">{errors.form.map((message) => t(message)).join(' ')}</FormMessage>
			) : null}
			<ChangeList changes={data.changes} />
			{data.state === 'pending' && data.own ? (
				<>
					<p className="notice">{t('review.yours')}</p>
					<LinkedForm id="withdraw" method="POST">
						<SubmitButton name="intent" value="withdraw" className="button button--secondary">
							{t('review.withdraw')}
						</SubmitButton>
					</LinkedForm>
				</>
			) : null}
			{data.state === 'pending' && !data.own ? (
				<div className="stack">
					<LinkedForm id="approve" method="POST">
						<SubmitButton name="intent" value="approve">
							{t('review.approve')}
						</SubmitButton>
					</LinkedForm>
					<ErrorSummary form="return" errors={errors} labels={{ comment: t('review.comment') }} />
					<LinkedForm id="return" method="POST" className="stack" noValidate>
						<TextAreaField name="comment" label={t('review.comment')} errors={errors.comment} rows={3} />
						<SubmitButton name="intent" value="return" className="button button--secondary">
							{t('review.return')}
						</SubmitButton>
					</LinkedForm>
				</div>
			) : null}
		</div>
	)
}
