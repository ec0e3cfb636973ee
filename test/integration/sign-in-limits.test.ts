import fs from 'node:fs'
import path from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { accountJobHandlers } from '#app/modules/accounts/jobs.server.ts'
import { getEnv, resetEnvCache } from '#app/platform/env.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import * as forgotPassword from '#app/routes/$lang+/_auth+/forgot-password.tsx'
import * as resetPassword from '#app/routes/$lang+/_auth+/reset-password.tsx'
import * as signIn from '#app/routes/$lang+/_auth+/sign-in.tsx'
import * as twoFactor from '#app/routes/$lang+/_auth+/sign-in_.two-factor.tsx'
import * as twoFactorSettings from '#app/routes/$lang+/settings+/two-factor.tsx'
import { createUser, signIn as signInAs, testPassword, totpCodeFor } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const wrongPassword = 'not the password at all'
let client = 0

afterEach(() => {
	vi.useRealTimers()
	delete process.env.RATE_LIMIT_FACTOR
	resetEnvCache()
})

/** Each attempt from another address, so only the per-account limit can answer 429. */
function attempt(email: string, password: string, cookie?: string) {
	return callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email, password },
		cookie,
		client: `address-${client++}`,
	})
}

async function failTimes(email: string, times: number) {
	const statuses = []
	for (let count = 0; count < times; count++) statuses.push((await attempt(email, wrongPassword)).status)
	return statuses
}

function messagesTo(email: string) {
	const dir = path.join(getEnv().DATA_DIR, 'outbox')
	if (!fs.existsSync(dir)) return []
	return fs
		.readdirSync(dir)
		.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { to: string; subject: string })
		.filter((message) => message.to === email)
}

function cookiesFrom(response: Response) {
	return response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0]!)
		.join('; ')
}

const minutes = (count: number) => count * 60_000

test('after five failures from five addresses the account pauses: even the right password gets 429 with Retry-After', async () => {
	const user = await createUser()
	expect(await failTimes(user.email, 5)).toEqual([400, 400, 400, 400, 400])
	const paused = await attempt(user.email, testPassword)
	expect(paused.status).toBe(429)
	expect(Number(paused.headers.get('Retry-After'))).toBeGreaterThan(55)
	expect(Number(paused.headers.get('Retry-After'))).toBeLessThanOrEqual(60)
	expect(paused.headers.get('Set-Cookie')).toBeNull()
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(paused)).fieldErrors).toEqual({
		form: ['accounts:errors.tooManyAttempts'],
	})
})

test('each failure after a pause doubles the next one, up to fifteen minutes; the right password works once it ends', async () => {
	vi.useFakeTimers({ toFake: ['Date'] })
	const user = await createUser()
	await failTimes(user.email, 5)
	const pauses = []
	for (let round = 0; round < 6; round++) {
		const paused = await attempt(user.email, wrongPassword)
		pauses.push(Number(paused.headers.get('Retry-After')))
		vi.setSystemTime(Date.now() + pauses.at(-1)! * 1000)
		expect((await attempt(user.email, wrongPassword)).status).toBe(400)
	}
	expect(pauses).toEqual([60, 120, 240, 480, 900, 900])
	vi.setSystemTime(Date.now() + minutes(15))
	expect((await attempt(user.email, testPassword)).status).toBe(302)
})

test('signing in resets the count', async () => {
	const user = await createUser()
	await failTimes(user.email, 4)
	expect((await attempt(user.email, testPassword)).status).toBe(302)
	expect(await failTimes(user.email, 5)).toEqual([400, 400, 400, 400, 400])
	expect((await attempt(user.email, testPassword)).status).toBe(429)
})

test('the owner is emailed once, when the limit first engages, in their language', async () => {
	const user = await createUser({ locale: 'fr' })
	await failTimes(user.email, 12)
	await runDueJobs(accountJobHandlers)
	const notices = messagesTo(user.email)
	expect(notices).toHaveLength(1)
	expect(notices[0]!.subject).toMatch(/Atlas/)
	expect(notices[0]!.subject).not.toBe(
		JSON.parse(fs.readFileSync('app/locales/en/email.json', 'utf8'))['sign-in-paused'].subject,
	)
})

test('an address with no account is paused exactly like one with an account, and nobody is emailed', async () => {
	const user = await createUser()
	const known = [...(await failTimes(user.email, 6)), (await attempt(user.email, testPassword)).status]
	const unknown = [
		...(await failTimes('nobody-here@example.org', 6)),
		(await attempt('nobody-here@example.org', wrongPassword)).status,
	]
	expect(unknown).toEqual(known)
	await runDueJobs(accountJobHandlers)
	expect(messagesTo('nobody-here@example.org')).toHaveLength(0)
})

test('second-factor codes count too: five wrong codes from five addresses, then 429 even for the right code', async () => {
	const user = await createUser({ twoFactor: true })
	const signedIn = await attempt(user.email, testPassword)
	const cookie = cookiesFrom(signedIn)
	for (let count = 0; count < 5; count++) {
		const wrong = await callRoute(twoFactor.action, {
			path: '/en/sign-in/two-factor',
			cookie,
			form: { code: '000000' },
			client: `address-${client++}`,
		})
		expect(wrong.status).toBe(400)
	}
	const paused = await callRoute(twoFactor.action, {
		path: '/en/sign-in/two-factor',
		cookie,
		form: { code: totpCodeFor(user.totpKey!) },
		client: `address-${client++}`,
	})
	expect(paused.status).toBe(429)
	expect(Number(paused.headers.get('Retry-After'))).toBeGreaterThan(0)
	// The password step of the same account is paused as well.
	expect((await attempt(user.email, testPassword)).status).toBe(429)
})

test('a stranger’s failures never pause the browser the owner signed in with before', async () => {
	const user = await createUser()
	const first = await attempt(user.email, testPassword)
	const knownDevice = first.headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0]!)
		.find((cookie) => cookie.startsWith('atlas_device='))
	expect(knownDevice).toBeTruthy()
	await failTimes(user.email, 8)
	expect((await attempt(user.email, testPassword)).status).toBe(429)
	expect((await attempt(user.email, testPassword, knownDevice)).status).toBe(302)
	// A mark made for another account proves nothing here.
	const other = await createUser()
	const otherDevice = cookiesFrom(await attempt(other.email, testPassword))
		.split('; ')
		.find((cookie) => cookie.startsWith('atlas_device='))
	expect((await attempt(user.email, testPassword, otherDevice)).status).toBe(429)
})

test('choosing a new password from a reset link lifts the pause', async () => {
	const user = await createUser()
	await failTimes(user.email, 6)
	await callRoute(forgotPassword.action, { path: '/en/forgot-password', form: { email: user.email } })
	await runDueJobs(accountJobHandlers)
	const dir = path.join(getEnv().DATA_DIR, 'outbox')
	const link = fs
		.readdirSync(dir)
		.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { to: string; text: string })
		.filter((message) => message.to === user.email)
		.map((message) => message.text.match(/reset-password\?token=([a-z2-7]+)/)?.[1])
		.find(Boolean)!
	const newPassword = 'a brand new and long passphrase'
	const reset = await callRoute(resetPassword.action, {
		path: '/en/reset-password',
		form: { token: link, password: newPassword },
	})
	expect(reset.status).toBeLessThan(400)
	expect((await attempt(user.email, newPassword)).status).toBe(302)
})

test('RATE_LIMIT_FACTOR scales the threshold, as it does the per-client limits', async () => {
	process.env.RATE_LIMIT_FACTOR = '2'
	resetEnvCache()
	const user = await createUser()
	expect(await failTimes(user.email, 10)).toEqual(Array(10).fill(400))
	expect((await attempt(user.email, testPassword)).status).toBe(429)
})

test('codes asked in the settings count too, so a copied session cannot guess its way to a new second factor', async () => {
	const user = await createUser({ roles: ['officer'], twoFactor: true })
	const { cookie } = signInAs(user.id)
	const renew = (code: string) =>
		callRoute(twoFactorSettings.action, {
			path: '/en/settings/two-factor',
			cookie,
			form: { intent: 'renew-codes', code },
			client: `address-${client++}`,
		})
	for (let count = 0; count < 5; count++) expect((await renew('000000')).status).toBe(400)
	const paused = await renew(totpCodeFor(user.totpKey!))
	expect(paused.status).toBe(429)
	expect(Number(paused.headers.get('Retry-After'))).toBeGreaterThan(0)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(paused)).fieldErrors.renewCode).toEqual([
		'accounts:errors.tooManyAttempts',
	])
})
