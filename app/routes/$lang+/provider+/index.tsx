import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { providerListings, verifyListing } from '#app/modules/programmes/listings.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { verifySchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['programmes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const listings = providerListings(user, languageFromParams(params))
	if (!listings.ok) throw refusedPage(listings)
	const { months, programmes, services } = listings
	return json({ months, programmes, services })
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requirePermission(request, 'programmes:manage')
	const submission = parseSubmission(verifySchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const verified = verifyListing(user, submission.data.kind, submission.data.slug)
	if (!verified.ok) return refusalReply(verified, { namespace: 'programmes' })
	return json({ success: true as const, verified: submission.data.slug })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'provider.title', 'programmes')

function VerifyButton({ kind, slug, label }: { kind: 'programme' | 'service'; slug: string; label: string }) {
	return (
		<Form method="POST">
			<input type="hidden" name="kind" value={kind} />
			<input type="hidden" name="slug" value={slug} />
			<SubmitButton className="button button--secondary">{label}</SubmitButton>
		</Form>
	)
}

export default function ProviderListings() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const format = useFormat()
	const { programmes, services } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const state = (value: string, expiresAt: string) => (
		<>
			{t(`provider.states.${value}`)} (<DateTime value={expiresAt} dateOnly />)
		</>
	)
	return (
		<div className="page">
			<h1>{t('provider.title')}</h1>
			<p>{t('provider.intro')}</p>
			<p>
				<Link to={href('/provider/inbox')}>{t('provider.inboxLink')}</Link> ·{' '}
				<Link to={href('/provider/programmes/new')}>{t('editor.newProgramme')}</Link> ·{' '}
				<Link to={href('/provider/services/new')}>{t('services.newTitle')}</Link>
			</p>
			{actionData?.success ? <FormMessage tone="success">{t('provider.verified')}</FormMessage> : null}
			<DataTable
				caption={t('provider.programmes')}
				headings={[
					t('provider.listing'),
					t('provider.state'),
					t('provider.views'),
					t('provider.interests'),
					t('provider.actions'),
				]}
				rows={programmes}
				rowKey={(programme) => programme.slug}
				cells={(programme) => (
					<>
						<td>
							<Link to={href(`/provider/programmes/${programme.slug}`)}>{programme.title}</Link>
						</td>
						<td>{state(programme.state, programme.expiresAt)}</td>
						<td>
							{t('provider.monthly', {
								current: format.number(programme.views[0]!),
								previous: format.number(programme.views[1]!),
							})}
						</td>
						<td>
							{t('provider.monthly', {
								current: format.number(programme.interests[0]!),
								previous: format.number(programme.interests[1]!),
							})}
						</td>
						<td>
							<VerifyButton
								kind="programme"
								slug={programme.slug}
								label={t('provider.verify', { title: programme.title })}
							/>
						</td>
					</>
				)}
				empty={t('provider.noProgrammes')}
			/>
			<DataTable
				caption={t('provider.services')}
				headings={[t('provider.listing'), t('provider.state'), t('provider.actions')]}
				rows={services}
				rowKey={(service) => service.slug}
				cells={(service) => (
					<>
						<td>
							<Link to={href(`/provider/services/${service.slug}`)}>{service.title}</Link>
						</td>
						<td>{state(service.state, service.expiresAt)}</td>
						<td>
							<VerifyButton kind="service" slug={service.slug} label={t('provider.verify', { title: service.title })} />
						</td>
					</>
				)}
				empty={t('provider.noServices')}
			/>
		</div>
	)
}
