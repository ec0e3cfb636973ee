import fs from 'node:fs'
import path from 'node:path'
import { count, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { organisations, users } from '#app/db/schema/index.ts'
import { resources } from '#app/locales/index.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { languages } from '#app/platform/i18n.ts'
import * as signUp from '#app/routes/$lang+/_auth+/sign-up.tsx'
import { createOrganisation, createUser } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

function outboxMessages() {
	const dir = path.join(getEnv().DATA_DIR, 'outbox')
	if (!fs.existsSync(dir)) return []
	return fs
		.readdirSync(dir)
		.sort()
		.map(
			(file) =>
				JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { to: string; subject: string; text: string },
		)
}

/** The applicant below works in Senegal, so joins an organisation there. */
const senegaleseOrganisation = () => createOrganisation({ country: 'SN' })

const userCount = () => getDb().select({ n: count() }).from(users).get()!.n
const organisationCount = () => getDb().select({ n: count() }).from(organisations).get()!.n

function application(organisationId: string, overrides: Record<string, string | string[]> = {}) {
	return {
		name: 'Amina Diallo',
		email: `amina-${crypto.randomUUID()}@example.org`,
		password: 'a sentence that is long enough',
		country: 'SN',
		role: 'officer',
		organisationId,
		timeZone: 'Africa/Dakar',
		...overrides,
	}
}

test('an application creates a pending account and emails a confirmation link in the page language', async () => {
	const organisation = senegaleseOrganisation()
	const form = application(organisation.id)
	const response = await callRoute(signUp.action, { path: '/fr/sign-up', form })
	expect(response.status).toBe(302)
	expect(response.headers.get('Location')).toBe('/fr/sign-up?applied=1')
	const user = getDb().select().from(users).where(eq(users.email, form.email)).get()!
	expect(user).toMatchObject({ status: 'pending', locale: 'fr', timeZone: 'Africa/Dakar', emailConfirmedAt: null })
	expect(user.passwordHash).toMatch(/^\$argon2id\$/)
	const mail = outboxMessages().find((message) => message.to === form.email)!
	expect(mail.subject).toBe(serverI18n('fr').t('confirm-email.subject', { ns: 'email' }))
	expect(mail.text).toMatch(/\/fr\/confirm-email\?token=[a-z2-7]+/)
})

test('an application for an address already registered looks the same and writes no account', async () => {
	const existing = await createUser()
	const before = userCount()
	const response = await callRoute(signUp.action, {
		path: '/en/sign-up',
		form: application(existing.organisationId, { email: existing.email.toUpperCase(), country: existing.country }),
	})
	expect(response.status).toBe(302)
	expect(response.headers.get('Location')).toBe('/en/sign-up?applied=1')
	expect(userCount()).toBe(before)
	const mail = outboxMessages()
		.filter((message) => message.to === existing.email)
		.at(-1)!
	expect(mail.subject).toBe(serverI18n('en').t('already-registered.subject', { ns: 'email' }))
})

test('proposing a new organisation records it as pending', async () => {
	const form = application('new', { newOrganisationName: 'Coastal Shelter Collective', newOrganisationType: 'ngo' })
	const response = await callRoute(signUp.action, { path: '/en/sign-up', form })
	expect(response.status).toBe(302)
	const organisation = getDb()
		.select()
		.from(organisations)
		.where(eq(organisations.name, 'Coastal Shelter Collective'))
		.get()
	expect(organisation).toMatchObject({ status: 'pending', type: 'ngo', country: 'SN' })
})

const badInputs: [string, Record<string, string | string[]>, Record<string, string>][] = [
	['a malformed email', { email: 'not-an-email' }, { email: 'errors.email' }],
	['a 10 kB name', { name: 'x'.repeat(10_000) }, { name: 'errors.tooLong?max=120' }],
	[
		'missing fields',
		{ name: '', email: '', country: '', role: '' },
		{ name: 'errors.required', email: 'errors.required', country: 'errors.choose', role: 'errors.choose' },
	],
	['a role that cannot be asked for', { role: 'platform_admin' }, { role: 'errors.choose' }],
	['a country that does not exist', { country: 'XX' }, { country: 'errors.choose' }],
	['a repeated field where one value is expected', { name: ['One', 'Two'] }, { name: 'errors.required' }],
	['a short password', { password: 'short' }, { password: 'errors.passwordTooShort' }],
	['a common password', { password: 'qwerty123456' }, { password: 'errors.passwordCommon' }],
	[
		'a new organisation without a name',
		{ organisationId: 'new' },
		{ newOrganisationName: 'errors.required', newOrganisationType: 'errors.choose' },
	],
]

test.each(badInputs)('%s gets a translated error at the field and writes nothing', async (_, overrides, expected) => {
	const organisation = senegaleseOrganisation()
	const users = userCount()
	const organisations = organisationCount()
	const response = await callRoute(signUp.action, {
		path: '/es/sign-up',
		form: application(organisation.id, overrides),
	})
	expect(response.status).toBe(400)
	const body = await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)
	for (const [field, message] of Object.entries(expected)) {
		expect(body.fieldErrors[field]).toContain(message)
		const key = message.split('?')[0]!.replace('errors.', '')
		for (const language of languages) {
			const translated = (resources[language].common.errors as Record<string, string>)[key]
			expect(translated, `${language} errors.${key}`).toBeTruthy()
		}
	}
	expect(userCount()).toBe(users)
	expect(organisationCount()).toBe(organisations)
})

test('an organisation that is not approved cannot be joined directly', async () => {
	const pending = createOrganisation({ status: 'pending', country: 'SN' })
	const before = userCount()
	const response = await callRoute(signUp.action, { path: '/en/sign-up', form: application(pending.id) })
	expect(response.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)).fieldErrors.organisationId).toEqual([
		'common:errors.organisationUnknown',
	])
	expect(userCount()).toBe(before)
})

test('a bot filling the hidden field is thanked and nothing is written', async () => {
	const organisation = senegaleseOrganisation()
	const before = userCount()
	const response = await callRoute(signUp.action, {
		path: '/en/sign-up',
		form: application(organisation.id, { website: 'http://spam.example' }),
	})
	expect(response.status).toBe(302)
	expect(userCount()).toBe(before)
})

test('with an unknown organisation, a registered and an unregistered address get the same answer', async () => {
	const existing = await createUser()
	const answers = []
	for (const email of [existing.email, `nobody-${crypto.randomUUID()}@example.org`]) {
		const response = await callRoute(signUp.action, {
			path: '/en/sign-up',
			form: application('00000000-0000-4000-8000-000000000000', { email }),
		})
		// The typed address is echoed back, so it is taken out before the two answers are compared.
		const body = (await response.text()).replaceAll(email, '<email>')
		answers.push({ status: response.status, location: response.headers.get('Location'), body })
	}
	expect(answers[0]).toEqual(answers[1])
	expect(answers[0]!.status).toBe(400)
	expect(JSON.parse(answers[0]!.body).fieldErrors).toEqual({ organisationId: ['common:errors.organisationUnknown'] })
})

test('the form lists the organisations of the chosen country only, and none before a country is chosen', async () => {
	const dakar = createOrganisation({ country: 'SN', name: 'Dakar Border Police' })
	const lyon = createOrganisation({ country: 'FR', name: 'Lyon Border Police' })
	const pending = createOrganisation({ country: 'SN', name: 'Thiès Shelter', status: 'pending' })
	type Page = { country: string | null; organisations: { value: string; label: string }[] }
	const listed = async (path: string) => jsonOf<Page>(await callRoute(signUp.loader, { path }))
	const senegal = await listed('/fr/sign-up?country=SN')
	expect(senegal.country).toBe('SN')
	expect(senegal.organisations).toContainEqual({ value: dakar.id, label: 'Dakar Border Police' })
	expect(senegal.organisations.map((option) => option.value)).not.toContain(lyon.id)
	expect(senegal.organisations.map((option) => option.value)).not.toContain(pending.id)
	expect(await listed('/fr/sign-up')).toMatchObject({ country: null, organisations: [] })
	expect(await listed('/fr/sign-up?country=XX')).toMatchObject({ country: null, organisations: [] })
})

test('joining an organisation of another country than the one chosen is refused, in every language, and writes nothing', async () => {
	const inFrance = createOrganisation({ country: 'FR' })
	const before = { users: userCount(), organisations: organisationCount() }
	const response = await callRoute(signUp.action, { path: '/ar/sign-up', form: application(inFrance.id) })
	expect(response.status).toBe(400)
	const body = await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)
	expect(body.fieldErrors).toEqual({ organisationId: ['common:errors.organisationInOtherCountry'] })
	for (const language of languages) {
		const translated = (resources[language].common.errors as Record<string, string>).organisationInOtherCountry
		expect(translated, `${language} errors.organisationInOtherCountry`).toBeTruthy()
	}
	expect({ users: userCount(), organisations: organisationCount() }).toEqual(before)
})
