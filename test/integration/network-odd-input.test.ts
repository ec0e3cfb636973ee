import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { focalPoints, organisationProfiles, searchEntries } from '#app/db/schema/index.ts'
import * as countryPage from '#app/routes/$lang+/network+/countries.$code.tsx'
import * as directory from '#app/routes/$lang+/network+/_index.tsx'
import * as editFocalPoint from '#app/routes/$lang+/network+/focal-points.$id.tsx'
import * as focalPointList from '#app/routes/$lang+/network+/focal-points._index.tsx'
import * as newFocalPoint from '#app/routes/$lang+/network+/focal-points.new.tsx'
import * as organisationPage from '#app/routes/$lang+/network+/organisations.$organisationId.tsx'
import * as profileForm from '#app/routes/$lang+/network+/profile.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { createFocalPoint, createProfile } from '#test/network-factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const networkState = () =>
	JSON.stringify([organisationProfiles, focalPoints, searchEntries].map((table) => getDb().select().from(table).all()))

const languages = ['en', 'fr', 'es', 'ar']
const profileFields = [
	'kind',
	'countries',
	'regions',
	'areas',
	'languages',
	'website',
	'isPublic',
	...languages.map((language) => `description.${language}`),
]
const focalPointFields = [
	'intent',
	'countries',
	'areas',
	'languages',
	'channelKind',
	'channel',
	'available24h',
	...languages.map((language) => `title.${language}`),
]

test('any odd profile or focal point form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const platformAdmin = await createActor({ roles: ['platform_admin'] })
	const officer = await createActor({ roles: ['officer'] })
	createProfile(admin)
	const point = createFocalPoint(admin)
	const adminCookie = signIn(admin.id).cookie
	const forms = [
		{ handler: profileForm.action, path: '/en/network/profile', cookie: adminCookie, fields: profileFields },
		{
			handler: profileForm.action,
			path: `/en/network/profile?organisation=${admin.organisationId}`,
			cookie: signIn(platformAdmin.id).cookie,
			fields: profileFields,
		},
		{
			handler: profileForm.action,
			path: '/en/network/profile',
			cookie: signIn(officer.id).cookie,
			fields: profileFields,
		},
		{
			handler: newFocalPoint.action,
			path: '/en/network/focal-points/new',
			cookie: adminCookie,
			fields: focalPointFields,
		},
		{
			handler: editFocalPoint.action,
			path: `/en/network/focal-points/${point.id}`,
			cookie: adminCookie,
			fields: focalPointFields,
		},
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...form.fields), oddValue), async (values) => {
				const before = networkState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: { id: point.id },
					cookie: form.cookie,
					form: values,
				})
				expect([200, 302, 400, 403, 404]).toContain(response.status)
				if (response.status >= 400) expect(networkState()).toBe(before)
			}),
			{ numRuns: 25 },
		)
	}
})

test('any odd network address or query string gets a page or a clear refusal, never a 500', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	createProfile(admin)
	const cookie = signIn(admin.id).cookie
	const parameters = ['country', 'kind', 'area', 'language', 'page', 'organisation']
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...parameters), oddText), oddText, async (values, name) => {
			const query = new URLSearchParams(values).toString()
			for (const signedIn of [undefined, cookie]) {
				const list = await callRoute(directory.loader, { path: `/en/network?${query}`, cookie: signedIn })
				expect(list.status).toBe(200)
				for (const [handler, params] of [
					[countryPage.loader, { code: name }],
					[organisationPage.loader, { organisationId: name }],
					[editFocalPoint.loader, { id: name }],
				] as const) {
					const response = await callRoute(handler, { path: `/en/network/x?${query}`, params, cookie: signedIn })
					expect([200, 302, 404]).toContain(response.status)
				}
				for (const handler of [profileForm.loader, focalPointList.loader, newFocalPoint.loader]) {
					const response = await callRoute(handler, { path: `/en/network/x?${query}`, cookie: signedIn })
					expect([200, 302, 403, 404]).toContain(response.status)
				}
			}
		}),
		{ numRuns: 40 },
	)
})
