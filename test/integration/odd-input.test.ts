import { count } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { organisations, users } from '#app/db/schema/index.ts'
import * as signIn from '#app/routes/$lang+/_auth+/sign-in.tsx'
import * as signUp from '#app/routes/$lang+/_auth+/sign-up.tsx'
import * as settings from '#app/routes/$lang+/settings+/index.tsx'
import { createOrganisation, createUser, signIn as signInAs } from '#test/factories.ts'
import { oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const signUpFields = [
	'name',
	'email',
	'password',
	'country',
	'role',
	'organisationId',
	'newOrganisationName',
	'newOrganisationType',
	'timeZone',
]
const counts = () => ({
	users: getDb().select({ n: count() }).from(users).get()!.n,
	organisations: getDb().select({ n: count() }).from(organisations).get()!.n,
})

test('any odd sign-up form gets a clear 400 (or the usual thanks) and never a 500; a 400 writes nothing', async () => {
	const organisation = createOrganisation()
	let client = 0
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...signUpFields), oddValue), async (fields) => {
			const form = { organisationId: organisation.id, ...fields }
			const before = counts()
			const response = await callRoute(signUp.action, { path: '/en/sign-up', form, client: `odd-${client++}` })
			expect([302, 400]).toContain(response.status)
			if (response.status === 400) expect(counts()).toEqual(before)
		}),
		{ numRuns: 150 },
	)
})

test('any odd sign-in form gets 400 and no session', async () => {
	let client = 0
	await fc.assert(
		fc.asyncProperty(fc.record({ email: oddValue, password: oddValue }, { requiredKeys: [] }), async (form) => {
			const response = await callRoute(signIn.action, { path: '/en/sign-in', form, client: `odd-${client++}` })
			expect(response.status).toBe(400)
			expect(response.headers.get('Set-Cookie')).toBeNull()
		}),
		{ numRuns: 100 },
	)
})

test('any odd profile or preferences form gets 400 or a saved redirect, never a 500', async () => {
	const member = await createUser()
	const { cookie } = signInAs(member.id)
	await fc.assert(
		fc.asyncProperty(
			fc.constantFrom('profile', 'preferences'),
			fc.dictionary(fc.constantFrom('name', 'country', 'locale', 'timeZone'), oddValue),
			async (intent, fields) => {
				const response = await callRoute(settings.action, { path: '/en/settings', cookie, form: { intent, ...fields } })
				expect([302, 400]).toContain(response.status)
			},
		),
		{ numRuns: 100 },
	)
})
