import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { cohortStaff } from '#app/modules/courses/cohorts.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { eventAction } from './__event-action.server.ts'
import { eventFormOptions } from './__editor.server.ts'
import { EventForm } from './__event-form.tsx'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	// From a cohort's page: a live or in-person session of that cohort, for its participants.
	const cohortId = new URL(request.url).searchParams.get('cohort')
	const staff = cohortId ? cohortStaff(cohortId) : null
	const cohort = staff && can(user, 'cohorts:follow', staff) ? staff.cohort : null
	return json({
		cohortTitle: cohort?.title ?? null,
		options: eventFormOptions(language, user.timeZone),
		values: {
			kind: 'training-workshop',
			audience: cohort ? 'members' : 'public',
			format: 'in-person',
			sourceLanguage: language,
			timeZone: user.timeZone,
			capacity: '30',
			contactEmail: user.email,
			organisationIds: [user.organisationId],
			cohortId: cohort?.id ?? '',
		} as Record<string, string | string[]>,
	})
}

export const action = (args: ActionFunctionArgs) => eventAction(args, null)

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.newTitle', 'events')

export default function NewEvent() {
	const { t } = useTranslation('events')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const values = actionData && 'values' in actionData ? actionData.values : data.values
	return (
		<div className="page narrow">
			<h1>{t('form.newTitle')}</h1>
			{data.cohortTitle ? <p>{t('form.forCohort', { cohort: data.cohortTitle })}</p> : null}
			<p>{t('form.intro')}</p>
			<EventForm
				values={values as Record<string, string | string[]>}
				errors={fieldErrorsOf(actionData)}
				options={data.options}
				submitLabel={t('form.create')}
			/>
		</div>
	)
}
