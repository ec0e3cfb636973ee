import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { reachMonth } from '#app/modules/campaigns/campaign.ts'
import { addReportedReach, reachReport } from '#app/modules/campaigns/reach.server.ts'
import { reportedReachKinds } from '#app/modules/campaigns/vocabulary.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	fieldErrorsOf,
	InputField,
	LinkedForm,
	SelectField,
	SubmitButton,
} from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { reportedReachSchema } from './__forms.server.ts'
import { CountedReach, ReportedReach } from './__reach-tables.tsx'

export const handle: StringsHandle = { i18n: ['campaigns'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	const report = reachReport(user, params.slug ?? '')
	if (!report.ok) throw refusedPage(report)
	const { campaign, counted, totals, reported, reportingFor } = report
	return json({
		slug: campaign.slug,
		title: textIn(campaign.texts, language, campaign.sourceLanguage).text.title,
		counted,
		totals,
		reported,
		reportingFor,
		countries: countryOptions(language, campaign.countries),
		thisMonth: reachMonth(new Date()),
	})
}

/** Reach a partner reports itself, for its own organisation (a platform admin for any on the campaign). */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'campaigns:run')
	const report = reachReport(user, params.slug ?? '')
	if (!report.ok) throw refusedPage(report)
	const submission = parseSubmission(reportedReachSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = addReportedReach(user, params.slug ?? '', submission.data, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'campaigns', values: submission.data as never })
	return redirectWithFlash(request, `/${language}/campaigns/${params.slug}/reach`, {
		namespace: 'campaigns',
		key: 'reach.added',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'reach.title', 'campaigns')

function ReportForm() {
	const { t } = useTranslation('campaigns')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = (actionData && 'values' in actionData ? actionData.values : {}) as Record<string, string>
	const field = (name: string) => ({
		name,
		label: t(`reach.form.${name}`),
		errors: errors[name],
		defaultValue: values[name],
	})
	return (
		<section aria-labelledby="report-heading">
			<h2 id="report-heading">{t('reach.form.heading')}</h2>
			<p>{t('reach.form.intro')}</p>
			<ErrorSummary
				form="reach"
				errors={errors}
				labels={(name) => (name === 'form' ? undefined : t(`reach.form.${name}`))}
			/>
			<ErrorList id="reach-errors" errors={errors.form} />
			<LinkedForm id="reach" method="POST" className="stack" noValidate>
				<SelectField {...field('organisationId')} options={data.reportingFor} />
				<SelectField
					{...field('kind')}
					options={reportedReachKinds.map((kind) => ({ value: kind, label: t(`reachKinds.${kind}`) }))}
				/>
				<InputField {...field('amount')} inputMode="numeric" />
				<SelectField {...field('country')} placeholder={t('reach.form.noCountry')} options={data.countries} />
				<InputField {...field('month')} type="month" hint={t('reach.form.monthHint', { month: data.thisMonth })} />
				<InputField {...field('source')} hint={t('reach.form.sourceHint')} />
				<SubmitButton>{t('reach.form.add')}</SubmitButton>
			</LinkedForm>
		</section>
	)
}

export default function CampaignReach() {
	const { t } = useTranslation('campaigns')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<p>
				<Link to={href(`/campaigns/${data.slug}`)}>{t('reach.back')}</Link>
			</p>
			<h1>{t('reach.title')}</h1>
			<p>
				<bdi>{data.title}</bdi>
			</p>
			<p>{t('reach.intro')}</p>
			<CountedReach rows={data.counted} totals={data.totals} />
			<ReportedReach rows={data.reported} />
			<ReportForm />
		</div>
	)
}
