import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { calendarFeeds, eventOrganisers, eventRegistrations, events } from '#app/db/schema/index.ts'
import * as calendarFile from '#app/routes/events.$file.ts'
import * as personalFeed from '#app/routes/events.mine.$token.ts'
import * as eventPage from '#app/routes/$lang+/events+/$slug.tsx'
import * as edit from '#app/routes/$lang+/events+/$slug_.edit.tsx'
import * as register from '#app/routes/$lang+/events+/$slug_.register.tsx'
import * as registrants from '#app/routes/$lang+/events+/$slug_.registrants.tsx'
import * as calendar from '#app/routes/$lang+/events+/calendar.tsx'
import * as list from '#app/routes/$lang+/events+/_index.tsx'
import * as newEvent from '#app/routes/$lang+/events+/new.tsx'
import { createEvent } from '#test/event-factories.ts'
import { createActor, signIn } from '#test/factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const eventsState = () =>
	JSON.stringify(
		[events, eventOrganisers, eventRegistrations, calendarFeeds].map((table) => getDb().select().from(table).all()),
	)

const eventFields = [
	'kind',
	'audience',
	'format',
	'sourceLanguage',
	'title.en',
	'description.en',
	'title.fr',
	'timeZone',
	'startsAt',
	'endsAt',
	'registrationOpensAt',
	'registrationClosesAt',
	'city',
	'country',
	'joiningLink',
	'workingLanguages',
	'interpretation',
	'capacity',
	'standardQuestions',
	'question.0.label',
	'question.0.required',
	'agenda.0.title',
	'agenda.0.startsAt',
	'agenda.0.endsAt',
	'agenda.0.speakers',
	'contactEmail',
	'organisationIds',
	'cohortId',
	'reason',
	'shown',
	'present',
	'answer.q1',
	'answer.accessibility',
	'intent',
]

test('any odd event, registration or attendance form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const officer = await createActor({ roles: ['officer'] })
	const event = createEvent(organiser, {
		questions: [
			{ id: 'accessibility', standard: true },
			{ id: 'q1', standard: false, label: 'Unit?', required: true },
		],
	})
	const organiserCookie = signIn(organiser.id).cookie
	const officerCookie = signIn(officer.id).cookie
	const forms = [
		{ handler: newEvent.action, path: '/en/events/new', cookie: organiserCookie },
		{ handler: edit.action, path: `/en/events/${event.slug}/edit`, cookie: organiserCookie },
		{ handler: edit.action, path: `/en/events/${event.slug}/edit?intent=cancel`, cookie: organiserCookie },
		{ handler: registrants.action, path: `/en/events/${event.slug}/registrants`, cookie: organiserCookie },
		{ handler: register.action, path: `/en/events/${event.slug}/register`, cookie: officerCookie },
		{ handler: eventPage.action, path: `/en/events/${event.slug}`, cookie: officerCookie },
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...eventFields), oddValue), async (values) => {
				const before = eventsState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: { slug: event.slug },
					cookie: form.cookie,
					form: values,
				})
				expect([200, 302, 400, 409]).toContain(response.status)
				if (response.status >= 400) expect(eventsState()).toBe(before)
			}),
			{ numRuns: 25 },
		)
	}
})

test('any odd events address, query string or calendar file name gets a page or a clear refusal, never a 500', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	createEvent(organiser)
	const parameters = ['when', 'kind', 'country', 'language', 'month', 'audience', 'page', 'lang']
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...parameters), oddText), oddText, async (values, name) => {
			const query = new URLSearchParams(values).toString()
			for (const [handler, path] of [
				[list.loader, '/en/events'],
				[calendar.loader, '/en/events/calendar'],
			] as const) {
				const response = await callRoute(handler, { path: `${path}?${query}` })
				expect(response.status).toBe(200)
			}
			const feed = await callRoute(calendarFile.loader, {
				path: `/events/feed.ics?${query}`,
				params: { file: 'feed.ics', lang: '' },
			})
			expect(feed.status).toBe(200)
			for (const [handler, params] of [
				[calendarFile.loader, { file: name, lang: '' }],
				[calendarFile.loader, { file: `${name}.ics`, lang: '' }],
				[personalFeed.loader, { token: name, lang: '' }],
				[eventPage.loader, { slug: name }],
			] as const) {
				const response = await callRoute(handler, { path: `/events/x?${query}`, params })
				expect([200, 404]).toContain(response.status)
			}
		}),
		{ numRuns: 60 },
	)
})
