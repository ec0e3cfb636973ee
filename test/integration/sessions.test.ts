import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { sessions } from '#app/db/schema/index.ts'
import * as passwordSettings from '#app/routes/$lang+/settings+/password.tsx'
import * as sessionSettings from '#app/routes/$lang+/settings+/sessions.tsx'
import * as signInRoute from '#app/routes/$lang+/_auth+/sign-in.tsx'
import * as signOut from '#app/routes/$lang+/_auth+/sign-out.tsx'
import { validateSessionToken } from '#app/platform/session.server.ts'
import { createUser, signIn, testPassword } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const hours = (count: number) => count * 60 * 60_000

test('a session idle for two hours is refused and deleted', async () => {
	const user = await createUser()
	const { cookie, session, token } = signIn(user.id)
	getDb()
		.update(sessions)
		.set({ lastActiveAt: new Date(Date.now() - hours(2) - 1000) })
		.where(eq(sessions.id, session.id))
		.run()
	const response = await callRoute(sessionSettings.loader, { path: '/en/settings/sessions', cookie })
	expect(response.status).toBe(302)
	expect(response.headers.get('Location')).toBe('/en/sign-in?redirectTo=%2Fen%2Fsettings%2Fsessions')
	expect(validateSessionToken(token)).toBeNull()
	expect(getDb().select().from(sessions).where(eq(sessions.id, session.id)).get()).toBeUndefined()
})

test('a session older than twelve hours is refused even when in use', async () => {
	const user = await createUser()
	const { cookie, session } = signIn(user.id, { now: new Date(Date.now() - hours(12) - 1000) })
	getDb().update(sessions).set({ lastActiveAt: new Date() }).where(eq(sessions.id, session.id)).run()
	const response = await callRoute(sessionSettings.loader, { path: '/en/settings/sessions', cookie })
	expect(response.headers.get('Location')).toMatch(/^\/en\/sign-in/)
})

test('a token with a forged secret is refused', async () => {
	const user = await createUser()
	const { session } = signIn(user.id)
	expect(validateSessionToken(`${session.id}.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`)).toBeNull()
	expect(validateSessionToken('garbage')).toBeNull()
})

test('a member sees their sessions and ends another one', async () => {
	const user = await createUser()
	const here = signIn(user.id)
	const elsewhere = signIn(user.id)
	const page = await jsonOf<{ sessions: { id: string }[]; currentId: string }>(
		await callRoute(sessionSettings.loader, { path: '/en/settings/sessions', cookie: here.cookie }),
	)
	expect(page.sessions.map((session) => session.id).sort()).toEqual([here.session.id, elsewhere.session.id].sort())
	expect(page.currentId).toBe(here.session.id)
	const response = await callRoute(sessionSettings.action, {
		path: '/en/settings/sessions',
		cookie: here.cookie,
		form: { intent: 'end', sessionId: elsewhere.session.id },
	})
	expect((await jsonOf(response)).ended).toBe(1)
	expect(validateSessionToken(elsewhere.token)).toBeNull()
	expect(validateSessionToken(here.token)).not.toBeNull()
})

test('a member cannot end somebody else’s session', async () => {
	const owner = await createUser()
	const stranger = await createUser()
	const victim = signIn(owner.id)
	const response = await callRoute(sessionSettings.action, {
		path: '/en/settings/sessions',
		cookie: signIn(stranger.id).cookie,
		form: { intent: 'end', sessionId: victim.session.id },
	})
	expect((await jsonOf(response)).ended).toBe(0)
	expect(validateSessionToken(victim.token)).not.toBeNull()
})

/** A member signed in on two devices changes their password from the first. */
async function changePasswordFromOneOfTwoSessions(currentPassword: string) {
	const user = await createUser()
	const here = signIn(user.id)
	const other = signIn(user.id)
	const response = await callRoute(passwordSettings.action, {
		path: '/en/settings/password',
		cookie: here.cookie,
		form: { currentPassword, newPassword: 'another quite long passphrase' },
	})
	return { response, here, other }
}

test('changing the password ends every other session but this one', async () => {
	const { response, other } = await changePasswordFromOneOfTwoSessions(testPassword)
	expect(response.status).toBe(200)
	expect(validateSessionToken(other.token)).toBeNull()
	const issued = response.headers.get('Set-Cookie')?.split(';')[0]?.split('=')[1]
	expect(validateSessionToken(issued ?? '')).not.toBeNull()
})

test('a wrong current password changes nothing', async () => {
	const { response, other } = await changePasswordFromOneOfTwoSessions('this is not my password')
	expect(response.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)).fieldErrors.currentPassword).toEqual([
		'common:errors.currentPasswordWrong',
	])
	expect(validateSessionToken(other.token)).not.toBeNull()
})

test('signing out ends the session and clears the cookie', async () => {
	const user = await createUser()
	const { cookie, token } = signIn(user.id)
	const response = await callRoute(signOut.action, { path: '/en/sign-out', cookie, form: {} })
	expect(response.headers.get('Set-Cookie')).toMatch(/^atlas_session=; .*Max-Age=0/)
	expect(validateSessionToken(token)).toBeNull()
})

test('signing in never adopts a session planted in the browser beforehand (fixation)', async () => {
	const attacker = await createUser()
	const victim = await createUser()
	const planted = signIn(attacker.id)
	const response = await callRoute(signInRoute.action, {
		path: '/en/sign-in',
		cookie: planted.cookie,
		form: { email: victim.email, password: testPassword },
	})
	const issued = response.headers.get('Set-Cookie')!.split(';')[0]!.split('=')[1]!
	expect(issued).not.toBe(planted.token)
	expect(validateSessionToken(issued)!.userId).toBe(victim.id)
	// The browser's previous session is ended, never handed to the person signing in.
	expect(validateSessionToken(planted.token)).toBeNull()
})

test('signing in again while signed in ends the session the browser held', async () => {
	const user = await createUser()
	const previous = signIn(user.id)
	const elsewhere = signIn(user.id)
	const response = await callRoute(signInRoute.action, {
		path: '/en/sign-in',
		cookie: previous.cookie,
		form: { email: user.email, password: testPassword },
	})
	expect(response.status).toBe(302)
	const issued = response.headers.get('Set-Cookie')!.split(';')[0]!.split('=')[1]!
	expect(validateSessionToken(previous.token)).toBeNull()
	expect(validateSessionToken(issued)!.userId).toBe(user.id)
	// Only the browser's own session: the person's other devices stay signed in.
	expect(validateSessionToken(elsewhere.token)).not.toBeNull()
})

test('changing the password keeps this device signed in, under a new token', async () => {
	const { response, here } = await changePasswordFromOneOfTwoSessions(testPassword)
	const issued = response.headers.get('Set-Cookie')?.split(';')[0]?.split('=')[1]
	expect(issued).toBeTruthy()
	expect(issued).not.toBe(here.token)
	expect(validateSessionToken(here.token)).toBeNull()
	expect(validateSessionToken(issued!)!.userId).toBe(here.session.userId)
})

test('a session token is refused after sign-out, even if replayed', async () => {
	const user = await createUser()
	const { cookie } = signIn(user.id)
	await callRoute(signOut.action, { path: '/en/sign-out', cookie, form: {} })
	const replay = await callRoute(sessionSettings.loader, { path: '/en/settings/sessions', cookie })
	expect(replay.headers.get('Location')).toMatch(/^\/en\/sign-in/)
})
