import ICAL from 'ical.js'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { eventRegistrations, events, jobs, users } from '#app/db/schema/index.ts'
import { markAttendance } from '#app/modules/events/attendance.server.ts'
import { renewFeedToken, revokeFeedToken } from '#app/modules/events/calendars.server.ts'
import { eventJobHandlers } from '#app/modules/events/jobs.server.ts'
import { cancelEvent, saveEvent } from '#app/modules/events/organising.server.ts'
import { cancelRegistration, register } from '#app/modules/events/registrations.server.ts'
import { listEvents } from '#app/modules/events/store.server.ts'
import { zonedTimeToUtc } from '#app/platform/zoned-time.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import * as calendarFile from '#app/routes/events.$file.ts'
import * as personalFeed from '#app/routes/events.mine.$token.ts'
import * as eventPage from '#app/routes/$lang+/events+/$slug.tsx'
import * as newEvent from '#app/routes/$lang+/events+/new.tsx'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createEvent, eventInput } from '#test/event-factories.ts'
import { createActor, signIn } from '#test/factories.ts'
import { startOtherProcess } from '#test/other-process.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const placesOf = (eventId: string) =>
	getDb().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId)).all()

async function mailTo(address: string) {
	const { messages } = await listOutbox({ page: 1, pageSize: 500 })
	return Promise.all(
		messages.filter((message) => message.to === address).map((message) => readOutboxMessage(message.id)),
	)
}

test('100 people asking at once, from four processes, for 20 seats: exactly 20 seats and 80 on the waiting list', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const event = createEvent(organiser, { capacity: 20 })
	const people = await Promise.all(Array.from({ length: 100 }, () => createActor({ roles: ['officer'] })))
	const registrars = await Promise.all(Array.from({ length: 4 }, () => startOtherProcess('event-registrar.ts')))
	try {
		const answers = await Promise.all(
			registrars.map((registrar, index) =>
				registrar.ask<string[]>({
					slug: event.slug,
					userIds: people.slice(index * 25, index * 25 + 25).map((person) => person.id),
				}),
			),
		)
		const outcomes = answers.flat()
		expect(outcomes.filter((outcome) => outcome === 'registered')).toHaveLength(20)
		expect(outcomes.filter((outcome) => outcome === 'waitlisted')).toHaveLength(80)
	} finally {
		for (const registrar of registrars) registrar.stop()
	}
	const places = placesOf(event.id)
	expect(places.filter((place) => place.status === 'registered')).toHaveLength(20)
	expect(places.filter((place) => place.status === 'waitlisted')).toHaveLength(80)
	expect(new Set(places.map((place) => place.userId)).size).toBe(100)
})

test('a cancelled seat goes to the first person waiting, who is emailed in their own time zone', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const start = zonedTimeToUtc('2030-03-12T09:00', 'Europe/Vienna')!
	const event = createEvent(organiser, {
		capacity: 1,
		startsAt: start,
		endsAt: new Date(start.getTime() + 3_600_000),
		registrationClosesAt: start,
	})
	const first = await createActor({ roles: ['officer'] })
	const second = await createActor({ roles: ['officer'] })
	const third = await createActor({ roles: ['officer'] })
	getDb().update(users).set({ timeZone: 'Africa/Lagos' }).where(eq(users.id, second.id)).run()
	expect(register(first, event.slug, {}, new Date())).toMatchObject({ ok: true, status: 'registered' })
	expect(register(second, event.slug, {}, new Date())).toMatchObject({ ok: true, status: 'waitlisted' })
	expect(register(third, event.slug, {}, new Date())).toMatchObject({ ok: true, status: 'waitlisted' })
	expect(register(second, event.slug, {}, new Date())).toMatchObject({ ok: false, reason: 'already-registered' })
	expect(cancelRegistration(first, event.slug, new Date())).toMatchObject({ ok: true })
	const statusOf = (userId: string) => placesOf(event.id).find((place) => place.userId === userId)?.status
	expect(statusOf(second.id)).toBe('registered')
	expect(statusOf(third.id)).toBe('waitlisted')
	await runDueJobs(eventJobHandlers)
	const promoted = (await mailTo(second.email)).find((message) => message?.subject.includes('A seat is yours'))
	// 09:00 in Vienna in March (UTC+1) is 09:00 in Lagos (UTC+1 all year).
	expect(promoted?.text).toContain('09:00')
	expect(promoted?.text).toContain('Africa/Lagos')
})

test('the .ics gives the same instants as the page, on both sides of a daylight-saving change', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	for (const [local, utc] of [
		['2030-10-26T09:00', '2030-10-26T07:00:00.000Z'],
		['2030-10-28T09:00', '2030-10-28T08:00:00.000Z'],
	] as const) {
		const start = zonedTimeToUtc(local, 'Europe/Vienna')!
		const event = createEvent(organiser, {
			startsAt: start,
			endsAt: new Date(start.getTime() + 2 * 3_600_000),
			registrationClosesAt: start,
		})
		const page = await jsonOf<{ event: { startsAt: string } }>(
			await callRoute(eventPage.loader, { path: `/en/events/${event.slug}`, params: { slug: event.slug } }),
		)
		const ics = await callRoute(calendarFile.loader, {
			path: `/events/${event.slug}.ics?lang=en`,
			params: { file: `${event.slug}.ics`, lang: '' },
		})
		expect(ics.headers.get('Content-Type')).toContain('text/calendar')
		const parsed = new ICAL.Component(ICAL.parse(await ics.text()))
		const vevent = new ICAL.Event(parsed.getFirstSubcomponent('vevent')!)
		expect(page.event.startsAt).toBe(utc)
		expect(vevent.startDate.toJSDate().toISOString()).toBe(utc)
		expect(vevent.uid).toBe(`${event.id}@atlas`)
	}
})

test('moving an event raises SEQUENCE and emails everyone; cancelling shows STATUS:CANCELLED', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const person = await createActor({ roles: ['officer'] })
	const event = createEvent(organiser)
	register(person, event.slug, {}, new Date())
	const input = eventInput(organiser)
	const moved = saveEvent(
		organiser,
		{
			...input,
			startsAt: new Date(input.startsAt.getTime() + 3_600_000),
			endsAt: new Date(input.endsAt.getTime() + 3_600_000),
		},
		event.slug,
		new Date(),
	)
	expect(moved.ok).toBe(true)
	const changed = getDb().select().from(events).where(eq(events.id, event.id)).get()!
	expect(changed.sequence).toBe(event.sequence + 1)
	expect(
		getDb()
			.select()
			.from(jobs)
			.all()
			.some((job) => job.key.startsWith(`event-notice:`) && job.key.includes(':event-changed:')),
	).toBe(true)
	expect(cancelEvent(organiser, event.slug, 'Venue closed', new Date())).toMatchObject({ ok: true })
	const ics = await callRoute(calendarFile.loader, {
		path: `/events/${event.slug}.ics`,
		params: { file: `${event.slug}.ics`, lang: '' },
	})
	const vevent = new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!
	expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
	expect(Number(vevent.getFirstPropertyValue('sequence'))).toBe(event.sequence + 2)
	await runDueJobs(eventJobHandlers)
	const subjects = (await mailTo(person.email)).map((message) => message?.subject)
	expect(subjects).toEqual(expect.arrayContaining([expect.stringContaining('Event cancelled')]))
})

test('an event for law enforcement is invisible to an NGO member: list, search, feed, page and .ics', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const ngo = await createActor({ roles: ['ngo_member'] })
	const officer = await createActor({ roles: ['officer'] })
	const event = createEvent(organiser, {
		audience: 'law-enforcement',
		texts: { en: { title: 'Undercover operations briefing zebrafinch', description: 'Restricted.' } },
	})
	const listed = (actor: typeof ngo | null) =>
		listEvents(actor, { when: 'upcoming' }, 1, new Date()).rows.some((row) => row.id === event.id)
	expect(listed(officer)).toBe(true)
	expect(listed(ngo)).toBe(false)
	expect(listed(null)).toBe(false)
	const found = async (actor: typeof ngo) =>
		(await searchAtlas(actor, 'en', { query: 'zebrafinch', filters: {}, sort: 'relevance', page: 1 })).hits.length
	expect(await found(officer)).toBe(1)
	expect(await found(ngo)).toBe(0)
	const page = await callRoute(eventPage.loader, {
		path: `/en/events/${event.slug}`,
		cookie: signIn(ngo.id).cookie,
		params: { slug: event.slug },
	})
	expect(page.status).toBe(404)
	const ics = await callRoute(calendarFile.loader, {
		path: `/events/${event.slug}.ics`,
		cookie: signIn(ngo.id).cookie,
		params: { file: `${event.slug}.ics`, lang: '' },
	})
	expect(ics.status).toBe(404)
	const feed = await callRoute(calendarFile.loader, {
		path: '/events/feed.ics',
		params: { file: 'feed.ics', lang: '' },
	})
	expect(await feed.text()).not.toContain('zebrafinch')
	expect(register(ngo, event.slug, {}, new Date())).toMatchObject({ ok: false, reason: 'not-found' })
})

test('a form with the end before the start, or a time the clocks skip, is refused at its field and writes nothing', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const form = {
		kind: 'seminar',
		audience: 'public',
		format: 'in-person',
		sourceLanguage: 'en',
		'title.en': 'Seminar',
		timeZone: 'Europe/Vienna',
		startsAt: '2030-03-31T02:30',
		endsAt: '2030-03-31T01:00',
		registrationOpensAt: '2030-03-01T09:00',
		registrationClosesAt: '2030-03-30T09:00',
		city: 'Vienna',
		country: 'AT',
		capacity: '20',
		contactEmail: 'events@organiser.example',
		organisationIds: organiser.organisationId,
	}
	const { cookie } = signIn(organiser.id)
	const before = databaseSnapshot()
	const response = await callRoute(newEvent.action, {
		path: '/en/events/new',
		cookie,
		form,
	})
	expect(response.status).toBe(400)
	const { fieldErrors } = await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)
	expect(fieldErrors.startsAt).toEqual(['events:errors.no-such-time'])
	const later = await callRoute(newEvent.action, {
		path: '/en/events/new',
		cookie,
		form: { ...form, startsAt: '2030-03-31T09:00' },
	})
	expect(later.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(later)).fieldErrors.endsAt).toEqual([
		'events:errors.ends-before-start',
	])
	expect(databaseSnapshot()).toEqual(before)
})

test('attendance is marked only once the event has begun, and only by its organisers', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const stranger = await createActor({ roles: ['trainer'] })
	const person = await createActor({ roles: ['officer'] })
	const event = createEvent(organiser)
	register(person, event.slug, {}, new Date())
	const seat = placesOf(event.id)[0]!
	const marks = { shown: [seat.id], present: [seat.id] }
	expect(markAttendance(organiser, event.slug, marks, new Date())).toMatchObject({ ok: false, reason: 'not-started' })
	const during = new Date(event.startsAt.getTime() + 60_000)
	expect(markAttendance(stranger, event.slug, marks, during)).toMatchObject({ ok: false, reason: 'forbidden' })
	expect(markAttendance(organiser, event.slug, marks, during)).toMatchObject({ ok: true, marked: 1 })
	expect(placesOf(event.id)[0]!.attended).toBe(true)
})

test('public events join the site map in each language they are written in; restricted and cohort events never do', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const open = createEvent(organiser, {
		texts: { en: { title: 'Open seminar', description: '' }, fr: { title: 'Séminaire ouvert', description: '' } },
	})
	const members = createEvent(organiser, { audience: 'members' })
	const paths = publicPages().map((page) => `/${page.language}${page.path}`)
	expect(paths).toEqual(expect.arrayContaining([`/en/events/${open.slug}`, `/fr/events/${open.slug}`, '/ar/events']))
	expect(paths.filter((path) => path.endsWith(members.slug))).toEqual([])
	expect(cancelEvent(organiser, open.slug, 'No venue', new Date())).toMatchObject({ ok: true })
	expect(publicPages().filter((page) => page.path.endsWith(open.slug))).toEqual([])
})

test('a private calendar address lists one’s own events until it is renewed or stopped', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const person = await createActor({ roles: ['officer'] })
	const event = createEvent(organiser, { texts: { en: { title: 'Followed in my calendar', description: '' } } })
	register(person, event.slug, {}, new Date())
	const feedOf = async (token: string) =>
		callRoute(personalFeed.loader, { path: `/events/mine/${token}.ics`, params: { token: `${token}.ics`, lang: '' } })
	const first = renewFeedToken(person.id)
	const answer = await feedOf(first)
	expect(answer.status).toBe(200)
	expect(await answer.text()).toContain('Followed in my calendar')
	const second = renewFeedToken(person.id)
	expect((await feedOf(first)).status).toBe(404)
	expect((await feedOf(second)).status).toBe(200)
	revokeFeedToken(person.id)
	expect((await feedOf(second)).status).toBe(404)
})

test('the reminder the day before goes to people holding a seat, and a moved event drops the old one', async () => {
	const organiser = await createActor({ roles: ['trainer'] })
	const seated = await createActor({ roles: ['officer'] })
	const event = createEvent(organiser)
	register(seated, event.slug, {}, new Date())
	const reminders = () =>
		getDb()
			.select()
			.from(jobs)
			.all()
			.filter((job) => job.kind === 'event-reminder' && job.payload.eventId === event.id)
	expect(reminders()).toHaveLength(1)
	expect(reminders()[0]!.runAt.getTime()).toBe(event.startsAt.getTime() - 24 * 3_600_000)
	const input = eventInput(organiser)
	const later = new Date(input.startsAt.getTime() + 2 * 24 * 3_600_000)
	saveEvent(
		organiser,
		{ ...input, startsAt: later, endsAt: new Date(later.getTime() + 3_600_000), registrationClosesAt: later },
		event.slug,
		new Date(),
	)
	expect(reminders()).toHaveLength(2)
	// At the first reminder's time only the stale one is due: it sends nothing.
	await runDueJobs(eventJobHandlers, new Date(event.startsAt.getTime() - 23 * 3_600_000))
	expect((await mailTo(seated.email)).filter((message) => message?.subject.startsWith('Tomorrow'))).toHaveLength(0)
	await runDueJobs(eventJobHandlers, new Date(later.getTime() - 23 * 3_600_000))
	expect((await mailTo(seated.email)).filter((message) => message?.subject.startsWith('Tomorrow'))).toHaveLength(1)
})
