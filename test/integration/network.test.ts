import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { focalPoints, organisationProfiles, organisations } from '#app/db/schema/index.ts'
import { importNetworkContent } from '#app/modules/network/content-import.server.ts'
import { runNetworkHousekeeping } from '#app/modules/network/jobs.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import * as countryPage from '#app/routes/$lang+/network+/countries.$code.tsx'
import * as directory from '#app/routes/$lang+/network+/_index.tsx'
import * as editFocalPoint from '#app/routes/$lang+/network+/focal-points.$id.tsx'
import * as newFocalPoint from '#app/routes/$lang+/network+/focal-points.new.tsx'
import * as organisationPage from '#app/routes/$lang+/network+/organisations.$organisationId.tsx'
import * as profileForm from '#app/routes/$lang+/network+/profile.tsx'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { createFocalPoint, createProfile } from '#test/network-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const day = 24 * 60 * 60 * 1000
type Directory = { focalPoints: { title: string; stale: boolean }[]; profiles: { name: string }[] }

function organisationNamed(name: string) {
	return getDb().select().from(organisations).where(eq(organisations.name, name)).get()!
}

test('a member asking whom to contact in Morocco about referral finds the national referral contact; a visitor finds neither it nor a border guard', async () => {
	importNetworkContent()
	expect(importNetworkContent()).toEqual({ organisations: 0, profiles: 0, focalPoints: 0 })
	const officer = await createActor({ roles: ['officer'] })
	const path = '/en/network?country=MA&area=referral'
	const member = await jsonOf<Directory>(await callRoute(directory.loader, { path, cookie: signIn(officer.id).cookie }))
	expect(member.focalPoints.map((point) => point.title)).toContain('National referral mechanism contact')

	const visitorResponse = await callRoute(directory.loader, { path: '/en/network?country=MA' })
	const visitorText = await visitorResponse.clone().text()
	const visitor = await jsonOf<Directory>(visitorResponse)
	expect(visitor.focalPoints).toEqual([])
	expect(visitorText).not.toContain('nrm-contact@')
	expect(visitorText).not.toContain('Border Guard Liaison Office')
	expect(visitor.profiles.map((profile) => profile.name)).toContain('Sample Moroccan Referral Coordination Unit')

	const borderGuard = organisationNamed('Sample Moroccan Border Guard Liaison Office')
	const country = await callRoute(countryPage.loader, { path: '/en/network/countries/MA', params: { code: 'MA' } })
	const countryText = await country.text()
	expect(country.status).toBe(200)
	expect(countryText).not.toContain('Border Guard Liaison Office')
	expect(countryText).not.toContain('nrm-contact@')
	expect(countryText).not.toContain('24/7 contact point')
	const memberCountry = await callRoute(countryPage.loader, {
		path: '/en/network/countries/MA',
		params: { code: 'MA' },
		cookie: signIn(officer.id).cookie,
	})
	expect(await memberCountry.text()).toContain('24/7 contact point for urgent cross-border requests')
	expect(
		(await callRoute(countryPage.loader, { path: '/en/network/countries/XX', params: { code: 'XX' } })).status,
	).toBe(404)

	const profilePath = `/en/network/organisations/${borderGuard.id}`
	const params = { organisationId: borderGuard.id }
	expect((await callRoute(organisationPage.loader, { path: profilePath, params })).status).toBe(404)
	const memberProfile = await callRoute(organisationPage.loader, {
		path: profilePath,
		params,
		cookie: signIn(officer.id).cookie,
	})
	expect(memberProfile.status).toBe(200)
	expect(await memberProfile.text()).toContain('24/7 contact point')

	const search = async (actor: typeof officer | null) =>
		(await searchAtlas(actor, 'en', { query: 'referral Morocco', filters: {}, sort: 'relevance', page: 1 })).hits
	const memberHits = await search(officer)
	expect(
		memberHits.some((hit) => hit.kind === 'focal-point' && hit.title.includes('National referral mechanism')),
	).toBe(true)
	const visitorHits = await search(null)
	expect(visitorHits.filter((hit) => hit.kind === 'focal-point')).toEqual([])
	const everything = (
		await searchAtlas(null, 'en', { query: 'Border Guard Liaison', filters: {}, sort: 'relevance', page: 1 })
	).hits
	expect(everything.filter((hit) => hit.path.includes(borderGuard.id))).toEqual([])

	const siteMap = publicPages().map((page) => page.path)
	expect(siteMap).toContain(`/network/organisations/${organisationNamed('Sample Safe Passage NGO').id}`)
	expect(siteMap.filter((page) => page.includes(borderGuard.id))).toEqual([])
	expect(publicPages().filter((page) => page.path.includes('focal-point'))).toEqual([])
})

test('a law-enforcement profile cannot be made public: 400 at the field, nothing changed', async () => {
	const police = createOrganisation({ name: 'Test gendarmerie', country: 'FR' })
	const admin = await createActor({ roles: ['org_admin'], organisationId: police.id })
	createProfile(admin, { kind: 'police', isPublic: false })
	const cookie = signIn(admin.id).cookie
	const before = databaseSnapshot()
	const response = await callRoute(profileForm.action, {
		path: '/en/network/profile',
		cookie,
		form: {
			kind: 'police',
			languages: 'fr',
			'description.en': 'Investigators.',
			isPublic: 'on',
			areas: 'investigation',
		},
	})
	expect(response.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)).fieldErrors.isPublic).toEqual([
		'network:errors.kind-members-only',
	])
	expect(databaseSnapshot()).toEqual(before)
	const saved = await callRoute(profileForm.action, {
		path: '/en/network/profile',
		cookie,
		form: {
			kind: 'police',
			languages: 'fr',
			'description.fr': 'Enquêteurs.',
			areas: 'investigation',
			countries: ['ES'],
		},
	})
	expect(saved.status).toBe(302)
	const profile = getDb()
		.select()
		.from(organisationProfiles)
		.where(eq(organisationProfiles.organisationId, police.id))
		.get()!
	expect(profile.countries).toEqual(['FR', 'ES'])
	expect(profile.descriptions).toEqual({ fr: 'Enquêteurs.' })
})

test('an organisation admin cannot edit another organisation’s profile or focal point', async () => {
	const mine = await createActor({ roles: ['org_admin'] })
	const theirs = await createActor({ roles: ['org_admin'] })
	createProfile(theirs)
	const point = createFocalPoint(theirs)
	const cookie = signIn(mine.id).cookie
	const officer = await createActor({ roles: ['officer'], organisationId: mine.organisationId })
	const officerCookie = signIn(officer.id).cookie
	const before = databaseSnapshot()
	const profile = await callRoute(profileForm.action, {
		path: `/en/network/profile?organisation=${theirs.organisationId}`,
		cookie,
		form: { kind: 'ngo', languages: 'en', 'description.en': 'Taken over.', areas: 'referral' },
	})
	expect(profile.status).toBe(403)
	// Another organisation's focal point is answered as missing: its id reveals nothing.
	for (const intent of ['save', 'confirm', 'delete']) {
		const response = await callRoute(editFocalPoint.action, {
			path: `/en/network/focal-points/${point.id}`,
			params: { id: point.id },
			cookie,
			form: {
				intent,
				'title.en': 'Taken over',
				areas: 'referral',
				languages: 'en',
				channelKind: 'switchboard',
				channel: '+33 1 99 00 00 00',
			},
		})
		expect(response.status).toBe(404)
	}
	expect(
		(
			await callRoute(editFocalPoint.loader, {
				path: `/en/network/focal-points/${point.id}`,
				params: { id: point.id },
				cookie,
			})
		).status,
	).toBe(404)
	const created = await callRoute(newFocalPoint.action, {
		path: `/en/network/focal-points/new?organisation=${theirs.organisationId}`,
		cookie,
		form: {
			'title.en': 'Planted contact',
			areas: 'referral',
			languages: 'en',
			channelKind: 'switchboard',
			channel: '+33 1 99 00 00 01',
		},
	})
	expect(created.status).toBe(403)
	expect((await callRoute(profileForm.loader, { path: '/en/network/profile', cookie: officerCookie })).status).toBe(403)
	expect((await callRoute(profileForm.loader, { path: '/en/network/profile' })).status).toBe(302)
	expect(databaseSnapshot()).toEqual(before)
})

test('a focal point is refused when it names a person, and saved with its organisation’s country by default', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const cookie = signIn(admin.id).cookie
	const form = {
		'title.en': 'Liaison officer for Spain',
		areas: 'referral',
		languages: 'es, fr',
		channelKind: 'service-email',
	}
	const personal = await callRoute(newFocalPoint.action, {
		path: '/en/network/focal-points/new',
		cookie,
		form: { ...form, channel: 'jean.dupont@police.example' },
	})
	expect(personal.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(personal)).fieldErrors.channel).toEqual([
		'network:errors.channel-personal',
	])
	const saved = await callRoute(newFocalPoint.action, {
		path: '/en/network/focal-points/new',
		cookie,
		form: { ...form, channel: 'liaison-spain@police.example' },
	})
	expect(saved.status).toBe(302)
	const point = getDb().select().from(focalPoints).where(eq(focalPoints.organisationId, admin.organisationId)).get()!
	expect(point).toMatchObject({ countries: ['FR'], languages: ['es', 'fr'], confirmedBy: admin.id })
})

test('a stale focal point is marked, its admins get one reminder (not a second within 30 days), and confirming clears it', async () => {
	const organisation = createOrganisation({ name: 'Test stale unit', country: 'PT' })
	const admin = await createActor({ roles: ['org_admin'], organisationId: organisation.id, locale: 'fr' })
	const otherAdmin = await createActor({ roles: ['org_admin'], organisationId: organisation.id })
	const officer = await createActor({ roles: ['officer'], organisationId: organisation.id })
	createProfile(admin)
	const now = new Date()
	const point = createFocalPoint(
		admin,
		{ titles: { en: 'Portugal duty desk', fr: 'Permanence Portugal' }, countries: ['PT'] },
		new Date(now.getTime() - 400 * day),
	)
	const member = await jsonOf<Directory>(
		await callRoute(directory.loader, { path: '/en/network?country=PT', cookie: signIn(officer.id).cookie }),
	)
	expect(member.focalPoints.find((found) => found.title === 'Portugal duty desk')?.stale).toBe(true)

	const mailTo = async (email: string) =>
		(await listOutbox({ page: 1, pageSize: 500 })).messages.filter((message) => message.to === email)
	expect((await runNetworkHousekeeping(now)).reminded).toBeGreaterThanOrEqual(2)
	expect(await mailTo(admin.email)).toHaveLength(1)
	expect(await mailTo(otherAdmin.email)).toHaveLength(1)
	expect(await mailTo(officer.email)).toHaveLength(0)
	const message = await readOutboxMessage((await mailTo(admin.email))[0]!.id)
	expect(message!.text).toContain('Permanence Portugal')
	expect(message!.text).toContain(`/fr/network/focal-points/${point.id}`)

	await runNetworkHousekeeping(new Date(now.getTime() + 10 * day))
	expect(await mailTo(admin.email)).toHaveLength(1)

	const confirmed = await callRoute(editFocalPoint.action, {
		path: `/en/network/focal-points/${point.id}`,
		params: { id: point.id },
		cookie: signIn(admin.id).cookie,
		form: { intent: 'confirm' },
	})
	expect(confirmed.status).toBe(302)
	const after = getDb().select().from(focalPoints).where(eq(focalPoints.id, point.id)).get()!
	expect(after.remindedAt).toBeNull()
	expect(after.confirmedBy).toBe(admin.id)
	const again = await jsonOf<Directory>(
		await callRoute(directory.loader, { path: '/en/network?country=PT', cookie: signIn(officer.id).cookie }),
	)
	expect(again.focalPoints.find((found) => found.title === 'Portugal duty desk')?.stale).toBe(false)
	await runNetworkHousekeeping(new Date(now.getTime() + 40 * day))
	expect(await mailTo(admin.email)).toHaveLength(1)
})

test('deleting a focal point takes it out of the search', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const point = createFocalPoint(admin, { titles: { en: 'Quokkaphone liaison desk' } })
	const found = async () =>
		(await searchAtlas(admin, 'en', { query: 'quokkaphone', filters: {}, sort: 'relevance', page: 1 })).hits.length
	expect(await found()).toBe(1)
	const deleted = await callRoute(editFocalPoint.action, {
		path: `/en/network/focal-points/${point.id}`,
		params: { id: point.id },
		cookie: signIn(admin.id).cookie,
		form: { intent: 'delete' },
	})
	expect(deleted.status).toBe(302)
	expect(await found()).toBe(0)
})

test("a visitor's filter choices name only countries and languages some public profile names", async () => {
	const police = createOrganisation({ country: 'IS' })
	const admin = await createActor({ roles: ['org_admin'], organisationId: police.id })
	createProfile(admin, { kind: 'police', isPublic: false, countries: ['IS', 'GL'], languages: ['is'] })
	const choices = async (cookie?: string) => {
		const page = await jsonOf<{ countries: { value: string }[]; languages: { value: string }[] }>(
			await callRoute(directory.loader, { path: '/en/network', cookie }),
		)
		return {
			countries: page.countries.map((option) => option.value),
			languages: page.languages.map((option) => option.value),
		}
	}
	const visitor = await choices()
	expect(visitor.countries).not.toContain('GL')
	expect(visitor.languages).not.toContain('is')
	const member = await choices(signIn((await createActor({ roles: ['officer'] })).id).cookie)
	expect(member.countries).toContain('GL')
	expect(member.languages).toContain('is')
})
