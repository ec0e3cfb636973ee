import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { cancelEvent, eventFormValues, organisedEvent } from '#app/modules/events/organising.server.ts'
import { organisationIdsOf } from '#app/modules/events/store.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { fieldErrorsOf, FormMessage, SubmitButton, TextAreaField } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { eventAction } from './__event-action.server.ts'
import { eventFormOptions } from './__editor.server.ts'
import { EventForm } from './__event-form.tsx'
import { cancelEventSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	const organised = organisedEvent(user, params.slug ?? '')
	if (!organised.ok) throw refusedPage(organised)
	const { event } = organised
	return json({
		title: textIn(event.texts, language, event.sourceLanguage).text.title,
		cancelled: event.status === 'cancelled',
		options: eventFormOptions(language, event.timeZone),
		values: eventFormValues(event, organisationIdsOf(event.id)),
	})
}

/** Saving changes, or cancelling the event (`intent=cancel`) with a reason the audit log keeps. */
export async function action(args: ActionFunctionArgs) {
	const { request, params } = args
	if (new URL(request.url).searchParams.get('intent') !== 'cancel') return eventAction(args, params.slug ?? '')
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'events:organise')
	const submission = parseSubmission(cancelEventSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = cancelEvent(user, params.slug ?? '', submission.data.reason, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'events', field: 'reason' })
	return redirectWithFlash(request, `/${language}/events/${params.slug}`, {
		namespace: 'events',
		key: 'form.cancelled',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'form.editTitle', 'events')

export default function EditEvent() {
	const { t } = useTranslation('events')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const values = actionData && 'values' in actionData && !('reason' in errors) ? actionData.values : data.values
	if (data.cancelled)
		return (
			<div className="page narrow">
				<h1>{t('form.editTitle')}</h1>
				<FormMessage tone="info">{t('event.cancelledNotice')}</FormMessage>
			</div>
		)
	return (
		<div className="page narrow">
			<h1>{t('form.editTitle')}</h1>
			<p>{data.title}</p>
			<p>{t('form.editIntro')}</p>
			<EventForm
				values={values as Record<string, string | string[]>}
				errors={errors.reason ? {} : errors}
				options={data.options}
				submitLabel={t('form.save')}
			/>
			<section aria-labelledby="cancel-heading">
				<h2 id="cancel-heading">{t('form.cancelHeading')}</h2>
				<p>{t('form.cancelIntro')}</p>
				<Form method="POST" action="?intent=cancel" className="stack">
					<TextAreaField name="reason" label={t('form.cancelReason')} errors={errors.reason} rows={3} />
					<SubmitButton className="button button--danger">{t('form.cancelEvent')}</SubmitButton>
				</Form>
			</section>
		</div>
	)
}
