import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { presentEvent } from '#app/modules/events/pages.server.ts'
import { register } from '#app/modules/events/registrations.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { formValues } from '#app/platform/forms.ts'
import { languageName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import {
	ErrorList,
	ErrorSummary,
	fieldErrorsOf,
	FormMessage,
	LinkedForm,
	SelectField,
	SubmitButton,
	TextAreaField,
} from '#app/ui/forms.tsx'
import { useHref, useReader } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { registrationAnswers } from './__forms.server.ts'
import { EventWhen } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const event = presentEvent(user, params.slug ?? '', language, user.timeZone, new Date())
	if (!event) throw notFound()
	// Someone who already holds or waits for a place manages it on the event page.
	if (event.place) throw redirect(`/${language}/events/${event.slug}`)
	return json({ event })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const form = await request.formData()
	const outcome = register(user, params.slug ?? '', registrationAnswers(form), new Date())
	if (!outcome.ok)
		return refusalReply(outcome.field ? { ...outcome, field: `answer.${outcome.field}` } : outcome, {
			namespace: 'events',
			values: formValues(form) as Record<string, string>,
		})
	return redirectWithFlash(request, `/${language}/events/${params.slug}`, {
		namespace: 'events',
		key: outcome.status === 'registered' ? 'registration.registered' : 'registration.waitlisted',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'registration.title', 'events')

export default function Register() {
	const { t } = useTranslation('events')
	const href = useHref()
	const { language } = useReader()
	const { event } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : {}
	const labels = Object.fromEntries(
		event.questions.map((question) => [
			`answer.${question.id}`,
			question.standard ? t(`questions.${question.id}.label`) : question.label,
		]),
	)
	return (
		<div className="page narrow">
			<h1>{t('registration.title')}</h1>
			<p>
				<Link to={href(`/events/${event.slug}`)} lang={event.textLanguage}>
					{event.title}
				</Link>
			</p>
			<EventWhen when={event.when} startsAt={event.startsAt} />
			{event.window !== 'open' ? (
				<FormMessage tone="info">{t(`event.window.${event.window}`)}</FormMessage>
			) : (
				<LinkedForm method="POST" id="registration" className="stack" noValidate>
					<ErrorSummary form="registration" errors={errors} labels={labels} />
					<ErrorList id="registration-errors" errors={errors.form} />
					{event.seatsLeft ? (
						<p>{t('registration.seatFree')}</p>
					) : (
						<FormMessage tone="info">{t('registration.willWait')}</FormMessage>
					)}
					{event.questions.length ? <p>{t('registration.questionsIntro')}</p> : null}
					{event.questions.map((question) =>
						question.standard && question.id === 'interpretation' && event.interpretation.length ? (
							<SelectField
								key={question.id}
								name={`answer.${question.id}`}
								label={labels[`answer.${question.id}`]!}
								options={[
									{ value: '', label: t('questions.interpretation.none') },
									...event.interpretation.map((code) => ({ value: code, label: languageName(code, language) })),
								]}
								defaultValue={values[`answer.${question.id}`]}
								errors={errors[`answer.${question.id}`]}
							/>
						) : (
							<TextAreaField
								key={question.id}
								name={`answer.${question.id}`}
								label={
									!question.standard && question.required
										? t('registration.required', { label: question.label })
										: labels[`answer.${question.id}`]!
								}
								hint={question.standard ? t(`questions.${question.id}.hint`) : undefined}
								rows={2}
								defaultValue={values[`answer.${question.id}`]}
								errors={errors[`answer.${question.id}`]}
							/>
						),
					)}
					<p className="muted">{t('registration.privacy')}</p>
					<SubmitButton>{event.seatsLeft ? t('event.register') : t('event.joinWaitingList')}</SubmitButton>
				</LinkedForm>
			)}
		</div>
	)
}
