import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams, useSubmit } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newOrganisationChoice, organisationTypes, requestableRoles } from '#app/modules/accounts/vocabulary.ts'
import { applyForMembership } from '#app/modules/accounts/applications.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { listApprovedOrganisations } from '#app/modules/accounts/organisations.server.ts'
import { requireAnonymous } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import {
	ErrorSummary,
	FormMessage,
	Honeypot,
	InputField,
	LinkedForm,
	SelectField,
	SubmitButton,
	fieldErrorsOf,
} from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { applicationSchema, chosenCountrySchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['accounts'] }

/**
 * The country comes first (a GET form, so it works without JavaScript); the form then lists the organisations
 * of that country only. The action checks the organisation is of the country posted with it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	await requireAnonymous(request)
	const chosen = chosenCountrySchema.safeParse({ country: new URL(request.url).searchParams.get('country') })
	const country = chosen.success ? chosen.data.country : null
	return json({
		countries: countryOptions(language),
		country,
		organisations: country
			? listApprovedOrganisations(country).map((organisation) => ({ value: organisation.id, label: organisation.name }))
			: [],
	})
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	await requireAnonymous(request)
	enforceRateLimit('sign-up', context.clientKey)
	const submission = parseSubmission(applicationSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const input = submission.data
	const thanks = redirect(`/${language}/sign-up?applied=1`)
	if (input.website) return thanks
	const applied = await applyForMembership(
		{
			name: input.name,
			email: input.email,
			password: input.password,
			country: input.country,
			role: input.role,
			timeZone: input.timeZone,
			organisation:
				input.organisationId === newOrganisationChoice
					? {
							kind: 'proposed',
							name: input.newOrganisationName!,
							type: input.newOrganisationType!,
							country: input.country,
						}
					: { kind: 'existing', id: input.organisationId },
		},
		language,
	)
	if (!applied.ok) return refusalReply(applied, { namespace: 'common', values: echoValues(submission.data) })
	return thanks
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'signUp.title', 'accounts')

function useBrowserTimeZone() {
	const [timeZone, setTimeZone] = useState('UTC')
	useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), [])
	return timeZone
}

export default function SignUp() {
	const { t } = useTranslation('accounts')
	const { organisations, countries, country } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const timeZone = useBrowserTimeZone()
	const submit = useSubmit()
	if (searchParams.get('applied')) {
		return (
			<div className="page narrow">
				<h1>{t('signUp.appliedTitle')}</h1>
				<FormMessage tone="success">{t('signUp.appliedBody')}</FormMessage>
				<p>{t('signUp.appliedNext')}</p>
			</div>
		)
	}
	const errors = fieldErrorsOf(actionData)
	const values = actionData && !actionData.success ? actionData.values : {}
	const countryName = countries.find((option) => option.value === country)?.label
	const organisationHint = !countryName
		? t('signUp.chooseCountryFirst')
		: t(organisations.length ? 'signUp.organisationsOf' : 'signUp.noOrganisationsIn', { country: countryName })
	return (
		<div className="page narrow">
			<h1>{t('signUp.title')}</h1>
			<p>{t('signUp.intro')}</p>
			<ErrorSummary
				form="sign-up"
				errors={errors}
				labels={{
					country: t('fields.country'),
					name: t('fields.name'),
					email: t('fields.email'),
					password: t('fields.newPassword'),
					role: t('fields.role'),
					organisationId: t('fields.organisation'),
					newOrganisationName: t('fields.organisationName'),
					newOrganisationType: t('fields.organisationType'),
				}}
			/>
			{/* With JavaScript, choosing a country lists its organisations at once; without, the button does. */}
			<LinkedForm
				id="sign-up-choose-country"
				fieldsOf="sign-up"
				method="GET"
				className="stack"
				onChange={(event) => submit(event.currentTarget, { replace: true, preventScrollReset: true })}
			>
				<SelectField
					name="country"
					label={t('fields.country')}
					hint={t('signUp.countryHint')}
					options={countries}
					placeholder={t('fields.choose')}
					defaultValue={country ?? values.country}
					errors={errors.country}
					required
				/>
				<button type="submit" className="button button--secondary">
					{t('signUp.showOrganisations')}
				</button>
			</LinkedForm>
			<LinkedForm id="sign-up" method="POST" className="stack" noValidate>
				<Honeypot />
				<input type="hidden" name="timeZone" value={timeZone} />
				<input type="hidden" name="country" value={country ?? ''} />
				<InputField
					name="name"
					label={t('fields.name')}
					autoComplete="name"
					defaultValue={values.name}
					errors={errors.name}
					required
					maxLength={120}
				/>
				<InputField
					name="email"
					type="email"
					label={t('fields.email')}
					autoComplete="email"
					defaultValue={values.email}
					errors={errors.email}
					required
				/>
				<InputField
					name="password"
					type="password"
					label={t('fields.newPassword')}
					hint={t('fields.passwordHint')}
					autoComplete="new-password"
					errors={errors.password}
					required
				/>
				<SelectField
					name="role"
					label={t('fields.role')}
					options={requestableRoles.map((role) => ({ value: role, label: t(`roles.${role}`, { ns: 'common' }) }))}
					placeholder={t('fields.choose')}
					defaultValue={values.role}
					errors={errors.role}
					required
				/>
				<SelectField
					// A new list for another country: the choice made in the old one does not carry over.
					key={country ?? 'none'}
					name="organisationId"
					label={t('fields.organisation')}
					hint={organisationHint}
					options={[...organisations, { value: newOrganisationChoice, label: t('signUp.organisationNotListed') }]}
					placeholder={t('fields.choose')}
					defaultValue={values.organisationId}
					errors={errors.organisationId}
					required
				/>
				<fieldset className="stack">
					<legend>{t('signUp.newOrganisationLegend')}</legend>
					<p className="field-hint">{t('signUp.newOrganisationHint')}</p>
					<InputField
						name="newOrganisationName"
						label={t('fields.organisationName')}
						defaultValue={values.newOrganisationName}
						errors={errors.newOrganisationName}
						maxLength={160}
					/>
					<SelectField
						name="newOrganisationType"
						label={t('fields.organisationType')}
						options={organisationTypes.map((type) => ({
							value: type,
							label: t(`organisationTypes.${type}`, { ns: 'common' }),
						}))}
						placeholder={t('fields.choose')}
						defaultValue={values.newOrganisationType}
						errors={errors.newOrganisationType}
					/>
				</fieldset>
				<SubmitButton>{t('signUp.submit')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
