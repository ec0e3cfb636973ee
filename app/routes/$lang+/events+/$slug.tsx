import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser, requireUser } from '#app/modules/accounts/auth.server.ts'
import { presentEvent } from '#app/modules/events/pages.server.ts'
import { eventThread, openEventThread } from '#app/modules/forums/event-threads.server.ts'
import { cancelRegistration } from '#app/modules/events/registrations.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, fieldErrorsOf, FormMessage, SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref, useReader } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { EventFacts } from './__event-facts.tsx'
import { EventWhen } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const event = presentEvent(auth?.user ?? null, params.slug ?? '', language, auth?.user.timeZone ?? null, new Date())
	if (!event) throw notFound()
	const discussion = eventThread(event.id)
	return json({
		event,
		signedIn: Boolean(auth),
		discussion: discussion
			? { path: `/forums/${discussion.categorySlug}/${discussion.threadId}`, posts: discussion.posts }
			: null,
	})
}

/** Giving one's place up (registering has its own page, with the event's questions), or opening the discussion. */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	if ((await request.formData()).get('intent') === 'discuss') {
		const opened = openEventThread(user, params.slug ?? '', language, new Date())
		if (!opened.ok) return refusalReply(opened, { namespace: 'events' })
		return redirect(`/${language}${opened.path}`)
	}
	const outcome = cancelRegistration(user, params.slug ?? '', new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'events' })
	return redirectWithFlash(request, `/${language}/events/${params.slug}`, {
		namespace: 'events',
		key: 'registration.cancelled',
	})
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.event.title)

function Paragraphs({ text }: { text: string }) {
	return (
		<>
			{text
				.split(/\n{2,}/)
				.filter((paragraph) => paragraph.trim())
				.map((paragraph, index) => (
					<p key={index} className="pre-line">
						{paragraph}
					</p>
				))}
		</>
	)
}

function Place() {
	const { t } = useTranslation('events')
	const href = useHref()
	const format = useFormat()
	const { event, signedIn } = useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	const ics = `/events/${event.slug}.ics?lang=${useReader().language}`
	return (
		<section aria-labelledby="place-heading" className="event-place">
			<h2 id="place-heading">{t('event.placeHeading')}</h2>
			<p>
				{event.seatsLeft
					? t('event.seatsLeft', { left: format.number(event.seatsLeft), capacity: format.number(event.capacity) })
					: t('event.full', { waiting: format.number(event.waiting) })}
			</p>
			{event.place === 'registered' ? (
				<FormMessage tone="success">{t('event.youHaveASeat')}</FormMessage>
			) : event.place === 'waitlisted' ? (
				<FormMessage tone="info">{t('event.youAreWaiting')}</FormMessage>
			) : null}
			{event.joiningLink ? (
				<p>
					{t('event.joiningLink')}{' '}
					<a href={event.joiningLink} rel="noreferrer">
						{event.joiningLink}
					</a>
				</p>
			) : event.format !== 'in-person' ? (
				<p className="muted">{t('event.linkForParticipants')}</p>
			) : null}
			{event.place ? (
				<Form method="POST">
					<ErrorList id="cancel-errors" errors={errors.form} />
					<SubmitButton className="button button--secondary">{t('event.cancelPlace')}</SubmitButton>
				</Form>
			) : event.window === 'open' ? (
				signedIn ? (
					<p>
						<Link className="button" to={href(`/events/${event.slug}/register`)}>
							{event.seatsLeft ? t('event.register') : t('event.joinWaitingList')}
						</Link>
					</p>
				) : (
					<p>
						<Link to={href(`/sign-in?redirectTo=${encodeURIComponent(href(`/events/${event.slug}/register`))}`)}>
							{t('event.signInToRegister')}
						</Link>
					</p>
				)
			) : (
				<p>{t(`event.window.${event.window}`)}</p>
			)}
			<p>
				<a href={ics} download>
					{t('event.addToCalendar')}
				</a>
			</p>
		</section>
	)
}

function Discussion() {
	const { t } = useTranslation('events')
	const href = useHref()
	const format = useFormat()
	const { event, discussion } = useLoaderData<typeof loader>()
	if (!discussion && !event.mayOrganise) return null
	return (
		<section aria-labelledby="discussion-heading">
			<h2 id="discussion-heading">{t('event.discussion')}</h2>
			{discussion ? (
				<p>
					<Link to={href(discussion.path)}>
						{t('event.discussionLink', { count: discussion.posts, number: format.number(discussion.posts) })}
					</Link>
				</p>
			) : (
				<Form method="POST">
					<p>{t('event.discussionIntro')}</p>
					<SubmitButton name="intent" value="discuss" className="button button--secondary">
						{t('event.openDiscussion')}
					</SubmitButton>
				</Form>
			)}
		</section>
	)
}

export default function EventPage() {
	const { t } = useTranslation('events')
	const href = useHref()
	const format = useFormat()
	const { event } = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<p className="muted">{t(`kinds.${event.kind}`)}</p>
			<h1 {...inLanguage(event.textLanguage)}>{event.title}</h1>
			{event.fallback ? <p className="notice notice--info">{t('event.notInYourLanguage')}</p> : null}
			{event.cancelled ? <FormMessage tone="error">{t('event.cancelledNotice')}</FormMessage> : null}
			<EventWhen when={event.when} startsAt={event.startsAt} />
			{event.mayOrganise ? (
				<p className="inline-actions">
					<Link to={href(`/events/${event.slug}/edit`)}>{t('event.edit')}</Link>
					<Link to={href(`/events/${event.slug}/registrants`)}>{t('event.registrants')}</Link>
				</p>
			) : null}
			<Place />
			<EventFacts event={event} />
			<Discussion />
			<section aria-labelledby="about-heading">
				<h2 id="about-heading">{t('event.about')}</h2>
				<div {...inLanguage(event.textLanguage)}>
					<Paragraphs text={event.description} />
				</div>
			</section>
			{event.agenda.length ? (
				<section aria-labelledby="agenda-heading">
					<h2 id="agenda-heading">{t('event.agenda')}</h2>
					<ol className="agenda plain-list">
						{event.agenda.map((session) => (
							<li key={session.startsAt + session.title}>
								<h3>{session.title}</h3>
								<EventWhen when={session.when} startsAt={session.startsAt} />
								{session.speakers.length ? (
									<p>{t('event.speakers', { speakers: format.list(session.speakers) })}</p>
								) : null}
							</li>
						))}
					</ol>
				</section>
			) : null}
		</div>
	)
}
