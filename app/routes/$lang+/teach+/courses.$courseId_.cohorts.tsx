import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { coAuthors } from '#app/modules/courses/authoring.server.ts'
import { cohortsOf, createCohort } from '#app/modules/courses/cohorts.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { ErrorSummary, FormMessage, InputField, LinkedForm, SubmitButton, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { requireCourseEditor } from './__editor.server.ts'
import { cohortSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['courses', 'teach'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { course, document } = await requireCourseEditor(request, params)
	return json({
		courseId: course.id,
		title: document.texts[document.sourceLanguage]!.title,
		cohorts: cohortsOf(course.id),
		authors: coAuthors(course.id),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { language, user, course } = await requireCourseEditor(request, params)
	const submission = parseSubmission(cohortSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const created = createCohort(user, course.id, submission.data)
	if (!created.ok) return refusalReply(created, { namespace: 'courses' })
	return redirect(`/${language}/teach/cohorts/${created.cohort.id}`)
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'editor.cohorts', 'teach')

export default function CourseCohorts() {
	const { t } = useTranslation('teach')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? actionData.values : {}
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/teach/courses/${data.courseId}`)}>{t('editor.backToCourse')}</Link>
			</p>
			<h1>{t('cohorts.heading', { title: data.title })}</h1>
			{data.cohorts.length ? (
				<ul>
					{data.cohorts.map((cohort) => (
						<li key={cohort.id}>
							<Link to={href(`/teach/cohorts/${cohort.id}`)}>{cohort.title}</Link>:{' '}
							<DateTime value={cohort.startsOn} dateOnly /> – <DateTime value={cohort.endsOn} dateOnly /> ·{' '}
							{t('cohorts.participants', { taken: cohort.participants, capacity: cohort.capacity })}
						</li>
					))}
				</ul>
			) : (
				<p>{t('cohorts.none')}</p>
			)}
			<h2>{t('cohorts.new')}</h2>
			{errors.form ? <FormMessage tone="error">{t('cohorts.fix')}</FormMessage> : null}
			<ErrorSummary
				form="new-cohort"
				errors={errors}
				labels={{
					title: t('cohorts.title'),
					startsOn: t('cohorts.startsOn'),
					endsOn: t('cohorts.endsOn'),
					enrolmentOpensAt: t('cohorts.opens'),
					enrolmentClosesAt: t('cohorts.closes'),
					capacity: t('cohorts.capacity'),
				}}
			/>
			<LinkedForm id="new-cohort" method="POST" className="stack" noValidate>
				<InputField name="title" label={t('cohorts.title')} defaultValue={values.title} errors={errors.title} />
				<InputField
					name="startsOn"
					type="date"
					label={t('cohorts.startsOn')}
					defaultValue={values.startsOn}
					errors={errors.startsOn}
				/>
				<InputField
					name="endsOn"
					type="date"
					label={t('cohorts.endsOn')}
					defaultValue={values.endsOn}
					errors={errors.endsOn}
				/>
				<InputField
					name="enrolmentOpensAt"
					type="date"
					label={t('cohorts.opens')}
					defaultValue={values.enrolmentOpensAt}
					errors={errors.enrolmentOpensAt}
				/>
				<InputField
					name="enrolmentClosesAt"
					type="date"
					label={t('cohorts.closes')}
					defaultValue={values.enrolmentClosesAt}
					errors={errors.enrolmentClosesAt}
				/>
				<InputField
					name="capacity"
					label={t('cohorts.capacity')}
					inputMode="numeric"
					defaultValue={values.capacity ?? '20'}
					errors={errors.capacity}
				/>
				<fieldset className="checks">
					<legend>{t('cohorts.trainers')}</legend>
					{data.authors.map((author) => (
						<div className="check" key={author.id}>
							<input type="checkbox" id={`trainer-${author.id}`} name="trainerIds" value={author.id} defaultChecked />
							<label htmlFor={`trainer-${author.id}`}>
								{author.name} ({format.country(author.country)})
							</label>
						</div>
					))}
				</fieldset>
				<SubmitButton>{t('cohorts.create')}</SubmitButton>
			</LinkedForm>
		</div>
	)
}
