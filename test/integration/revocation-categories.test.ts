import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { auditEvents, certificates } from '#app/db/schema/index.ts'
import * as revocations from '#app/routes/credentials.revocations[.json].ts'
import * as oversight from '#app/routes/$lang+/admin+/certificates.tsx'
import * as mine from '#app/routes/$lang+/certificates+/index.tsx'
import * as verify from '#app/routes/$lang+/verify.$code.tsx'
import { createCertificate } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

async function revocationScene() {
	const holder = await createUser({ roles: ['officer'] })
	const admin = await createUser({ roles: ['platform_admin'] })
	const certificate = await createCertificate(holder.id)
	const revoke = (form: Record<string, string>) =>
		callRoute(oversight.action, { path: '/en/admin/certificates', cookie: signIn(admin.id).cookie, form })
	return { holder, admin, certificate, revoke }
}

test('the verification page, the holder’s page and the revocation list show the category of a revocation, never the administrator’s note', async () => {
	const { holder, admin, certificate, revoke } = await revocationScene()
	const note = `Private note ${Date.now()}: the employer wrote about a disciplinary case`
	expect((await revoke({ code: certificate.code, category: 'issued-in-error', reason: note })).status).toBe(200)

	const verifyPage = await callRoute(verify.loader, {
		path: `/en/verify/${certificate.code}`,
		params: { code: certificate.code },
	})
	const verified = await verifyPage.text()
	expect(JSON.parse(verified).certificate).toMatchObject({ status: 'revoked', revocationCategory: 'issued-in-error' })
	expect(verified).not.toContain(note)

	const holderPage = await (
		await callRoute(mine.loader, { path: '/en/certificates', cookie: signIn(holder.id).cookie })
	).text()
	expect(holderPage).toContain('issued-in-error')
	expect(holderPage).not.toContain(note)

	const list = await (await callRoute(revocations.loader, { path: '/credentials/revocations.json' })).text()
	expect(JSON.parse(list).revokedCredentials).toContainEqual(
		expect.objectContaining({ id: `urn:uuid:${certificate.id}`, revocationReason: 'issued-in-error' }),
	)
	expect(list).not.toContain(note)

	// Administrators still read the note, on the certificates page and in the audit log.
	const adminPage = await jsonOf(
		await callRoute(oversight.loader, {
			path: `/en/admin/certificates?code=${certificate.code}`,
			cookie: signIn(admin.id).cookie,
		}),
	)
	expect(adminPage).toMatchObject({ certificate: { revocationCategory: 'issued-in-error' }, revocationNote: note })
	const audit = getDb()
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.event, 'certificate-revoked'), eq(auditEvents.subjectUserId, holder.id)))
		.get()
	expect(audit?.details).toMatchObject({ code: certificate.code, category: 'issued-in-error', reason: note })
})

test('revoking without a category, or with one not on the list, is refused at the category field and changes nothing', async () => {
	const { certificate, revoke } = await revocationScene()
	const forms: Record<string, string>[] = [
		{ code: certificate.code, reason: 'Obtained by fraud' },
		{ code: certificate.code, category: 'fraud', reason: 'Obtained by fraud' },
	]
	for (const form of forms) {
		const refused = await revoke(form)
		expect(refused.status).toBe(400)
		expect((await refused.json()).fieldErrors).toEqual({ category: ['errors.choose'] })
		expect(getDb().select().from(certificates).where(eq(certificates.id, certificate.id)).get()).toMatchObject({
			revokedAt: null,
			revokedReason: null,
		})
	}
	// The note is optional: a category alone revokes.
	expect((await revoke({ code: certificate.code, category: 'superseded' })).status).toBe(200)
	expect(getDb().select().from(certificates).where(eq(certificates.id, certificate.id)).get()).toMatchObject({
		revokedReason: null,
	})
})
