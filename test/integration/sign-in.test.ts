import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { sessions } from '#app/db/schema/index.ts'
import { validateSessionToken } from '#app/platform/session.server.ts'
import * as signIn from '#app/routes/$lang+/_auth+/sign-in.tsx'
import * as twoFactor from '#app/routes/$lang+/_auth+/sign-in_.two-factor.tsx'
import * as settings from '#app/routes/$lang+/settings+/index.tsx'
import { createUser, testPassword, totpCodeFor } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const sessionRowsOf = (userId: string) => getDb().select().from(sessions).where(eq(sessions.userId, userId)).all()

function cookieFrom(response: Response) {
	return response.headers.get('Set-Cookie')!.split(';')[0]!
}

test('a member signs in and gets a revocable, HttpOnly, SameSite=Lax session cookie', async () => {
	const user = await createUser({ roles: ['officer'] })
	const response = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword },
	})
	expect(response.status).toBe(302)
	expect(response.headers.get('Location')).toBe('/en/home')
	const [cookie, knownDevice] = response.headers.getSetCookie()
	expect(cookie).toMatch(/^atlas_session=[a-z2-7]+\.[a-z2-7]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/)
	// The browser is also marked as known to this account, for the per-account sign-in limit (decision 014).
	expect(knownDevice).toMatch(/^atlas_device=[a-z2-7]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=15552000$/)
	const [id, secret] = cookie!.split(';')[0]!.split('=')[1]!.split('.')
	const [row] = sessionRowsOf(user.id)
	expect(row!.id).toBe(id)
	// Only a hash of the secret is stored.
	expect(row!.secretHash.toString('hex')).not.toContain(Buffer.from(secret!).toString('hex'))
	expect(row!.secretHash.byteLength).toBe(32)
})

test('over HTTPS the session cookie is Secure', async () => {
	const user = await createUser()
	const request = new Request('https://atlas.example/en/sign-in', {
		method: 'POST',
		body: new URLSearchParams({ email: user.email, password: testPassword }),
	})
	const response = (await signIn.action({
		request,
		params: { lang: 'en' },
		context: { cspNonce: '', clientKey: 'https-client' },
	})) as Response
	for (const cookie of response.headers.getSetCookie()) expect(cookie).toMatch(/; Secure$/)
})

test('an applicant waiting for approval is refused with a clear reason and no session', async () => {
	const user = await createUser({ status: 'pending', emailConfirmed: false })
	const response = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword },
	})
	expect(response.status).toBe(403)
	expect((await jsonOf(response)).fieldErrors).toEqual({ form: ['accounts:errors.pending'] })
	expect(sessionRowsOf(user.id)).toHaveLength(0)
})

test('the account state is never told to someone without the password', async () => {
	const user = await createUser({ status: 'pending' })
	const wrong = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: 'not the right password' },
	})
	const unknown = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: 'nobody@example.org', password: 'not the right password' },
	})
	expect(wrong.status).toBe(400)
	expect(unknown.status).toBe(400)
	expect((await jsonOf(wrong)).fieldErrors).toEqual({ form: ['accounts:errors.invalid'] })
	expect((await jsonOf(unknown)).fieldErrors).toEqual({ form: ['accounts:errors.invalid'] })
})

test('an approved member whose email is unconfirmed is asked to confirm it', async () => {
	const user = await createUser({ emailConfirmed: false })
	const response = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword },
	})
	expect(response.status).toBe(403)
	expect((await jsonOf(response)).fieldErrors).toEqual({ form: ['accounts:errors.unconfirmed'] })
})

test('the 11th sign-in attempt from one client within a minute gets 429', async () => {
	// Another address each time, so only the per-client limit can answer (one address pauses after five).
	const form = (attempt: number) => ({ email: `guesser-${attempt}@example.org`, password: 'guessing a password' })
	for (let attempt = 1; attempt <= 10; attempt++) {
		const response = await callRoute(signIn.action, {
			path: '/en/sign-in',
			form: form(attempt),
			client: 'brute-forcer',
		})
		expect(response.status).toBe(400)
	}
	const eleventh = await callRoute(signIn.action, { path: '/en/sign-in', form: form(11), client: 'brute-forcer' })
	expect(eleventh.status).toBe(429)
	expect(Number(eleventh.headers.get('Retry-After'))).toBeGreaterThan(0)
	const otherClient = await callRoute(signIn.action, { path: '/en/sign-in', form: form(12), client: 'someone-else' })
	expect(otherClient.status).toBe(400)
})

test('with two-factor on, the password alone does not sign in; the code does, once', async () => {
	const user = await createUser({ roles: ['officer'], twoFactor: true })
	const first = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword, redirectTo: '/en/settings' },
	})
	expect(first.status).toBe(302)
	expect(first.headers.get('Location')).toBe('/en/sign-in/two-factor?redirectTo=%2Fen%2Fsettings')
	const cookie = cookieFrom(first)

	const blocked = await callRoute(settings.loader, { path: '/en/settings', cookie })
	expect(blocked.headers.get('Location')).toBe('/en/sign-in/two-factor')

	const wrong = await callRoute(twoFactor.action, { path: '/en/sign-in/two-factor', cookie, form: { code: '000000' } })
	expect(wrong.status).toBe(400)

	const code = totpCodeFor(user.totpKey!)
	const accepted = await callRoute(twoFactor.action, {
		path: '/en/sign-in/two-factor',
		cookie,
		form: { code, redirectTo: '/en/settings' },
	})
	expect(accepted.headers.get('Location')).toBe('/en/settings')
	expect((await callRoute(settings.loader, { path: '/en/settings', cookie: cookieFrom(accepted) })).status).toBe(200)

	// The same code cannot be replayed for a second session.
	const again = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword },
	})
	const replay = await callRoute(twoFactor.action, {
		path: '/en/sign-in/two-factor',
		cookie: cookieFrom(again),
		form: { code },
	})
	expect(replay.status).toBe(400)
})

test('after signing in, an outside address in redirectTo is ignored', async () => {
	const user = await createUser()
	const response = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword, redirectTo: '//evil.example/steal' },
	})
	expect(response.headers.get('Location')).toBe('/en/home')
})

test('a redirectTo with a tab, a line break or a backslash leads home, never elsewhere nor to an error', async () => {
	const user = await createUser()
	for (const redirectTo of ['/\t/evil.example', '/\r\n/evil.example', '/en\r\nSet-Cookie: x=1', '/\\evil.example']) {
		const response = await callRoute(signIn.action, {
			path: '/en/sign-in',
			form: { email: user.email, password: testPassword, redirectTo },
		})
		expect(response.status, JSON.stringify(redirectTo)).toBe(302)
		expect(response.headers.get('Location'), JSON.stringify(redirectTo)).toBe('/en/home')
	}
})

test('two-factor codes are limited per account too, so guessing from many addresses meets 429', async () => {
	const user = await createUser({ twoFactor: true })
	const signedIn = await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: user.email, password: testPassword },
	})
	const cookie = cookieFrom(signedIn)
	// Five wrong codes pause the account (growing pauses and the rest: sign-in-limits.test.ts).
	for (let attempt = 1; attempt <= 5; attempt++) {
		const response = await callRoute(twoFactor.action, {
			path: '/en/sign-in/two-factor',
			cookie,
			form: { code: '000000' },
			client: `address-${attempt}`,
		})
		expect(response.status).toBe(400)
	}
	const sixth = await callRoute(twoFactor.action, {
		path: '/en/sign-in/two-factor',
		cookie,
		form: { code: totpCodeFor(user.totpKey!) },
		client: 'address-6',
	})
	expect(sixth.status).toBe(429)
	expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(0)
})

test('the second factor replaces the session: a copy of the token taken before it never becomes a signed-in session', async () => {
	const user = await createUser({ roles: ['platform_admin'] })
	const beforeSecondFactor = cookieFrom(
		await callRoute(signIn.action, { path: '/en/sign-in', form: { email: user.email, password: testPassword } }),
	)
	const accepted = await callRoute(twoFactor.action, {
		path: '/en/sign-in/two-factor',
		cookie: beforeSecondFactor,
		form: { code: totpCodeFor(user.totpKey!) },
	})
	expect(accepted.status).toBe(302)
	const afterSecondFactor = cookieFrom(accepted)
	expect(afterSecondFactor).not.toBe(beforeSecondFactor)
	expect(validateSessionToken(beforeSecondFactor.split('=')[1]!)).toBeNull()
	expect(validateSessionToken(afterSecondFactor.split('=')[1]!)).toMatchObject({ twoFactorVerified: true })
	const copied = await callRoute(settings.loader, { path: '/en/settings', cookie: beforeSecondFactor })
	expect(copied.headers.get('Location')).toMatch(/^\/en\/sign-in/)
	expect(sessionRowsOf(user.id)).toHaveLength(1)
})
