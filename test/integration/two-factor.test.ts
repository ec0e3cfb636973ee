import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { expect, test, vi } from 'vitest'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { disableTwoFactor, verifySecondFactor } from '#app/modules/accounts/two-factor.server.ts'
import { validateSessionToken } from '#app/platform/session.server.ts'
import * as twoFactorSettings from '#app/routes/$lang+/settings+/two-factor.tsx'
import { createUser, signIn, totpCodeFor } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

type Page = { enabled: boolean; recoveryCodesLeft: number; enrolment: { enrolment: string; manualKey: string } | null }
type Answer = { recoveryCodes: string[] | null; fieldErrors: Record<string, string[]> }

const path = '/en/settings/two-factor'

test('a member turns on two-factor sign-in with the key shown, and gets ten single-use recovery codes', async () => {
	const member = await createUser({ roles: ['officer'] })
	const { cookie } = signIn(member.id)
	const page = await jsonOf<Page>(await callRoute(twoFactorSettings.loader, { path, cookie }))
	expect(page.enabled).toBe(false)
	const key = decodeBase32IgnorePadding(page.enrolment!.manualKey.replaceAll(' ', ''))

	const wrong = await callRoute(twoFactorSettings.action, {
		path,
		cookie,
		form: { intent: 'enable', enrolment: page.enrolment!.enrolment, code: '000000' },
	})
	expect(wrong.status).toBe(400)
	expect(getAccountUser(member.id)!.twoFactorEnabled).toBe(false)

	const answer = await jsonOf<Answer>(
		await callRoute(twoFactorSettings.action, {
			path,
			cookie,
			form: { intent: 'enable', enrolment: page.enrolment!.enrolment, code: totpCodeFor(key) },
		}),
	)
	expect(answer.recoveryCodes).toHaveLength(10)
	expect(getAccountUser(member.id)!.twoFactorEnabled).toBe(true)
	const [first] = answer.recoveryCodes!
	expect(verifySecondFactor(member.id, first!.toUpperCase())).toBe('recovery-code')
	expect(verifySecondFactor(member.id, first!)).toBeNull()
})

test('a forged enrolment (a key the server did not seal) is refused', async () => {
	const member = await createUser()
	const response = await callRoute(twoFactorSettings.action, {
		path,
		cookie: signIn(member.id).cookie,
		form: { intent: 'enable', enrolment: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', code: '123456' },
	})
	expect(response.status).toBe(400)
	expect(getAccountUser(member.id)!.twoFactorEnabled).toBe(false)
})

test('new recovery codes need a current code and cancel the old ones', async () => {
	const admin = await createUser({ roles: ['org_admin'] })
	const { cookie } = signIn(admin.id)
	const refused = await callRoute(twoFactorSettings.action, {
		path,
		cookie,
		form: { intent: 'renew-codes', code: '000000' },
	})
	expect((await jsonOf<Answer>(refused)).fieldErrors.renewCode).toEqual(['common:errors.codeWrong'])
	const first = await jsonOf<Answer>(
		await callRoute(twoFactorSettings.action, {
			path,
			cookie,
			form: { intent: 'renew-codes', code: totpCodeFor(admin.totpKey!) },
		}),
	)
	expect(first.recoveryCodes).toHaveLength(10)
	const second = await jsonOf<Answer>(
		await callRoute(twoFactorSettings.action, {
			path,
			cookie,
			form: { intent: 'renew-codes', code: first.recoveryCodes![0]! },
		}),
	)
	expect(second.recoveryCodes).toHaveLength(10)
	expect(verifySecondFactor(admin.id, first.recoveryCodes![1]!)).toBeNull()
	expect(verifySecondFactor(admin.id, second.recoveryCodes![1]!)).toBe('recovery-code')
})

test('an admin cannot turn two-factor sign-in off', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const response = await callRoute(twoFactorSettings.action, {
		path,
		cookie: signIn(admin.id).cookie,
		form: { intent: 'disable', code: totpCodeFor(admin.totpKey!) },
	})
	expect((await jsonOf<Answer>(response)).fieldErrors.code).toEqual(['common:errors.twoFactorRequired'])
	expect(getAccountUser(admin.id)!.twoFactorEnabled).toBe(true)
})

test('the rule is the module’s: turning two-factor off is refused for an admin, whoever asks, and it stays on', async () => {
	const admin = await createUser({ roles: ['org_admin'] })
	expect(disableTwoFactor(admin.id, totpCodeFor(admin.totpKey!))).toMatchObject({
		ok: false,
		reason: 'twoFactorRequired',
	})
	expect(getAccountUser(admin.id)!.twoFactorEnabled).toBe(true)
})

test('a member turns two-factor off with a current code; a wrong code changes nothing', async () => {
	const member = await createUser({ roles: ['officer'], twoFactor: true })
	expect(disableTwoFactor(member.id, '000000')).toMatchObject({ ok: false, reason: 'codeWrong' })
	expect(getAccountUser(member.id)!.twoFactorEnabled).toBe(true)
	expect(disableTwoFactor(member.id, totpCodeFor(member.totpKey!))).toMatchObject({ ok: true })
	expect(getAccountUser(member.id)!.twoFactorEnabled).toBe(false)
})

/** The key and sealed enrolment the settings page offers this session. */
async function enrolmentOffered(cookie: string, query = '') {
	const page = await jsonOf<Page>(await callRoute(twoFactorSettings.loader, { path: `${path}${query}`, cookie }))
	if (!page.enrolment) throw new Error('The page offered no enrolment')
	return {
		enrolment: page.enrolment.enrolment,
		key: decodeBase32IgnorePadding(page.enrolment.manualKey.replaceAll(' ', '')),
	}
}

test('an enrolment made in another account is refused: it is bound to the person it was shown to', async () => {
	const attacker = await createUser({ roles: ['officer'] })
	const victim = await createUser({ roles: ['officer'] })
	const { enrolment, key } = await enrolmentOffered(signIn(attacker.id).cookie)
	const response = await callRoute(twoFactorSettings.action, {
		path,
		cookie: signIn(victim.id).cookie,
		form: { intent: 'enable', enrolment, code: totpCodeFor(key) },
	})
	expect(response.status).toBe(400)
	expect(getAccountUser(victim.id)!.twoFactorEnabled).toBe(false)
})

test('an enrolment older than fifteen minutes is refused', async () => {
	const member = await createUser({ roles: ['officer'] })
	const { cookie } = signIn(member.id)
	const { enrolment, key } = await enrolmentOffered(cookie)
	vi.useFakeTimers({ toFake: ['Date'] })
	try {
		vi.setSystemTime(Date.now() + 16 * 60_000)
		const response = await callRoute(twoFactorSettings.action, {
			path,
			cookie,
			form: { intent: 'enable', enrolment, code: totpCodeFor(key) },
		})
		expect(response.status).toBe(400)
		expect((await jsonOf<Answer>(response)).fieldErrors.code).toEqual(['common:errors.enrolmentExpired'])
		expect(getAccountUser(member.id)!.twoFactorEnabled).toBe(false)
	} finally {
		vi.useRealTimers()
	}
})

test('moving to a new authenticator needs a current code from the one in use; without it nothing changes', async () => {
	const admin = await createUser({ roles: ['org_admin'] })
	const { cookie } = signIn(admin.id)
	const { enrolment, key } = await enrolmentOffered(cookie, '?replace=1')
	const withoutProof = await callRoute(twoFactorSettings.action, {
		path,
		cookie,
		form: { intent: 'enable', enrolment, code: totpCodeFor(key) },
	})
	expect(withoutProof.status).toBe(400)
	expect((await jsonOf<Answer>(withoutProof)).fieldErrors.currentCode).toEqual(['common:errors.codeWrong'])
	const wrongProof = await callRoute(twoFactorSettings.action, {
		path,
		cookie,
		form: { intent: 'enable', enrolment, code: totpCodeFor(key), currentCode: '000000' },
	})
	expect(wrongProof.status).toBe(400)
	// The old authenticator still works, so the refusals changed nothing.
	expect(verifySecondFactor(admin.id, totpCodeFor(admin.totpKey!, Date.now() - 30_000))).toBe('totp')

	const moved = await jsonOf<Answer>(
		await callRoute(twoFactorSettings.action, {
			path,
			cookie,
			form: { intent: 'enable', enrolment, code: totpCodeFor(key), currentCode: totpCodeFor(admin.totpKey!) },
		}),
	)
	expect(moved.recoveryCodes).toHaveLength(10)
	expect(verifySecondFactor(admin.id, totpCodeFor(admin.totpKey!, Date.now() + 30_000))).toBeNull()
	expect(verifySecondFactor(admin.id, totpCodeFor(key, Date.now() + 30_000))).toBe('totp')
})

test('turning two-factor on replaces the session: the token from before stops working, the new one is verified', async () => {
	const member = await createUser({ roles: ['officer'] })
	const before = signIn(member.id)
	const { enrolment, key } = await enrolmentOffered(before.cookie)
	const response = await callRoute(twoFactorSettings.action, {
		path,
		cookie: before.cookie,
		form: { intent: 'enable', enrolment, code: totpCodeFor(key) },
	})
	expect(response.status).toBe(200)
	const issued = response.headers.get('Set-Cookie')?.split(';')[0]?.split('=')[1]
	expect(validateSessionToken(before.token)).toBeNull()
	expect(validateSessionToken(issued ?? '')).toMatchObject({ userId: member.id, twoFactorVerified: true })
})
