import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { auditEvents } from '#app/db/schema/index.ts'
import { accountJobHandlers } from '#app/modules/accounts/jobs.server.ts'
import { rolesOf } from '#app/modules/accounts/users.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import { validateSessionToken } from '#app/platform/session.server.ts'
import * as forgotPassword from '#app/routes/$lang+/_auth+/forgot-password.tsx'
import * as signIn from '#app/routes/$lang+/_auth+/sign-in.tsx'
import * as userDetail from '#app/routes/$lang+/admin+/users_.$userId.tsx'
import { createUser, signIn as signInAs, testPassword } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

test('a platform admin ends every session of a user', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const member = await createUser({ roles: ['officer'] })
	const laptop = signInAs(member.id)
	const phone = signInAs(member.id)
	const response = await callRoute(userDetail.action, {
		path: `/en/admin/users/${member.id}`,
		params: { userId: member.id },
		cookie: signInAs(admin.id).cookie,
		form: { intent: 'end-sessions' },
	})
	expect(await jsonOf(response)).toEqual({ outcome: 'sessions-ended', count: 2 })
	expect(validateSessionToken(laptop.token)).toBeNull()
	expect(validateSessionToken(phone.token)).toBeNull()
})

test('a platform admin grants and removes roles, but cannot remove their own admin role', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const member = await createUser({ roles: ['officer'] })
	const { cookie } = signInAs(admin.id)
	const change = (userId: string, intent: string, role: string) =>
		callRoute(userDetail.action, {
			path: `/en/admin/users/${userId}`,
			params: { userId },
			cookie,
			form: { intent, role },
		})

	expect((await change(member.id, 'grant', 'trainer')).status).toBe(200)
	expect(rolesOf(member.id).sort()).toEqual(['officer', 'trainer'])
	expect((await change(member.id, 'revoke', 'officer')).status).toBe(200)
	expect(rolesOf(member.id)).toEqual(['trainer'])
	expect((await change(member.id, 'grant', 'superuser')).status).toBe(400)

	const self = await change(admin.id, 'revoke', 'platform_admin')
	expect((await jsonOf(self)).fieldErrors).toEqual({ form: ['admin:errors.own-admin-role'] })
	expect(rolesOf(admin.id)).toEqual(['platform_admin'])
})

test('the audit log records security events without any password, token or address', async () => {
	const member = await createUser({ roles: ['officer'] })
	await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: member.email, password: 'a wrong password here' },
		client: '203.0.113.7',
	})
	await callRoute(signIn.action, {
		path: '/en/sign-in',
		form: { email: member.email, password: testPassword },
		client: '203.0.113.7',
	})
	await callRoute(forgotPassword.action, {
		path: '/en/forgot-password',
		form: { email: member.email },
		client: '203.0.113.7',
	})
	// The reset link is written and recorded by the queued job.
	await runDueJobs(accountJobHandlers)
	const rows = getDb().select().from(auditEvents).all()
	expect(rows.map((row) => row.event)).toEqual(
		expect.arrayContaining(['sign-in-failed', 'sign-in', 'password-reset-requested']),
	)
	const everything = JSON.stringify(rows)
	expect(everything).not.toContain(testPassword)
	expect(everything).not.toContain('a wrong password here')
	expect(everything).not.toContain('203.0.113.7')
	expect(everything).not.toMatch(/token=|[a-z2-7]{32}\.[a-z2-7]{32}/)
})
