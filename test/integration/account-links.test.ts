import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { accountTokens, jobs, users } from '#app/db/schema/index.ts'
import { accountJobHandlers } from '#app/modules/accounts/jobs.server.ts'
import { passwordResetJob } from '#app/modules/accounts/password-reset.server.ts'
import { verifyPassword } from '#app/modules/accounts/password.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import { validateSessionToken } from '#app/platform/session.server.ts'
import * as confirmEmail from '#app/routes/$lang+/_auth+/confirm-email.tsx'
import * as forgotPassword from '#app/routes/$lang+/_auth+/forgot-password.tsx'
import * as resetPassword from '#app/routes/$lang+/_auth+/reset-password.tsx'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

function messagesTo(email: string) {
	const dir = path.join(getEnv().DATA_DIR, 'outbox')
	if (!fs.existsSync(dir)) return []
	return fs
		.readdirSync(dir)
		.sort()
		.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { to: string; text: string })
		.filter((message) => message.to === email)
}

function lastLinkSentTo(email: string, route: string) {
	const texts = messagesTo(email).map((message) => message.text)
	const match = texts.at(-1)?.match(new RegExp(`/${route}\\?token=([a-z2-7]+)`))
	return match?.[1] ?? null
}

/** Asks for a reset link and lets the job runner send it, as the server does moments later. */
async function requestReset(email: string) {
	const response = await callRoute(forgotPassword.action, { path: '/en/forgot-password', form: { email } })
	expect(response.headers.get('Location')).toBe('/en/forgot-password?sent=1')
	await runDueJobs(accountJobHandlers)
	return lastLinkSentTo(email, 'reset-password')
}

test('a reset link works once, changes the password and ends every session', async () => {
	const user = await createUser()
	const session = signIn(user.id)
	const token = (await requestReset(user.email))!
	expect(token).toBeTruthy()
	const stored = getDb().select().from(accountTokens).where(eq(accountTokens.userId, user.id)).all()
	expect(stored.some((row) => row.tokenHash.includes(token))).toBe(false)

	const opened = await jsonOf(await callRoute(resetPassword.loader, { path: `/en/reset-password?token=${token}` }))
	expect(opened.live).toBe(true)
	const first = await callRoute(resetPassword.action, {
		path: '/en/reset-password',
		form: { token, password: 'my brand new passphrase' },
		client: 'reset-1',
	})
	expect((await jsonOf(first)).outcome).toBe('done')
	const row = getDb().select().from(users).where(eq(users.id, user.id)).get()!
	expect(await verifyPassword(row.passwordHash, 'my brand new passphrase')).toBe(true)
	expect(validateSessionToken(session.token)).toBeNull()

	const second = await callRoute(resetPassword.action, {
		path: '/en/reset-password',
		form: { token, password: 'yet another new passphrase' },
		client: 'reset-2',
	})
	expect(second.status).toBe(400)
	expect((await jsonOf(second)).fieldErrors).toEqual({ form: ['accounts:errors.reset-link-invalid'] })
	const after = getDb().select().from(users).where(eq(users.id, user.id)).get()!
	expect(await verifyPassword(after.passwordHash, 'my brand new passphrase')).toBe(true)
})

test('a reset link older than one hour no longer works', async () => {
	const user = await createUser()
	const token = (await requestReset(user.email))!
	getDb()
		.update(accountTokens)
		.set({ expiresAt: new Date(Date.now() - 1000) })
		.where(eq(accountTokens.userId, user.id))
		.run()
	const response = await callRoute(resetPassword.action, {
		path: '/en/reset-password',
		form: { token, password: 'my brand new passphrase' },
	})
	expect((await jsonOf(response)).fieldErrors).toEqual({ form: ['accounts:errors.reset-link-invalid'] })
})

test('asking for a reset of an unknown address looks the same and sends nothing', async () => {
	const response = await callRoute(forgotPassword.action, {
		path: '/en/forgot-password',
		form: { email: 'nobody@example.org' },
	})
	expect(response.headers.get('Location')).toBe('/en/forgot-password?sent=1')
})

test('a reset request does the same work for every address: it queues one job, sends nothing itself and keeps no address', async () => {
	const user = await createUser()
	const queued = () => getDb().select().from(jobs).where(eq(jobs.kind, passwordResetJob)).all()
	const before = queued().length
	for (const email of [user.email, 'nobody-at-all@example.org']) {
		const response = await callRoute(forgotPassword.action, { path: '/en/forgot-password', form: { email } })
		expect(response.headers.get('Location')).toBe('/en/forgot-password?sent=1')
	}
	expect(queued()).toHaveLength(before + 2)
	expect(messagesTo(user.email)).toHaveLength(0)
	expect(JSON.stringify(queued())).not.toMatch(/nobody-at-all|person-/)
	await runDueJobs(accountJobHandlers)
	expect(messagesTo(user.email)).toHaveLength(1)
	expect(messagesTo('nobody-at-all@example.org')).toHaveLength(0)
})

test('a weak new password is refused at the field and the link stays usable', async () => {
	const user = await createUser()
	const token = (await requestReset(user.email))!
	const response = await callRoute(resetPassword.action, {
		path: '/en/reset-password',
		form: { token, password: 'password' },
	})
	expect(response.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)).fieldErrors.password).toEqual([
		'errors.passwordTooShort',
	])
	expect(
		(await jsonOf(await callRoute(resetPassword.loader, { path: `/en/reset-password?token=${token}` }))).live,
	).toBe(true)
})

test('opening a confirmation link changes nothing; confirming does, once', async () => {
	const user = await createUser({ emailConfirmed: false })
	const { issueAccountToken } = await import('#app/modules/accounts/account-tokens.server.ts')
	const token = issueAccountToken(user.id, 'confirm-email', getDb())
	const opened = await jsonOf(await callRoute(confirmEmail.loader, { path: `/en/confirm-email?token=${token}` }))
	expect(opened.live).toBe(true)
	expect(getDb().select().from(users).where(eq(users.id, user.id)).get()!.emailConfirmedAt).toBeNull()
	const first = await callRoute(confirmEmail.action, { path: '/en/confirm-email', form: { token } })
	expect((await jsonOf(first)).confirmed).toBe(true)
	expect(getDb().select().from(users).where(eq(users.id, user.id)).get()!.emailConfirmedAt).not.toBeNull()
	const second = await callRoute(confirmEmail.action, { path: '/en/confirm-email', form: { token } })
	expect(second.status).toBe(400)
})

test('reset links point to PUBLIC_URL, whatever Host header the request carried', async () => {
	const user = await createUser()
	// Express builds the request URL from the Host header, so a forged Host shows up here.
	await callRoute(forgotPassword.action, {
		path: 'http://evil.example/en/forgot-password',
		form: { email: user.email },
	})
	await runDueJobs(accountJobHandlers)
	const dir = path.join(getEnv().DATA_DIR, 'outbox')
	const text = fs
		.readdirSync(dir)
		.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { to: string; text: string })
		.filter((message) => message.to === user.email)
		.at(-1)!.text
	expect(text).toContain(`${getEnv().PUBLIC_URL}/en/reset-password?token=`)
	expect(text).not.toContain('evil.example')
})
