import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { users } from '#app/db/schema/index.ts'
import { updatePreferences } from '#app/modules/accounts/users.server.ts'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'

/**
 * The preferences form shows what is saved, whatever language the site is read in, so a member who saves it
 * without touching it changes nothing: not the language of their emails, not their time zone.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>

beforeAll(async () => {
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

/** What a browser submits for a `<select>`: the option marked selected, or else the first one. */
function submittedChoice(html: string, name: string) {
	const select = html.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`))
	if (!select) throw new Error(`No <select name="${name}"> on the page`)
	const options = [...select[1]!.matchAll(/<option value="([^"]*)"([^>]*)>/g)]
	const chosen = options.find((option) => /\sselected(=""|\b)/.test(option[2]!)) ?? options[0]
	return chosen?.[1]
}

/** Where the form holding `field` posts to, as the page says (an index route's forms add `?index`). */
function formAction(html: string, field: string) {
	const form = [...html.matchAll(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].find((match) =>
		match[2]!.includes(`name="${field}"`),
	)
	if (!form) throw new Error(`No form with the field ${field}`)
	return form[1]!.replaceAll('&amp;', '&')
}

async function settingsPage(path: string, cookie: string) {
	const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' })
	expect(response.status).toBe(200)
	return response.text()
}

const userRow = (id: string) => getDb().select().from(users).where(eq(users.id, id)).get()

test.each([
	['Spanish and UTC, reading in French', { locale: 'es', timeZone: 'UTC' }, '/fr/settings'],
	['Arabic and Mexico City, reading in English', { locale: 'ar', timeZone: 'America/Mexico_City' }, '/en/settings'],
])('a member (%s) who saves their preferences unchanged changes nothing', async (_, saved, path) => {
	const member = await createUser()
	updatePreferences(member.id, saved)
	const { cookie } = signIn(member.id)
	const html = await settingsPage(path, cookie)
	const form = {
		intent: 'preferences',
		locale: submittedChoice(html, 'locale') ?? '',
		timeZone: submittedChoice(html, 'timeZone') ?? '',
	}
	const before = userRow(member.id)
	const response = await fetch(`${app.url}${formAction(html, 'locale')}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Sec-Fetch-Site': 'same-origin',
			Cookie: cookie,
		},
		body: new URLSearchParams(form),
	})
	expect(response.status).toBe(302)
	expect(userRow(member.id)).toEqual(before)
	// Nothing chosen anew, so the member keeps reading in the language they were reading in.
	expect(response.headers.get('location')).toBe(`${path}?saved=preferences`)
})

test('a member whose time zone is UTC sees UTC chosen, and UTC is offered to everyone', async () => {
	const member = await createUser({ locale: 'en' })
	expect(userRow(member.id)!.timeZone).toBe('UTC')
	const html = await settingsPage('/en/settings', signIn(member.id).cookie)
	expect(submittedChoice(html, 'timeZone')).toBe('UTC')
	expect(html).toMatch(/<option value="UTC"[^>]*>UTC<\/option>/)
})
