import { expect, test } from 'vitest'
import { type Role } from '#app/db/schema/accounts.ts'
import * as adminIndex from '#app/routes/$lang+/admin+/index.tsx'
import * as adminLayout from '#app/routes/$lang+/admin+/_layout.tsx'
import * as audit from '#app/routes/$lang+/admin+/audit.tsx'
import * as members from '#app/routes/$lang+/admin+/members.tsx'
import * as organisations from '#app/routes/$lang+/admin+/organisations.tsx'
import * as outbox from '#app/routes/$lang+/admin+/outbox.tsx'
import * as outboxMessage from '#app/routes/$lang+/admin+/outbox_.$messageId.tsx'
import * as users from '#app/routes/$lang+/admin+/users.tsx'
import * as userDetail from '#app/routes/$lang+/admin+/users_.$userId.tsx'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute } from '#test/routes.ts'

type Handler = Parameters<typeof callRoute>[0]
type AdminRoute = { name: string; path: string; params?: Record<string, string>; handlers: Handler[]; orgAdmin: boolean }

const adminRoutes: AdminRoute[] = [
	{ name: 'admin layout', path: '/en/admin', handlers: [adminLayout.loader], orgAdmin: true },
	{ name: 'admin index', path: '/en/admin', handlers: [adminIndex.loader], orgAdmin: true },
	{ name: 'pending members', path: '/en/admin/members', handlers: [members.loader, members.action], orgAdmin: true },
	{ name: 'organisations', path: '/en/admin/organisations', handlers: [organisations.loader, organisations.action], orgAdmin: false },
	{ name: 'users', path: '/en/admin/users', handlers: [users.loader], orgAdmin: false },
	{ name: 'user detail', path: '/en/admin/users/x', params: { userId: 'x' }, handlers: [userDetail.loader, userDetail.action], orgAdmin: false },
	{ name: 'audit log', path: '/en/admin/audit', handlers: [audit.loader], orgAdmin: false },
	{ name: 'outbox', path: '/en/admin/outbox', handlers: [outbox.loader], orgAdmin: false },
	{ name: 'outbox message', path: '/en/admin/outbox/x', params: { messageId: 'x' }, handlers: [outboxMessage.loader], orgAdmin: false },
]

const memberRoles: Role[] = ['officer', 'trainer', 'ngo_member', 'legal_expert']

function call(route: AdminRoute, handler: Handler, cookie?: string) {
	const isAction = handler === route.handlers[1]
	return callRoute(handler, { path: route.path, params: route.params, cookie, form: isAction ? { intent: 'x' } : undefined })
}

test.each(adminRoutes)('$name sends a signed-out visitor to sign in', async (route) => {
	for (const handler of route.handlers) {
		const response = await call(route, handler)
		expect(response.status).toBe(302)
		expect(response.headers.get('Location')).toMatch(/^\/en\/sign-in\?redirectTo=/)
	}
})

test.each(adminRoutes)('$name refuses every member role with 403', async (route) => {
	for (const role of memberRoles) {
		const user = await createUser({ roles: [role] })
		const { cookie } = signIn(user.id)
		for (const handler of route.handlers) {
			expect((await call(route, handler, cookie)).status, `${role}`).toBe(403)
		}
	}
})

test.each(adminRoutes.filter((route) => !route.orgAdmin))('$name refuses an organisation admin with 403', async (route) => {
	const user = await createUser({ roles: ['org_admin'] })
	const { cookie } = signIn(user.id)
	for (const handler of route.handlers) {
		expect((await call(route, handler, cookie)).status).toBe(403)
	}
})

test('an organisation admin and a platform admin reach the pending members page', async () => {
	for (const role of ['org_admin', 'platform_admin'] as const) {
		const user = await createUser({ roles: [role] })
		const response = await callRoute(members.loader, { path: '/en/admin/members', cookie: signIn(user.id).cookie })
		expect(response.status, role).toBe(200)
	}
})

test('a platform admin reaches every admin page', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const { cookie } = signIn(admin.id)
	for (const route of adminRoutes.filter((route) => !route.params)) {
		const response = await callRoute(route.handlers[0], { path: route.path, cookie })
		expect([200, 302], route.name).toContain(response.status)
		if (response.status === 302) expect(response.headers.get('Location')).toBe('/en/admin/members')
	}
})

test('an admin whose session has not passed the second factor is sent to finish signing in', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const { cookie } = signIn(admin.id, { twoFactorVerified: false })
	const response = await callRoute(audit.loader, { path: '/en/admin/audit', cookie })
	expect(response.headers.get('Location')).toBe('/en/sign-in/two-factor')
})
