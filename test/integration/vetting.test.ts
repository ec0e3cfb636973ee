import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { auditEvents, organisations as organisationTable, users } from '#app/db/schema/index.ts'
import { rolesOf } from '#app/modules/accounts/users.server.ts'
import * as members from '#app/routes/$lang+/admin+/members.tsx'
import * as organisations from '#app/routes/$lang+/admin+/organisations.tsx'
import { createOrganisation, createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const statusOf = (userId: string) => getDb().select().from(users).where(eq(users.id, userId)).get()!.status

test('an organisation admin sees and approves applicants of their own organisation only', async () => {
	const organisation = createOrganisation()
	const otherOrganisation = createOrganisation()
	const orgAdmin = await createUser({ roles: ['org_admin'], organisationId: organisation.id })
	const applicant = await createUser({ status: 'pending', organisationId: organisation.id })
	const stranger = await createUser({ status: 'pending', organisationId: otherOrganisation.id })
	const { cookie } = signIn(orgAdmin.id)

	const list = await jsonOf<{ applicants: { id: string }[] }>(
		await callRoute(members.loader, { path: '/en/admin/members', cookie }),
	)
	expect(list.applicants.map((row) => row.id)).toEqual([applicant.id])

	const refused = await callRoute(members.action, {
		path: '/en/admin/members',
		cookie,
		form: { applicantId: stranger.id, decision: 'approve' },
	})
	expect(refused.status).toBe(403)
	expect(statusOf(stranger.id)).toBe('pending')

	const approved = await callRoute(members.action, {
		path: '/en/admin/members',
		cookie,
		form: { applicantId: applicant.id, decision: 'approve' },
	})
	expect(approved.status).toBe(200)
	expect(statusOf(applicant.id)).toBe('active')
	expect(rolesOf(applicant.id)).toEqual(['officer'])
	const event = getDb().select().from(auditEvents).where(eq(auditEvents.subjectUserId, applicant.id)).all().at(-1)
	expect(event).toMatchObject({ event: 'member-approved', actorUserId: orgAdmin.id })
})

test('an applicant to a proposed organisation waits until a platform admin approves the organisation', async () => {
	const proposed = createOrganisation({ status: 'pending' })
	const applicant = await createUser({ status: 'pending', organisationId: proposed.id })
	const admin = await createUser({ roles: ['platform_admin'] })
	const { cookie } = signIn(admin.id)
	const early = await callRoute(members.action, { path: '/en/admin/members', cookie, form: { applicantId: applicant.id, decision: 'approve' } })
	expect(early.status).toBe(409)
	expect((await jsonOf(early)).outcome).toBe('organisation-pending')
	expect(statusOf(applicant.id)).toBe('pending')

	await callRoute(organisations.action, { path: '/en/admin/organisations', cookie, form: { organisationId: proposed.id, decision: 'approve' } })
	expect(getDb().select().from(organisationTable).where(eq(organisationTable.id, proposed.id)).get()!.status).toBe('approved')
	const later = await callRoute(members.action, { path: '/en/admin/members', cookie, form: { applicantId: applicant.id, decision: 'approve' } })
	expect(later.status).toBe(200)
	expect(statusOf(applicant.id)).toBe('active')
})

test('a refused applicant is refused once, and a second decision changes nothing', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const applicant = await createUser({ status: 'pending' })
	const { cookie } = signIn(admin.id)
	const form = { applicantId: applicant.id, decision: 'refuse' }
	expect((await callRoute(members.action, { path: '/en/admin/members', cookie, form })).status).toBe(200)
	expect(statusOf(applicant.id)).toBe('refused')
	const again = await callRoute(members.action, { path: '/en/admin/members', cookie, form: { ...form, decision: 'approve' } })
	expect(again.status).toBe(409)
	expect(statusOf(applicant.id)).toBe('refused')
	expect(rolesOf(applicant.id)).toEqual([])
})

test('an admin without two-factor sign-in is sent to set it up before vetting anyone', async () => {
	const admin = await createUser({ roles: ['org_admin'] })
	getDb().update(users).set({ totpKey: null, totpEnabledAt: null }).where(eq(users.id, admin.id)).run()
	const response = await callRoute(members.loader, { path: '/en/admin/members', cookie: signIn(admin.id).cookie })
	expect(response.headers.get('Location')).toBe('/en/settings/two-factor?required=1')
})
