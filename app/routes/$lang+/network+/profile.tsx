import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { profileFormValues, saveProfile } from '#app/modules/network/profiles.server.ts'
import { findProfile } from '#app/modules/network/store.server.ts'
import { profileKinds } from '#app/modules/network/vocabulary.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, formValues } from '#app/platform/forms.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { fieldProps, type FormValues, valueOf } from '#app/ui/checkbox-group.tsx'
import {
	ErrorSummary,
	fieldErrorsOf,
	InputField,
	LinkedForm,
	SelectField,
	SubmitButton,
	TextAreaField,
} from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { AreasField, CountriesField, TickBox } from './__network-fields.tsx'
import { parseProfileForm } from './__network-forms.server.ts'
import { organisationToEdit } from './__organisation.server.ts'

export const handle: StringsHandle = { i18n: ['network'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const { organisation, shown } = organisationToEdit(request, user)
	return json({
		organisation: shown,
		countries: countryOptions(language),
		values: profileFormValues(findProfile(organisation.id), organisation.country),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const { organisation } = organisationToEdit(request, user)
	const form = await request.formData()
	const values = {
		...echoValues(formValues(form)),
		countries: form.getAll('countries').map(String).slice(0, 300),
		areas: form.getAll('areas').map(String).slice(0, 20),
	}
	const submission = parseProfileForm(form)
	if (!submission.success) return formFailure({ ...submission, values })
	const outcome = saveProfile(user, organisation.id, submission.data, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'network', values })
	return redirectWithFlash(request, `/${language}/network/organisations/${organisation.id}`, {
		namespace: 'network',
		key: 'profileForm.saved',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'profileForm.title', 'network')

export default function EditProfile() {
	const { t } = useTranslation('network')
	const { t: common } = useTranslation()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const href = useHref()
	const errors = fieldErrorsOf(actionData)
	const values = (actionData && 'values' in actionData ? actionData.values : data.values) as FormValues
	const text = (name: string) => valueOf(values[name])
	const field = fieldProps(values, errors, (name) => t(`profileForm.${name}`))
	const labels: Record<string, string> = {
		form: t('profileForm.save'),
		...Object.fromEntries(
			['kind', 'countries', 'regions', 'areas', 'languages', 'website', 'isPublic'].map((name) => [
				name,
				t(`profileForm.${name}`),
			]),
		),
		...Object.fromEntries(
			languages.map((language) => [
				`description.${language}`,
				t('profileForm.descriptionIn', { language: common(`languageNames.${language}`) }),
			]),
		),
	}
	return (
		<div className="page narrow">
			<h1>
				{data.organisation.own
					? t('profileForm.title')
					: t('profileForm.titleFor', { organisation: data.organisation.name })}
			</h1>
			<p>{t('profileForm.intro', { organisation: data.organisation.name })}</p>
			<p className="inline-actions">
				{data.organisation.hasProfile ? (
					<Link to={href(`/network/organisations/${data.organisation.id}`)}>{t('profileForm.view')}</Link>
				) : null}
				<Link to={href(`/network/focal-points?organisation=${data.organisation.id}`)}>
					{t('profileForm.focalPoints')}
				</Link>
			</p>
			<LinkedForm method="POST" id="profile" className="stack" noValidate>
				<ErrorSummary form="profile" errors={errors} labels={labels} />
				<SelectField
					{...field('kind')}
					options={profileKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
				/>
				<CountriesField
					name="countries"
					label={labels.countries!}
					hint={t('profileForm.countriesHint')}
					values={values}
					errors={errors}
					countries={data.countries}
				/>
				<InputField {...field('regions')} hint={t('profileForm.regionsHint')} />
				<AreasField legend={labels.areas!} values={values} errors={errors} />
				<InputField {...field('languages')} hint={t('profileForm.languagesHint')} />
				<fieldset>
					<legend>{t('profileForm.descriptionsLegend')}</legend>
					<p className="field-hint">{t('profileForm.descriptionsHint')}</p>
					{languages.map((language) => (
						<TextAreaField
							key={language}
							name={`description.${language}`}
							label={labels[`description.${language}`]!}
							errors={errors[`description.${language}`]}
							defaultValue={text(`description.${language}`)}
							rows={4}
							{...inLanguage(language)}
						/>
					))}
				</fieldset>
				<InputField {...field('website')} type="url" hint={t('profileForm.websiteHint')} />
				<TickBox
					name="isPublic"
					label={labels.isPublic!}
					hint={t('profileForm.isPublicHint')}
					values={values}
					errors={errors}
				/>
				<SubmitButton>{t('profileForm.save')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
