import { type LoaderFunctionArgs } from '@remix-run/node'
import { personalFeed } from '#app/modules/events/calendars.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { notFound } from '#app/platform/routing.server.ts'

/** A person's private feed of the events they hold or wait for a place at; the token in the address is the key. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const asked = new URL(request.url).searchParams.get('lang')
	const language = isLanguage(asked) ? asked : defaultLanguage
	const token = (params.token ?? '').replace(/\.ics$/, '')
	const calendar = /^[a-z2-7]{20,64}$/.test(token) ? personalFeed(token, language) : null
	if (!calendar) throw notFound()
	return new Response(calendar, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Cache-Control': 'private, no-store',
			'Referrer-Policy': 'no-referrer',
		},
	})
}
