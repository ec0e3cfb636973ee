import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { hasFeedToken, renewFeedToken, revokeFeedToken } from '#app/modules/events/calendars.server.ts'
import { eventSummary } from '#app/modules/events/pages.server.ts'
import { registrationsOf } from '#app/modules/events/registrations.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { EventItem } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const now = new Date()
	const rows = registrationsOf(user.id).filter((row) => row.event.endsAt >= now)
	return json({
		events: rows.map((row) => ({ ...eventSummary(row.event, language, user.timeZone), place: row.status })),
		hasFeed: hasFeedToken(user.id),
	})
}

/** A new private calendar address (shown once: only its hash is kept), or none at all. */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const intent = (await request.formData()).get('intent')
	if (intent === 'revoke') {
		revokeFeedToken(user.id)
		return json({ feedUrl: null, revoked: true })
	}
	const token = renewFeedToken(user.id)
	return json({ feedUrl: `${getEnv().PUBLIC_URL}/events/mine/${token}.ics?lang=${language}`, revoked: false })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mine.title', 'events')

export default function MyEvents() {
	const { t } = useTranslation('events')
	const data = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<div className="page narrow">
			<h1>{t('mine.title')}</h1>
			{data.events.length ? (
				<ul className="event-list plain-list">
					{data.events.map((event) => (
						<EventItem key={event.slug} event={event} />
					))}
				</ul>
			) : (
				<p>{t('mine.empty')}</p>
			)}
			<section aria-labelledby="feed-heading">
				<h2 id="feed-heading">{t('mine.feedHeading')}</h2>
				<p>{t('mine.feedIntro')}</p>
				{result?.feedUrl ? (
					<FormMessage tone="success">
						<p>{t('mine.feedCreated')}</p>
						<p>
							<code className="break-anywhere">{result.feedUrl}</code>
						</p>
					</FormMessage>
				) : null}
				{result?.revoked ? <FormMessage tone="success">{t('mine.feedRevoked')}</FormMessage> : null}
				<Form method="POST" className="inline-actions">
					<SubmitButton name="intent" value="renew">
						{data.hasFeed ? t('mine.renewFeed') : t('mine.createFeed')}
					</SubmitButton>
					{data.hasFeed ? (
						<SubmitButton name="intent" value="revoke" className="button button--secondary">
							{t('mine.revokeFeed')}
						</SubmitButton>
					) : null}
				</Form>
			</section>
		</div>
	)
}
