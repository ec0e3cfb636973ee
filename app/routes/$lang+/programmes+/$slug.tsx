import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { countProgrammeEvent, findListedProgramme } from '#app/modules/programmes/catalogue.server.ts'
import { sendInterest } from '#app/modules/programmes/interest.server.ts'
import { contactMethods } from '#app/modules/programmes/vocabulary.ts'
import { languageOptions, namesFor } from '#app/modules/programmes/options.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { isSlug } from '#app/platform/slugs.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { FormMessage, Honeypot, InputField, SelectField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { FallbackNotice, SampleNotice, useProgrammeFacts } from './__programme-facts.tsx'
import { interestSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['programmes'] }

function findProgramme(params: LoaderFunctionArgs['params']) {
	const language = languageFromParams(params)
	const slug = params.slug ?? ''
	const programme = isSlug(slug) ? findListedProgramme(slug, language) : null
	if (!programme) throw notFound()
	return { language, programme }
}

export async function loader({ params }: LoaderFunctionArgs) {
	const { language, programme } = findProgramme(params)
	// A monthly total for the provider; nothing about this visit is kept.
	countProgrammeEvent(programme.slug, 'views')
	return json({
		programme,
		names: namesFor(language, [programme.country]),
		languages: languageOptions(language),
		language,
	})
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const { language, programme } = findProgramme(params)
	enforceRateLimit('interest', context.clientKey)
	const submission = parseSubmission(interestSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const { website, ...details } = submission.data
	const sentPath = `/${language}/programmes/${programme.slug}/sent`
	// A filled honeypot gets the same answer as a person, and nothing is stored.
	if (website) return redirect(sentPath)
	const sent = await sendInterest(programme.slug, details)
	if (!sent.ok) return refusalReply(sent, { namespace: 'programmes' })
	return redirect(sentPath)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'neutralTitle', 'programmes')

export default function Programme() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	const { programme, names, languages, language } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const facts = useProgrammeFacts(names)(programme)
	const values: Record<string, string | undefined> = actionData && 'values' in actionData ? actionData.values : {}
	return (
		<div className="page narrow plain">
			<p>
				<Link to={href('/programmes')}>{t('detail.back')}</Link>
			</p>
			{programme.fallback ? <FallbackNotice language={programme.textLanguage} /> : null}
			<h1 lang={programme.textLanguage}>{programme.title}</h1>
			<p className="lead" lang={programme.textLanguage}>
				{programme.summary}
			</p>
			<p>{t('detail.provider', { name: programme.providerName })}</p>
			<dl className="facts">
				{facts.map((fact) => (
					<div key={fact.key}>
						<dt>{fact.label}</dt>
						<dd>{fact.value}</dd>
					</div>
				))}
			</dl>
			<div lang={programme.textLanguage}>
				<h2>{t('detail.skills')}</h2>
				<p>{programme.skills}</p>
				<h2>{t('detail.eligibility')}</h2>
				<p>{programme.eligibility}</p>
				<h2>{t('detail.accessibility')}</h2>
				<p>{programme.accessibility}</p>
			</div>
			{/* Only a phone number or walking in go under this heading: without either, it would stand empty. */}
			{programme.phone || programme.walkIn ? (
				<section aria-labelledby="apply-heading">
					<h2 id="apply-heading">{t('detail.apply')}</h2>
					{programme.phone ? (
						<p>
							{t('detail.phone')}{' '}
							<a href={`tel:${programme.phone.replace(/\s/g, '')}`} dir="ltr">
								{programme.phone}
							</a>
						</p>
					) : null}
					{programme.walkIn && programme.walkInHours ? (
						<p>
							{t('detail.walkIn')} <span lang={programme.textLanguage}>{programme.walkInHours}</span>
						</p>
					) : null}
					{programme.walkIn && !programme.walkInHours ? <p>{t('detail.walkInWithoutHours')}</p> : null}
				</section>
			) : null}
			<p>
				{t('detail.verified')} <DateTime value={programme.verifiedAt} dateOnly />
			</p>
			{programme.interestForm ? (
				<section aria-labelledby="interest-heading" className="panel">
					<h2 id="interest-heading">{t('interest.title')}</h2>
					<p>{t('interest.intro')}</p>
					{errors.form ? <FormMessage tone="error">{errors.form.map((key) => t(key)).join(' ')}</FormMessage> : null}
					<Form method="POST" className="stack" noValidate>
						<InputField
							name="alias"
							label={t('interest.alias')}
							hint={t('interest.aliasHint')}
							defaultValue={values.alias}
							errors={errors.alias}
							maxLength={80}
							autoComplete="off"
						/>
						<SelectField
							name="contactMethod"
							label={t('interest.contactMethod')}
							options={contactMethods.map((method) => ({ value: method, label: t(`contactMethods.${method}`) }))}
							defaultValue={values.contactMethod}
							errors={errors.contactMethod}
							required
						/>
						<InputField
							name="contact"
							label={t('interest.contact')}
							hint={t('interest.contactHint')}
							defaultValue={values.contact}
							errors={errors.contact}
							maxLength={200}
							autoComplete="off"
							required
						/>
						<SelectField
							name="language"
							label={t('interest.language')}
							options={languages}
							defaultValue={values.language ?? language}
							errors={errors.language}
							required
						/>
						<InputField
							name="bestTimes"
							label={t('interest.bestTimes')}
							defaultValue={values.bestTimes}
							errors={errors.bestTimes}
							maxLength={200}
							autoComplete="off"
						/>
						<Honeypot />
						<SubmitButton>{t('interest.submit')}</SubmitButton>
					</Form>
				</section>
			) : null}
			{programme.isSample ? <SampleNotice /> : null}
		</div>
	)
}
