import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from 'jose'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { getDb } from '#app/db/client.server.ts'
import { certificates } from '#app/db/schema/index.ts'
import { describeCertificate, revokeCertificate } from '#app/modules/certificates/certificates.server.ts'
import { forgetSigningKeys, rotateSigningKey } from '#app/platform/signing-keys.server.ts'
import * as didDocument from '#app/routes/[.well-known].did[.json].ts'
import * as jwks from '#app/routes/[.well-known].jwks[.json].ts'
import * as credentials from '#app/routes/credentials.$file.ts'
import * as revocations from '#app/routes/credentials.revocations[.json].ts'
import * as oversightCsv from '#app/routes/$lang+/admin+/certificates_.csv.tsx'
import * as oversight from '#app/routes/$lang+/admin+/certificates.tsx'
import * as pdf from '#app/routes/$lang+/certificates+/$code.pdf.tsx'
import * as verify from '#app/routes/$lang+/verify.$code.tsx'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { createOrganisation, createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const credentialOf = (code: string, extension: 'json' | 'jwt', client = 'verifier') =>
	callRoute(credentials.loader, {
		path: `/credentials/${code}.${extension}`,
		params: { file: `${code}.${extension}` },
		client,
	})
const keySet = async () =>
	createLocalJWKSet(await jsonOf(await callRoute(jwks.loader, { path: '/.well-known/jwks.json' })))

/** The fields and types an OpenBadgeCredential must have (Open Badges 3.0, VC data model 2.0). */
const openBadgeCredential = z.object({
	'@context': z
		.array(z.string())
		.refine(
			(contexts) =>
				contexts[0] === 'https://www.w3.org/ns/credentials/v2' &&
				contexts.some((context) => context.includes('/ob/v3p0/')),
		),
	id: z.string().url(),
	type: z
		.array(z.string())
		.refine((types) => types.includes('VerifiableCredential') && types.includes('OpenBadgeCredential')),
	name: z.string().min(1),
	issuer: z.object({
		id: z.string().startsWith('did:web:'),
		type: z.array(z.string()).refine((types) => types.includes('Profile')),
		name: z.string().min(1),
	}),
	validFrom: z.iso.datetime(),
	validUntil: z.iso.datetime().optional(),
	credentialSubject: z.object({
		type: z.array(z.string()).refine((types) => types.includes('AchievementSubject')),
		identifier: z
			.array(
				z.object({
					type: z.literal('IdentityObject'),
					hashed: z.literal(true),
					identityHash: z.string().startsWith('sha256$'),
					identityType: z.literal('emailAddress'),
				}),
			)
			.min(1),
		achievement: z.object({
			id: z.string().url(),
			type: z.array(z.string()).refine((types) => types.includes('Achievement')),
			name: z.string().min(1),
			description: z.string().min(1),
			criteria: z.object({ narrative: z.string().min(1) }),
			alignment: z.array(z.object({ type: z.array(z.string()), targetName: z.string(), targetUrl: z.string().url() })),
		}),
	}),
	credentialStatus: z.object({ id: z.string().url(), type: z.string().min(1) }),
})

test('the credential is a valid OpenBadgeCredential that never shows the holder’s email', async () => {
	const holder = await createUser({ roles: ['officer'] })
	const certificate = await createCertificate(holder.id)
	const response = await credentialOf(certificate.code, 'json')
	const body = await response.text()
	const credential = openBadgeCredential.parse(JSON.parse(body))
	expect(credential.credentialSubject.achievement.alignment.map((alignment) => alignment.targetName)).toEqual([
		'Victim identification',
	])
	expect(credential.validUntil).toBe(certificate.expiresAt!.toISOString())
	expect(body).not.toContain(holder.email)
	// Open Badges' identity hash: sha256 of the email with the salt appended.
	const identity = credential.credentialSubject.identifier[0]!
	expect(identity.identityHash).toBe(
		`sha256$${createHash('sha256')
			.update(holder.email + certificate.subjectSalt)
			.digest('hex')}`,
	)
})

test('the JWT verifies against the published keys, and fails once one character of its payload changes', async () => {
	const certificate = await createCertificate((await createUser()).id)
	const jwt = await (await credentialOf(certificate.code, 'jwt')).text()
	const { payload } = await jwtVerify(jwt, await keySet())
	expect(payload).toMatchObject({ name: 'Test certificate', type: ['VerifiableCredential', 'OpenBadgeCredential'] })
	// The key is named by a DID URL that the issuer's did:web document lists.
	const { kid } = decodeProtectedHeader(jwt)
	const did = await jsonOf<{ id: string; assertionMethod: string[] }>(
		await callRoute(didDocument.loader, { path: '/.well-known/did.json' }),
	)
	expect(kid).toMatch(new RegExp(`^${did.id}#`))
	expect(did.assertionMethod).toContain(kid)
	const [header, body, signature] = jwt.split('.')
	const forged = Buffer.from(body!, 'base64url').toString().replace('Test certificate', 'Test certificatf')
	const tampered = `${header}.${Buffer.from(forged).toString('base64url')}.${signature}`
	await expect(compactVerify(tampered, await keySet())).rejects.toThrow()
})

test('after the signing key is rotated, credentials signed before still verify and new ones use the new key', async () => {
	const certificate = await createCertificate((await createUser()).id)
	const before = await (await credentialOf(certificate.code, 'jwt')).text()
	await rotateSigningKey(new Date(Date.now() + 1000))
	const after = await (await credentialOf(certificate.code, 'jwt')).text()
	expect(decodeProtectedHeader(after).kid).not.toBe(decodeProtectedHeader(before).kid)
	await expect(jwtVerify(before, await keySet())).resolves.toBeTruthy()
	await expect(jwtVerify(after, await keySet())).resolves.toBeTruthy()
})

test('the verification page shows every field and the status, and a revoked certificate says so with its category', async () => {
	const holder = await createUser({ roles: ['officer'] })
	const admin = await createUser({ roles: ['platform_admin'] })
	const certificate = await createCertificate(holder.id)
	const page = async () =>
		(
			await jsonOf<{ certificate: ReturnType<typeof describeCertificate> }>(
				await callRoute(verify.loader, { path: `/en/verify/${certificate.code}`, params: { code: certificate.code } }),
			)
		).certificate
	expect(await page()).toMatchObject({
		holderName: holder.name,
		status: 'valid',
		courseRevision: 1,
		language: 'en',
		score: 0,
		competencies: ['victim-identification'],
	})
	const actor = (user: typeof holder, role: 'officer' | 'platform_admin') => ({
		id: user.id,
		roles: [role],
		organisationId: user.organisationId,
	})
	const revocation = { category: 'withdrawn', note: 'Obtained by fraud' } as const
	expect(revokeCertificate(actor(holder, 'officer'), certificate.code, revocation)).toMatchObject({
		ok: false,
		reason: 'forbidden',
	})
	expect(revokeCertificate(actor(admin, 'platform_admin'), certificate.code, revocation)).toMatchObject({
		ok: true,
	})
	expect(revokeCertificate(actor(admin, 'platform_admin'), certificate.code, { category: 'other' })).toMatchObject({
		ok: false,
		reason: 'already-revoked',
	})
	expect(await page()).toMatchObject({ status: 'revoked', revocationCategory: 'withdrawn' })
	const list = await jsonOf<{ revokedCredentials: { id: string; revocationReason: string }[] }>(
		await callRoute(revocations.loader, { path: '/credentials/revocations.json' }),
	)
	expect(list.revokedCredentials).toContainEqual(
		expect.objectContaining({ id: `urn:uuid:${certificate.id}`, revocationReason: 'withdrawn' }),
	)
	expect(getDb().select().from(certificates).where(eq(certificates.id, certificate.id)).get()).toBeDefined()
})

test('an unknown code is a plain not found; the 31st lookup in a minute from one client gets 429', async () => {
	const unknown = await callRoute(verify.loader, {
		path: '/en/verify/AAAA',
		params: { code: 'AAAA' },
		client: 'guesser',
	})
	expect(unknown.status).toBe(404)
	for (let lookup = 2; lookup <= 30; lookup++) {
		expect(
			(await callRoute(verify.loader, { path: '/en/verify/AAAA', params: { code: `A${lookup}` }, client: 'guesser' }))
				.status,
		).toBe(404)
	}
	expect(
		(await callRoute(verify.loader, { path: '/en/verify/AAAA', params: { code: 'AAAA' }, client: 'guesser' })).status,
	).toBe(429)
	expect(
		(await callRoute(verify.loader, { path: '/en/verify/AAAA', params: { code: 'AAAA' }, client: 'someone-else' }))
			.status,
	).toBe(404)
})

test('the status follows the clock: valid, expiring within 60 days, expired', async () => {
	const issuedAt = new Date('2026-01-15T09:00:00Z')
	const certificate = await createCertificate((await createUser()).id, issuedAt)
	expect(certificate.expiresAt!.toISOString()).toBe('2028-01-15T09:00:00.000Z')
	expect(describeCertificate(certificate, new Date('2027-10-01T00:00:00Z')).status).toBe('valid')
	expect(describeCertificate(certificate, new Date('2027-12-01T00:00:00Z')).status).toBe('expiring')
	expect(describeCertificate(certificate, new Date('2028-01-15T09:00:00Z')).status).toBe('expired')
})

test('organisation admins see only their own members’ certificates, filtered by expiry, course and country', async () => {
	const mine = createOrganisation()
	const theirs = createOrganisation()
	const member = await createUser({ organisationId: mine.id })
	const outsider = await createUser({ organisationId: theirs.id })
	const soon = await createCertificate(member.id, new Date(Date.now() - (24 * 30 - 20) * 24 * 60 * 60 * 1000))
	const later = await createCertificate(member.id)
	const foreign = await createCertificate(outsider.id)
	const orgAdmin = await createUser({ roles: ['org_admin'], organisationId: mine.id })
	const { cookie } = signIn(orgAdmin.id)
	const list = async (query: string) =>
		(
			await jsonOf<{ certificates: { code: string }[] }>(
				await callRoute(oversight.loader, { path: `/en/admin/certificates?${query}`, cookie }),
			)
		).certificates.map((row) => row.code)
	expect((await list('')).sort()).toEqual([soon.code, later.code].sort())
	expect(await list('expiringWithin=30')).toEqual([soon.code])
	expect(await list(`course=${later.courseId}`)).toEqual([later.code])
	expect(await list('country=ES')).toEqual([])
	const csv = await (await callRoute(oversightCsv.loader, { path: '/en/admin/certificates/csv', cookie })).text()
	expect(csv).toContain(soon.code)
	expect(csv).not.toContain(foreign.code)
	// An organisation admin may look, but not revoke.
	const refused = await callRoute(oversight.action, {
		path: '/en/admin/certificates',
		cookie,
		form: { code: soon.code, reason: 'No' },
	})
	expect(refused.status).toBe(403)
})

test('completing the refresher within 90 days of expiry renews the certificate; the old one stays in the history', async () => {
	const holder = await createUser()
	const refresher = await createPublishedCourse()
	const main = await createPublishedCourse({ refresherCourse: refresher.course.slug })
	const day = 24 * 60 * 60 * 1000
	// Too early: a certificate with two years left is not renewed; the refresher gives its own.
	const early = await createUser()
	const fresh = await createCertificate(early.id, new Date(), main)
	const own = await createCertificate(early.id, new Date(), refresher)
	expect(own.courseId).toBe(refresher.course.id)
	expect(getDb().select().from(certificates).where(eq(certificates.id, fresh.id)).get()!.renewedBy).toBeNull()

	const old = await createCertificate(holder.id, new Date(Date.now() - (730 - 60) * day), main)
	const renewed = await createCertificate(holder.id, new Date(), refresher)
	expect(renewed).toMatchObject({ courseId: main.course.id, courseTitle: old.courseTitle, holderName: old.holderName })
	expect(renewed.code).not.toBe(old.code)
	expect(renewed.expiresAt!.getTime()).toBeGreaterThan(old.expiresAt!.getTime())
	const history = getDb().select().from(certificates).where(eq(certificates.userId, holder.id)).all()
	expect(history).toHaveLength(2)
	expect(history.find((row) => row.id === old.id)!.renewedBy).toBe(renewed.id)
})

test('the holder downloads the certificate as a PDF with its fonts embedded; for anyone else it does not exist', async () => {
	const holder = await createUser()
	const certificate = await createCertificate(holder.id)
	const call = (userId: string) =>
		callRoute(pdf.loader, {
			path: `/en/certificates/${certificate.code}/pdf`,
			cookie: signIn(userId).cookie,
			params: { code: certificate.code },
		})
	const response = await call(holder.id)
	expect(response.headers.get('Content-Type')).toBe('application/pdf')
	const bytes = Buffer.from(await response.arrayBuffer())
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
	expect(bytes.toString('latin1')).toMatch(/NotoNaskhArabic/)
	expect((await call((await createUser()).id)).status).toBe(404)
})

test('a key given in the environment signs, and stays published after it is replaced', async () => {
	const certificate = await createCertificate((await createUser()).id)
	const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
	process.env.CREDENTIAL_SIGNING_KEY = JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'from-environment' })
	forgetSigningKeys()
	const signed = await (await credentialOf(certificate.code, 'jwt')).text()
	expect(decodeProtectedHeader(signed).kid).toMatch(/#from-environment$/)
	delete process.env.CREDENTIAL_SIGNING_KEY
	forgetSigningKeys()
	await expect(jwtVerify(signed, await keySet())).resolves.toBeTruthy()
})
