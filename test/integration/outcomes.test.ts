import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { certificates, courseFeedback, enrolments, followUpSurveys, users } from '#app/db/schema/index.ts'
import { sendDueFollowUps } from '#app/modules/indicators/follow-ups.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import * as certificatesPage from '#app/routes/$lang+/certificates+/index.tsx'
import * as followUpPage from '#app/routes/$lang+/certificates+/follow-ups.$certificateId.tsx'
import * as coursePage from '#app/routes/$lang+/courses+/$slug.tsx'
import * as feedbackPage from '#app/routes/$lang+/courses+/$slug_.feedback.tsx'
import * as learning from '#app/routes/$lang+/learning.tsx'
import * as settings from '#app/routes/$lang+/settings+/index.tsx'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const day = 24 * 60 * 60 * 1000

type Failure = { fieldErrors: Record<string, string[]> }

/** A learner who has completed a fresh course, with the course's address. */
async function completedLearner(options: { locale?: string } = {}) {
	const user = await createUser({ roles: ['officer'], locale: options.locale })
	const published = await createPublishedCourse()
	const certificate = await createCertificate(user.id, new Date(), published)
	return { user, cookie: signIn(user.id).cookie, slug: published.course.slug, certificate, published }
}

const feedbackCall = (slug: string, cookie: string | undefined, form?: Record<string, string>, language = 'en') =>
	callRoute(feedbackPage[form ? 'action' : 'loader'], {
		path: `/${language}/courses/${slug}/feedback`,
		params: { slug },
		cookie,
		form,
	})

const followUpCall = (
	certificateId: string,
	cookie: string | undefined,
	form?: Record<string, string | string[]>,
	language = 'en',
) =>
	callRoute(followUpPage[form ? 'action' : 'loader'], {
		path: `/${language}/certificates/follow-ups/${certificateId}`,
		params: { certificateId },
		cookie,
		form,
	})

/** Every message a refusal carries is a key with a real sentence behind it in each language, not the key echoed. */
function expectTranslated(keys: string[]) {
	for (const key of keys)
		for (const language of ['en', 'fr', 'es', 'ar'] as const) {
			const text = serverI18n(language).t(key)
			expect(text, `${language} ${key}`).not.toBe(key)
			expect(text, `${language} ${key}`).not.toContain('errors.')
		}
}

const mailTo = async (email: string) =>
	(await listOutbox({ page: 1, pageSize: 500 })).messages.filter((message) => message.to === email)

test('a learner who completed a course is invited, answers the feedback once in the page’s language, and the invitation goes', async () => {
	const { cookie, slug, certificate } = await completedLearner()
	const course = await jsonOf<{ feedbackDue: boolean }>(
		await callRoute(coursePage.loader, { path: `/fr/courses/${slug}`, params: { slug }, cookie }),
	)
	expect(course.feedbackDue).toBe(true)
	const mine = await jsonOf<{ feedbackDue: string[] }>(
		await callRoute(learning.loader, { path: '/fr/learning', cookie }),
	)
	expect(mine.feedbackDue).toEqual([slug])

	const page = await feedbackCall(slug, cookie, undefined, 'fr')
	expect(page.status).toBe(200)
	expect((await jsonOf<{ state: string }>(page)).state).toBe('open')

	const answered = await feedbackCall(slug, cookie, { usefulness: '4', recommend: 'no' }, 'fr')
	expect(answered.status).toBe(302)
	expect(answered.headers.get('Location')).toBe(`/fr/courses/${slug}`)
	expect(answered.headers.get('Set-Cookie')).toContain('outcomes:feedback.thanks')
	const rows = getDb()
		.select()
		.from(courseFeedback)
		.where(eq(courseFeedback.enrolmentId, certificate.enrolmentId))
		.all()
	expect(rows).toEqual([
		{
			enrolmentId: certificate.enrolmentId,
			usefulness: 4,
			recommend: false,
			language: 'fr',
			answeredAt: expect.any(Date),
		},
	])

	const after = await jsonOf<{ feedbackDue: boolean }>(
		await callRoute(coursePage.loader, { path: `/fr/courses/${slug}`, params: { slug }, cookie }),
	)
	expect(after.feedbackDue).toBe(false)
	expect(
		(await jsonOf<{ feedbackDue: string[] }>(await callRoute(learning.loader, { path: '/fr/learning', cookie })))
			.feedbackDue,
	).toEqual([])
	expect((await jsonOf<{ state: string }>(await feedbackCall(slug, cookie))).state).toBe('answered')

	// A second answer is refused and the first kept.
	const before = databaseSnapshot()
	const again = await feedbackCall(slug, cookie, { usefulness: '1', recommend: 'yes' })
	expect(again.status).toBe(400)
	expect((await jsonOf<Failure>(again)).fieldErrors).toEqual({ form: ['outcomes:errors.already-answered'] })
	expect(databaseSnapshot()).toEqual(before)
})

test('bad feedback gets its error at its field, someone not enrolled finds no page, and nothing changes', async () => {
	const { cookie, slug } = await completedLearner()
	const before = databaseSnapshot()
	const cases: [Record<string, string>, Record<string, string[]>][] = [
		[{}, { usefulness: ['outcomes:errors.usefulness'], recommend: ['outcomes:errors.recommend'] }],
		[{ recommend: 'yes' }, { usefulness: ['outcomes:errors.usefulness'] }],
		[{ usefulness: '0', recommend: 'yes' }, { usefulness: ['outcomes:errors.usefulness'] }],
		[{ usefulness: '6', recommend: 'yes' }, { usefulness: ['outcomes:errors.usefulness'] }],
		[{ usefulness: '3', recommend: 'maybe' }, { recommend: ['outcomes:errors.recommend'] }],
	]
	for (const [form, fieldErrors] of cases) {
		const response = await feedbackCall(slug, cookie, form)
		expect(response.status, JSON.stringify(form)).toBe(400)
		expect((await jsonOf<Failure>(response)).fieldErrors).toEqual(fieldErrors)
	}
	expect(databaseSnapshot()).toEqual(before)

	// Enrolled but not finished: the page says so, and an answer is refused.
	const starter = await createUser({ roles: ['officer'] })
	const starterCookie = signIn(starter.id).cookie
	const { course, revision } = await createPublishedCourse()
	getDb()
		.insert(enrolments)
		.values({
			userId: starter.id,
			courseId: course.id,
			revisionId: revision.id,
			language: 'en',
			lastActivityAt: new Date(),
		})
		.run()
	expect((await jsonOf<{ state: string }>(await feedbackCall(course.slug, starterCookie))).state).toBe('not-completed')
	const early = databaseSnapshot()
	const notCompleted = await feedbackCall(course.slug, starterCookie, { usefulness: '5', recommend: 'yes' })
	expect(notCompleted.status).toBe(400)
	expect((await jsonOf<Failure>(notCompleted)).fieldErrors).toEqual({ form: ['outcomes:errors.not-completed'] })

	// Someone else's completed course: there is no enrolment of theirs to answer for, so no page.
	expect((await feedbackCall(slug, starterCookie)).status).toBe(404)
	expect((await feedbackCall(slug, starterCookie, { usefulness: '5', recommend: 'yes' })).status).toBe(404)
	expect((await feedbackCall('no-such-course', cookie, { usefulness: '5', recommend: 'yes' })).status).toBe(404)
	const signedOut = await feedbackCall(slug, undefined, { usefulness: '5', recommend: 'yes' })
	expect(signedOut.headers.get('Location')).toMatch(/^\/en\/sign-in/)
	expect(databaseSnapshot()).toEqual(early)
	expectTranslated([
		'outcomes:errors.usefulness',
		'outcomes:errors.recommend',
		'outcomes:errors.not-completed',
		'outcomes:errors.already-answered',
	])
})

test('follow-ups go out once, 91 days after a certificate, in the holder’s language; never for a revoked one, a suspended holder or one over a year old', async () => {
	const issuedAt = new Date('2030-03-02T09:00:00Z')
	const holder = await createUser({ locale: 'fr' })
	const certificate = await createCertificate(holder.id, issuedAt)
	const revokedHolder = await createUser()
	const revoked = await createCertificate(revokedHolder.id, issuedAt)
	getDb()
		.update(certificates)
		.set({ revokedAt: issuedAt, revokedCategory: 'other' })
		.where(eq(certificates.id, revoked.id))
		.run()
	const suspended = await createUser({ status: 'suspended' })
	await createCertificate(suspended.id, issuedAt)
	// Issued before follow-ups existed: asked if within the last twelve months, not if older.
	const earlierHolder = await createUser({ locale: 'es' })
	const earlier = await createCertificate(earlierHolder.id, new Date(issuedAt.getTime() - 200 * day))
	const oldHolder = await createUser()
	const old = await createCertificate(oldHolder.id, new Date(issuedAt.getTime() - 300 * day))

	const surveyOf = (certificateId: string) =>
		getDb().select().from(followUpSurveys).where(eq(followUpSurveys.certificateId, certificateId)).get()

	await sendDueFollowUps(new Date(issuedAt.getTime() + 90 * day))
	expect(await mailTo(holder.email)).toHaveLength(0)
	expect(surveyOf(certificate.id)).toBeUndefined()
	expect(await mailTo(earlierHolder.email)).toHaveLength(1)

	const due = new Date(issuedAt.getTime() + 91 * day)
	await sendDueFollowUps(due)
	await sendDueFollowUps(due)
	await sendDueFollowUps(new Date(due.getTime() + 30 * day))
	const sent = await mailTo(holder.email)
	expect(sent).toHaveLength(1)
	const message = await readOutboxMessage(sent[0]!.id)
	expect(message!.subject).toBe('Comment avez-vous utilisé votre formation Atlas au travail ?')
	expect(message!.text).toContain('Test certificate')
	expect(message!.text).toContain(`/fr/certificates/follow-ups/${certificate.id}`)
	expect(surveyOf(certificate.id)).toMatchObject({ sentAt: due, applied: null, answeredAt: null })

	const earlierMessage = await readOutboxMessage((await mailTo(earlierHolder.email))[0]!.id)
	expect(earlierMessage!.text).toContain(`/es/certificates/follow-ups/${earlier.id}`)
	expect(await mailTo(earlierHolder.email)).toHaveLength(1)

	expect(await mailTo(revokedHolder.email)).toHaveLength(0)
	expect(surveyOf(revoked.id)).toBeUndefined()
	expect(await mailTo(suspended.email)).toHaveLength(0)
	expect(await mailTo(oldHolder.email)).toHaveLength(0)
	expect(surveyOf(old.id)).toBeUndefined()
})

test('the holder sees a pending follow-up and answers it once, in the page’s language; nobody else may open or answer it', async () => {
	const issuedAt = new Date('2031-05-10T09:00:00Z')
	const holder = await createUser({ roles: ['officer'] })
	const cookie = signIn(holder.id).cookie
	const certificate = await createCertificate(holder.id, issuedAt)
	const notYetAsked = await createCertificate(holder.id)
	await sendDueFollowUps(new Date(issuedAt.getTime() + 91 * day))

	type Pending = { followUps: { certificateId: string }[] }
	const pendingOn = async (page: typeof learning | typeof certificatesPage, path: string) =>
		(await jsonOf<Pending>(await callRoute(page.loader, { path, cookie }))).followUps.map(
			(entry) => entry.certificateId,
		)
	expect(await pendingOn(learning, '/en/learning')).toEqual([certificate.id])
	expect(await pendingOn(certificatesPage, '/en/certificates')).toEqual([certificate.id])
	expect((await followUpCall(notYetAsked.id, cookie)).status).toBe(404)

	const other = await createUser({ roles: ['officer'] })
	const otherCookie = signIn(other.id).cookie
	const valid = { applied: 'often', ways: ['referred-case', 'trained-colleagues'] }
	const before = databaseSnapshot()
	expect((await followUpCall(certificate.id, otherCookie)).status).toBe(404)
	expect((await followUpCall(certificate.id, otherCookie, valid)).status).toBe(404)
	expect((await followUpCall('no-such-certificate', cookie, valid)).status).toBe(404)
	expect((await followUpCall(certificate.id, undefined, valid)).headers.get('Location')).toMatch(/^\/en\/sign-in/)

	const page = await followUpCall(certificate.id, cookie)
	expect(page.status).toBe(200)
	expect((await jsonOf<{ answered: boolean }>(page)).answered).toBe(false)
	const cases: [Record<string, string | string[]>, Record<string, string[]>][] = [
		[{}, { applied: ['outcomes:errors.applied'] }],
		[{ applied: 'always' }, { applied: ['outcomes:errors.applied'] }],
		[{ applied: 'once' }, { ways: ['outcomes:errors.ways-required'] }],
		[{ applied: 'once', ways: ['referred-case', 'arrested-someone'] }, { ways: ['outcomes:errors.ways-unknown'] }],
	]
	for (const [form, fieldErrors] of cases) {
		const response = await followUpCall(certificate.id, cookie, form)
		expect(response.status, JSON.stringify(form)).toBe(400)
		expect((await jsonOf<Failure>(response)).fieldErrors).toEqual(fieldErrors)
	}
	expect(databaseSnapshot()).toEqual(before)

	const answered = await followUpCall(certificate.id, cookie, valid, 'es')
	expect(answered.status).toBe(302)
	expect(answered.headers.get('Location')).toBe('/es/certificates')
	expect(
		getDb().select().from(followUpSurveys).where(eq(followUpSurveys.certificateId, certificate.id)).get(),
	).toMatchObject({ applied: 'often', ways: ['referred-case', 'trained-colleagues'], language: 'es' })
	expect(await pendingOn(learning, '/en/learning')).toEqual([])
	expect((await jsonOf<{ answered: boolean }>(await followUpCall(certificate.id, cookie))).answered).toBe(true)

	const after = databaseSnapshot()
	const again = await followUpCall(certificate.id, cookie, { applied: 'not-yet' })
	expect(again.status).toBe(400)
	expect((await jsonOf<Failure>(again)).fieldErrors).toEqual({ form: ['outcomes:errors.already-answered'] })
	expect(databaseSnapshot()).toEqual(after)
	expectTranslated([
		'outcomes:errors.applied',
		'outcomes:errors.ways-required',
		'outcomes:errors.ways-unknown',
		'outcomes:errors.already-answered',
	])
})

test('a member states their gender in their settings, or prefers not to; anything else is refused', async () => {
	const member = await createUser()
	const cookie = signIn(member.id).cookie
	const save = (gender: string) =>
		callRoute(settings.action, {
			path: '/en/settings',
			cookie,
			form: { intent: 'profile', name: 'Ana Officer', country: 'PT', gender },
		})
	const genderOf = () =>
		getDb().select({ gender: users.gender }).from(users).where(eq(users.id, member.id)).get()!.gender
	expect((await save('woman')).status).toBe(302)
	expect(genderOf()).toBe('woman')
	const page = await jsonOf<{ profile: { gender: string | null } }>(
		await callRoute(settings.loader, { path: '/en/settings', cookie }),
	)
	expect(page.profile.gender).toBe('woman')

	const before = databaseSnapshot()
	const refused = await save('robot')
	expect(refused.status).toBe(400)
	expect((await jsonOf<Failure>(refused)).fieldErrors).toEqual({ gender: ['errors.choose'] })
	expect(databaseSnapshot()).toEqual(before)

	expect((await save('')).status).toBe(302)
	expect(genderOf()).toBeNull()
})
