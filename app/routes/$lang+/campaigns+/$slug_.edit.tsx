import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { publishProblems } from '#app/modules/campaigns/campaign.ts'
import { campaignFormValues, runCampaign, setCampaignStatus } from '#app/modules/campaigns/running.server.ts'
import { partnerIdsOf } from '#app/modules/campaigns/store.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { ErrorList, fieldErrorsOf, FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CampaignForm } from './__campaign-form.tsx'
import { campaignAction, campaignFormOptions } from './__editor.server.ts'

export const handle: StringsHandle = { i18n: ['campaigns'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	const running = runCampaign(user, params.slug ?? '')
	if (!running.ok) throw refusedPage(running)
	const { campaign } = running
	return json({
		slug: campaign.slug,
		title: textIn(campaign.texts, language, campaign.sourceLanguage).text.title,
		status: campaign.status,
		missing: publishProblems(campaign).map((problem) => problem.reason),
		options: campaignFormOptions(user, language),
		values: campaignFormValues(campaign, partnerIdsOf(campaign.id)),
	})
}

/** Saving changes; or, with `?intent=publish` or `?intent=withdraw`, making it public or taking it down. */
export async function action(args: ActionFunctionArgs) {
	const { request, params } = args
	const intent = new URL(request.url).searchParams.get('intent')
	if (intent !== 'publish' && intent !== 'withdraw') return campaignAction(args, params.slug ?? '')
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	const outcome = setCampaignStatus(
		user,
		params.slug ?? '',
		intent === 'publish' ? 'published' : 'withdrawn',
		new Date(),
	)
	// The status form has no fields: whatever is missing is said above its button.
	if (!outcome.ok) return refusalReply({ ...outcome, field: 'status' }, { namespace: 'campaigns' })
	return redirectWithFlash(request, `/${language}/campaigns/${params.slug}`, {
		namespace: 'campaigns',
		key: intent === 'publish' ? 'status.published' : 'status.withdrawn',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.editTitle', 'campaigns')

function StatusSection() {
	const { t } = useTranslation('campaigns')
	const data = useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	const publishing = data.status !== 'published'
	return (
		<section aria-labelledby="status-heading">
			<h2 id="status-heading">{t('status.heading')}</h2>
			<p>{t(`status.now.${data.status}`)}</p>
			{publishing && data.missing.length ? (
				<FormMessage tone="info">
					{t('status.needs')}
					<ul>
						{data.missing.map((reason) => (
							<li key={reason}>{t(`errors.${reason}`)}</li>
						))}
					</ul>
				</FormMessage>
			) : null}
			<ErrorList id="status-errors" errors={errors.status} />
			<Form method="POST" action={`?intent=${publishing ? 'publish' : 'withdraw'}`}>
				<SubmitButton className={publishing ? 'button' : 'button button--danger'}>
					{t(publishing ? 'status.publish' : 'status.withdraw')}
				</SubmitButton>
			</Form>
		</section>
	)
}

export default function EditCampaign() {
	const { t } = useTranslation('campaigns')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData && !errors.status ? actionData.values : data.values
	return (
		<div className="page narrow">
			<h1>{t('form.editTitle')}</h1>
			<p>
				<bdi>{data.title}</bdi>
			</p>
			<p className="inline-actions">
				<Link to={href(`/campaigns/${data.slug}`)}>{t('form.viewPage')}</Link>
				<Link to={href(`/campaigns/${data.slug}/kit`)}>{t('kit.manage')}</Link>
				<Link to={href(`/campaigns/${data.slug}/reach`)}>{t('reach.link')}</Link>
			</p>
			<StatusSection />
			<section aria-labelledby="form-heading">
				<h2 id="form-heading">{t('form.changeHeading')}</h2>
				<CampaignForm
					values={values as Record<string, string | string[]>}
					errors={errors.status ? {} : errors}
					options={data.options}
					submitLabel={t('form.save')}
				/>
			</section>
		</div>
	)
}
