import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { earnedCompetencies } from '#app/modules/courses/learner.server.ts'
import { declaredGender, updatePreferences, updateProfile } from '#app/modules/accounts/users.server.ts'
import { genders } from '#app/modules/accounts/vocabulary.ts'
import { preferencesForm } from '#app/modules/accounts/preferences.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { formFailure } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { formatDateTime } from '#app/platform/format.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, InputField, SelectField, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { preferencesSchema, profileSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'settings'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	return json({
		profile: {
			name: user.name,
			email: user.email,
			country: user.country,
			organisationName: user.organisationName,
			gender: declaredGender(user.id),
		},
		preferences: preferencesForm(user),
		countries: countryOptions(language),
		now: formatDateTime(new Date(), language, user.timeZone),
		competencies: earnedCompetencies(user.id),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const formData = await request.formData()
	if (formData.get('intent') === 'preferences') {
		const submission = parseSubmission(preferencesSchema, formData)
		if (!submission.success) return formFailure(submission, { form: 'preferences' })
		updatePreferences(user.id, { locale: submission.data.locale, timeZone: submission.data.timeZone })
		// A newly chosen language takes the site there too; otherwise the member keeps reading where they were.
		const readIn = submission.data.locale === user.locale ? language : submission.data.locale
		return redirect(`/${readIn}/settings?saved=preferences`)
	}
	const submission = parseSubmission(profileSchema, formData)
	if (!submission.success) return formFailure(submission, { form: 'profile' })
	const { name, country, gender } = submission.data
	updateProfile(user.id, { name, country, gender })
	return redirect(`/${language}/settings?saved=profile`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'profile.title', 'settings')

export default function ProfileSettings() {
	const { t } = useTranslation('settings')
	const { profile, preferences, countries, now, competencies } = useLoaderData<typeof loader>()
	const { t: tCourses } = useTranslation('courses')
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const saved = searchParams.get('saved')
	const profileErrors = actionData?.form === 'profile' ? fieldErrorsOf(actionData) : {}
	const preferenceErrors = actionData?.form === 'preferences' ? fieldErrorsOf(actionData) : {}
	return (
		<>
			<h1>{t('profile.title')}</h1>
			{saved === 'profile' || saved === 'preferences' ? (
				<FormMessage tone="success">{t(`profile.saved.${saved}`)}</FormMessage>
			) : null}
			<section aria-labelledby="profile-heading" className="panel">
				<h2 id="profile-heading">{t('profile.profileHeading')}</h2>
				<dl className="facts">
					<dt>{t('profile.email')}</dt>
					<dd>{profile.email}</dd>
					<dt>{t('profile.organisation')}</dt>
					<dd>{profile.organisationName}</dd>
				</dl>
				<Form method="POST" className="stack" noValidate>
					<InputField
						name="name"
						label={t('profile.name')}
						autoComplete="name"
						defaultValue={profile.name}
						errors={profileErrors.name}
						required
						maxLength={120}
					/>
					<SelectField
						name="country"
						label={t('profile.country')}
						options={countries}
						defaultValue={profile.country}
						errors={profileErrors.country}
						required
					/>
					<SelectField
						name="gender"
						label={t('profile.gender')}
						hint={t('profile.genderHint')}
						options={[
							{ value: '', label: t('profile.genderNotStated') },
							...genders.map((gender) => ({ value: gender, label: t(`profile.genders.${gender}`) })),
						]}
						defaultValue={profile.gender ?? ''}
						errors={profileErrors.gender}
					/>
					<SubmitButton name="intent" value="profile">
						{t('profile.saveProfile')}
					</SubmitButton>
				</Form>
			</section>
			<section aria-labelledby="competencies-heading" className="panel">
				<h2 id="competencies-heading">{tCourses('learning.competencies')}</h2>
				{competencies.length ? (
					<ul className="tags">
						{competencies.map((competency) => (
							<li key={competency}>{tCourses(`competencies.${competency}`)}</li>
						))}
					</ul>
				) : (
					<p>{tCourses('learning.noCompetencies')}</p>
				)}
			</section>
			<section aria-labelledby="preferences-heading" className="panel">
				<h2 id="preferences-heading">{t('profile.preferencesHeading')}</h2>
				<Form method="POST" className="stack" noValidate>
					<SelectField
						name="locale"
						label={t('profile.language')}
						hint={t('profile.languageHint')}
						options={languages.map((language) => ({
							value: language,
							label: t(`languageNames.${language}`, { ns: 'common' }),
						}))}
						defaultValue={preferences.locale}
						errors={preferenceErrors.locale}
						required
					/>
					<SelectField
						name="timeZone"
						label={t('profile.timeZone')}
						hint={t('profile.timeZoneHint', { now })}
						options={preferences.timeZones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
						defaultValue={preferences.timeZone}
						errors={preferenceErrors.timeZone}
						required
					/>
					<SubmitButton name="intent" value="preferences">
						{t('profile.savePreferences')}
					</SubmitButton>
				</Form>
			</section>
		</>
	)
}
