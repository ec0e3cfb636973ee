import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { getDb } from '#app/db/client.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { auditEvents, organisations as organisationTable, users } from '#app/db/schema/index.ts'
import { rolesOf } from '#app/modules/accounts/users.server.ts'
import * as members from '#app/routes/$lang+/admin+/members.tsx'
import * as organisations from '#app/routes/$lang+/admin+/organisations.tsx'
import { createOrganisation, createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

function mailTo(email: string) {
	const dir = path.join(getEnv().DATA_DIR, 'outbox')
	return fs
		.readdirSync(dir)
		.map(
			(file) =>
				JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { to: string; subject: string; text: string },
		)
		.filter((message) => message.to === email)
}

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
	expect(approved.status).toBe(302)
	expect(approved.headers.get('Location')).toBe('/en/admin/members')
	expect(statusOf(applicant.id)).toBe('active')
	expect(rolesOf(applicant.id)).toEqual(['officer'])
	const event = getDb().select().from(auditEvents).where(eq(auditEvents.subjectUserId, applicant.id)).all().at(-1)
	expect(event).toMatchObject({ event: 'member-approved', actorUserId: orgAdmin.id })
	const [mail] = mailTo(applicant.email)
	expect(mail!.subject).toBe(serverI18n('en').t('application-approved.subject', { ns: 'email' }))
	expect(mail!.text).toContain('/en/sign-in')
})

test('an applicant to a proposed organisation waits until a platform admin approves the organisation', async () => {
	const proposed = createOrganisation({ status: 'pending' })
	const applicant = await createUser({ status: 'pending', organisationId: proposed.id })
	const admin = await createUser({ roles: ['platform_admin'] })
	const { cookie } = signIn(admin.id)
	const early = await callRoute(members.action, {
		path: '/en/admin/members',
		cookie,
		form: { applicantId: applicant.id, decision: 'approve' },
	})
	expect(early.status).toBe(409)
	expect((await jsonOf(early)).fieldErrors).toEqual({ form: ['admin:errors.organisation-pending'] })
	expect(statusOf(applicant.id)).toBe('pending')

	await callRoute(organisations.action, {
		path: '/en/admin/organisations',
		cookie,
		form: { organisationId: proposed.id, decision: 'approve' },
	})
	expect(getDb().select().from(organisationTable).where(eq(organisationTable.id, proposed.id)).get()!.status).toBe(
		'approved',
	)
	const later = await callRoute(members.action, {
		path: '/en/admin/members',
		cookie,
		form: { applicantId: applicant.id, decision: 'approve' },
	})
	expect(later.status).toBe(302)
	expect(statusOf(applicant.id)).toBe('active')
})

test('a refused applicant is refused once, and a second decision changes nothing', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const applicant = await createUser({ status: 'pending' })
	const { cookie } = signIn(admin.id)
	const form = { applicantId: applicant.id, decision: 'refuse' }
	expect((await callRoute(members.action, { path: '/en/admin/members', cookie, form })).status).toBe(302)
	expect(statusOf(applicant.id)).toBe('refused')
	expect(mailTo(applicant.email).map((mail) => mail.subject)).toEqual([
		serverI18n('en').t('application-refused.subject', { ns: 'email' }),
	])
	const again = await callRoute(members.action, {
		path: '/en/admin/members',
		cookie,
		form: { ...form, decision: 'approve' },
	})
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
