import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { certificates, lessonCompletions } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { enrolLearner, findEnrolment } from '#app/modules/courses/enrolment.server.ts'
import { type DocumentFacts, startDocument, submitForReview } from '#app/modules/library/drafts.server.ts'
import { sendInterest } from '#app/modules/programmes/interest.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import * as signInPage from '#app/routes/$lang+/_auth+/sign-in.tsx'
import * as twoFactor from '#app/routes/$lang+/_auth+/sign-in_.two-factor.tsx'
import * as home from '#app/routes/$lang+/home.tsx'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { createOrganisation, createUser, signIn, testPassword, totpCodeFor } from '#test/factories.ts'
import { createProgramme } from '#test/programme-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

type Home = {
	name: string
	courses: { slug: string; title: string; percent: number; resumePath: string }[]
	certificates: { code: string; certificateName: string; expiresAt: string; refresherSlug: string | null }[]
	waiting: { kind: string; count: number; path: string }[]
}

const day = 86_400_000

async function homeOf(userId: string, language = 'en') {
	const response = await callRoute(home.loader, { path: `/${language}/home`, cookie: signIn(userId).cookie })
	expect(response.status).toBe(200)
	return jsonOf<Home>(response)
}

function expireIn(code: string, days: number) {
	getDb()
		.update(certificates)
		.set({ expiresAt: new Date(Date.now() + days * day) })
		.where(eq(certificates.code, code))
		.run()
}

test('a visitor is sent to sign in, and comes back to the home page after', async () => {
	const response = await callRoute(home.loader, { path: '/fr/home' })
	expect(response.status).toBe(302)
	expect(response.headers.get('Location')).toBe('/fr/sign-in?redirectTo=%2Ffr%2Fhome')
})

test('a trainer taking a course sees it with a link that resumes at the next unfinished lesson', async () => {
	const trainer = await createUser({ roles: ['trainer'] })
	const actor = getAccountUser(trainer.id)!
	const taking = await createPublishedCourse()
	const finished = await createPublishedCourse()
	expect(enrolLearner(actor, taking.course.slug, { cohortId: null, language: 'fr' }).ok).toBe(true)
	const enrolment = findEnrolment(trainer.id, taking.course.id)!
	getDb().insert(lessonCompletions).values({ enrolmentId: enrolment.id, lessonId: 'first' }).run()
	// A completed course (its enrolment completed, its certificate issued) is no longer "in progress".
	await createCertificate(trainer.id, new Date(), finished)

	const page = await homeOf(trainer.id, 'fr')
	expect(page.courses).toEqual([
		expect.objectContaining({
			slug: taking.course.slug,
			title: `Formation test ${taking.course.slug}`,
			percent: 33,
			resumePath: `/courses/${taking.course.slug}/lessons/second`,
		}),
	])
	// Trainers review library documents: their queue is counted, empty for now.
	expect(page.waiting).toEqual([{ kind: 'reviews', count: 0, path: '/library/submissions' }])
})

test('an officer sees the certificate that expires in 30 days with its refresher course, and not the others', async () => {
	const officer = await createUser({ roles: ['officer'] })
	const refresher = await createPublishedCourse()
	const renewable = await createPublishedCourse({ refresherCourse: refresher.course.slug })
	const soon = await createCertificate(officer.id, new Date(), renewable)
	const later = await createCertificate(officer.id)
	const revoked = await createCertificate(officer.id)
	expireIn(soon.code, 30)
	expireIn(later.code, 200)
	expireIn(revoked.code, 10)
	getDb().update(certificates).set({ revokedAt: new Date() }).where(eq(certificates.code, revoked.code)).run()

	const page = await homeOf(officer.id)
	expect(page.certificates).toEqual([
		expect.objectContaining({
			code: soon.code,
			certificateName: 'Test certificate',
			refresherSlug: refresher.course.slug,
		}),
	])
	expect(new Date(page.certificates[0]!.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * day)
	// An officer judges nothing: no "waiting for you" list at all.
	expect(page.waiting).toEqual([])
})

test('an organisation admin sees how many of their own organisation’s applicants wait, with the page to vet them', async () => {
	const organisation = createOrganisation()
	const admin = await createUser({ roles: ['org_admin'], organisationId: organisation.id })
	await createUser({ status: 'pending', organisationId: organisation.id })
	await createUser({ status: 'pending', organisationId: organisation.id })
	await createUser({ status: 'pending' })
	await createUser({ status: 'active', organisationId: organisation.id })

	const page = await homeOf(admin.id)
	expect(page.waiting).toContainEqual({ kind: 'applicants', count: 2, path: '/admin/members' })
	expect(page.courses).toEqual([])
	expect(page.certificates).toEqual([])

	const platformAdmin = await createUser({ roles: ['platform_admin'] })
	const all = (await homeOf(platformAdmin.id)).waiting.find((work) => work.kind === 'applicants')
	expect(all?.count).toBeGreaterThanOrEqual(3)
})

test('an editor counts only the submissions they may read and did not write; a provider counts open requests', async () => {
	const facts: DocumentFacts = {
		type: 'case-study',
		tier: 'members',
		topics: ['investigation'],
		countries: ['FR'],
		regions: ['europe'],
		audience: ['ngo-staff'],
		publishedOn: '2026-01-15',
		sources: [],
	}
	const text = { title: 'Harbour outreach', summary: 'How an NGO met fishing crews.', body: 'Text.' }
	const member = getAccountUser((await createUser({ roles: ['ngo_member'] })).id)!
	const officer = getAccountUser((await createUser({ roles: ['officer'] })).id)!
	const legal = getAccountUser((await createUser({ roles: ['legal_expert'] })).id)!
	const before = (await homeOf(legal.id)).waiting[0]!.count
	for (const [author, tier] of [
		[member, 'members'],
		[officer, 'law-enforcement'],
		[legal, 'members'],
	] as const) {
		const started = await startDocument(author, { ...facts, tier }, 'en', text)
		if (!started.ok) throw new Error('The draft was refused')
		expect(submitForReview(author, started.id).ok).toBe(true)
	}
	// The member's document only: the restricted one is not theirs to read, the third is their own.
	expect((await homeOf(legal.id)).waiting).toEqual([
		{ kind: 'reviews', count: before + 1, path: '/library/submissions' },
	])

	const organisation = createOrganisation({ type: 'ngo' })
	const provider = await createUser({ roles: ['ngo_member', 'programme_editor'], organisationId: organisation.id })
	const programme = createProgramme({ organisationId: organisation.id })
	createProgramme()
	await sendInterest(programme.slug, { contactMethod: 'email', contact: 'someone@example.org', language: 'fr' })
	expect((await homeOf(provider.id)).waiting).toEqual([{ kind: 'requests', count: 1, path: '/provider/inbox' }])
})

test('the home page is for members: it is not in the public site map', () => {
	expect(publicPages().filter((page) => page.path.startsWith('/home'))).toEqual([])
})

test('after signing in, a member lands on their home page in their saved language, unless a page asked for them', async () => {
	const member = await createUser({ roles: ['officer'], locale: 'fr' })
	const landing = await callRoute(signInPage.action, {
		path: '/en/sign-in',
		form: { email: member.email, password: testPassword },
	})
	expect(landing.headers.get('Location')).toBe('/fr/home')
	const asked = await callRoute(signInPage.action, {
		path: '/en/sign-in',
		form: { email: member.email, password: testPassword, redirectTo: '/en/courses' },
	})
	expect(asked.headers.get('Location')).toBe('/en/courses')
})

test('with two-factor sign-in, the code leads to the home page in the saved language', async () => {
	const member = await createUser({ roles: ['trainer'], locale: 'es', twoFactor: true })
	const first = await callRoute(signInPage.action, {
		path: '/en/sign-in',
		form: { email: member.email, password: testPassword },
	})
	expect(first.headers.get('Location')).toBe('/en/sign-in/two-factor')
	const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!
	const accepted = await callRoute(twoFactor.action, {
		path: '/en/sign-in/two-factor',
		cookie,
		form: { code: totpCodeFor(member.totpKey!) },
	})
	expect(accepted.headers.get('Location')).toBe('/es/home')
})
