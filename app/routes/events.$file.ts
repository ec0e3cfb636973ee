import { type LoaderFunctionArgs } from '@remix-run/node'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { eventCalendar, publicFeed } from '#app/modules/events/calendars.server.ts'
import { mayOrganise } from '#app/modules/events/organising.server.ts'
import { findEvent, mayView } from '#app/modules/events/store.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { eventFilterFrom } from '#app/modules/events/filters.ts'

function calendarResponse(body: string, filename: string, isPrivate: boolean) {
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename}"`,
			'Cache-Control': isPrivate ? 'private, no-store' : 'public, max-age=300',
		},
	})
}

/**
 * `/events/{slug}.ics`: one event for a calendar, in `?lang=` (else English); `/events/feed.ics`: the public
 * feed of upcoming events, following the list's filters. A restricted event answers as a missing one would.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const asked = url.searchParams.get('lang')
	const language = isLanguage(asked) ? asked : defaultLanguage
	const file = params.file ?? ''
	if (!file.endsWith('.ics')) throw notFound()
	const slug = file.slice(0, -4)
	if (slug === 'feed')
		return calendarResponse(
			publicFeed(eventFilterFrom(url.searchParams), language, new Date()),
			'atlas-events.ics',
			false,
		)
	const event = findEvent(slug)
	if (!event) throw notFound()
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	if (!mayView(actor, event, Boolean(actor && mayOrganise(actor, event.id)))) throw notFound()
	return calendarResponse(
		eventCalendar(event, language),
		`${event.slug}.ics`,
		event.audience !== 'public' || Boolean(event.cohortId),
	)
}
