import fc from 'fast-check'
import { beforeAll, expect, test } from 'vitest'
import { enrolLearner } from '#app/modules/courses/enrolment.server.ts'
import * as forgotPassword from '#app/routes/$lang+/_auth+/forgot-password.tsx'
import * as confirmEmail from '#app/routes/$lang+/_auth+/confirm-email.tsx'
import * as resetPassword from '#app/routes/$lang+/_auth+/reset-password.tsx'
import * as twoFactorStep from '#app/routes/$lang+/_auth+/sign-in_.two-factor.tsx'
import * as certificates from '#app/routes/$lang+/admin+/certificates.tsx'
import * as members from '#app/routes/$lang+/admin+/members.tsx'
import * as organisations from '#app/routes/$lang+/admin+/organisations.tsx'
import * as userDetail from '#app/routes/$lang+/admin+/users_.$userId.tsx'
import * as course from '#app/routes/$lang+/courses+/$slug.tsx'
import * as quiz from '#app/routes/$lang+/courses+/$slug_.quizzes.$quizId.tsx'
import * as programme from '#app/routes/$lang+/programmes+/$slug.tsx'
import * as listings from '#app/routes/$lang+/provider+/index.tsx'
import * as inbox from '#app/routes/$lang+/provider+/inbox.tsx'
import * as programmeText from '#app/routes/$lang+/provider+/programmes.$slug.tsx'
import * as programmeFacts from '#app/routes/$lang+/provider+/programmes.$slug_.details.tsx'
import * as newProgramme from '#app/routes/$lang+/provider+/programmes.new.tsx'
import * as service from '#app/routes/$lang+/provider+/services.$slug.tsx'
import * as newService from '#app/routes/$lang+/provider+/services.new.tsx'
import * as password from '#app/routes/$lang+/settings+/password.tsx'
import * as sessions from '#app/routes/$lang+/settings+/sessions.tsx'
import * as twoFactor from '#app/routes/$lang+/settings+/two-factor.tsx'
import * as newCourse from '#app/routes/$lang+/teach+/courses.new.tsx'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createOrganisation, createUser, signIn } from '#test/factories.ts'
import { oddValue } from '#test/odd-input.ts'
import { createProgramme, createService } from '#test/programme-factories.ts'
import { callRoute } from '#test/routes.ts'

/**
 * The forms not covered by the area suites (accounts, course editor, library): the survivor's
 * interest form, the provider's listings, administration, settings, the rest of signing in, and
 * the learner's enrolment and quiz. Each gets fields it knows, holding odd values; the answer is
 * always a page, a redirect or a clear refusal, never a 500, and a refusal writes nothing.
 */
const programmeTextFields = ['title', 'summary', 'skills', 'eligibility', 'certification', 'accessibility', 'walkInHours']
const programmeFactFields = ['kind', 'sector', 'format', 'country', 'region', 'languages', 'durationWeeks', 'schedule', 'costAmount', 'costCurrency', 'stipend', 'childcare', 'minimumAge', 'legalStatus', 'literacy', 'phone', 'interestForm', 'walkIn']
const serviceFields = ['type', 'name', 'summary', 'country', 'region', 'contact', 'phone', 'hours', 'languages', 'open24h']

type Who = 'visitor' | 'officer' | 'admin' | 'halfSignedIn'
type Form = { name: string; handler: Parameters<typeof callRoute>[0]; who: Who; path: () => string; params?: () => Record<string, string>; fields: string[] }

const made = { programme: '', service: '', course: '', userId: '' }
const cookies: Partial<Record<Who, string>> = {}

beforeAll(async () => {
	const officer = await createUser({ roles: ['officer'] })
	const admin = await createUser({ roles: ['platform_admin'] })
	const halfway = await createUser({ roles: ['platform_admin'] })
	cookies.officer = signIn(officer.id).cookie
	cookies.admin = signIn(admin.id).cookie
	cookies.halfSignedIn = signIn(halfway.id, { twoFactorVerified: false }).cookie
	made.userId = officer.id
	made.programme = createProgramme().slug
	made.service = createService().slug
	const published = await createPublishedCourse()
	made.course = published.course.slug
	enrolLearner({ id: officer.id, roles: ['officer'], organisationId: officer.organisationId }, made.course, { cohortId: null, language: 'en' })
	await createCertificate(officer.id)
	// Someone waiting for approval, and an organisation waiting for it, so the vetting forms have something to decide.
	await createUser({ status: 'pending', organisationId: createOrganisation({ status: 'pending' }).id })
})

const forms: Form[] = [
	{ name: 'survivor’s interest', handler: programme.action, who: 'visitor', path: () => `/en/programmes/${made.programme}`, params: () => ({ slug: made.programme }), fields: ['alias', 'contactMethod', 'contact', 'language', 'bestTimes'] },
	{ name: 'forgotten password', handler: forgotPassword.action, who: 'visitor', path: () => '/en/forgot-password', fields: ['email'] },
	{ name: 'new password', handler: resetPassword.action, who: 'visitor', path: () => '/en/reset-password', fields: ['token', 'password'] },
	{ name: 'email confirmation', handler: confirmEmail.action, who: 'visitor', path: () => '/en/confirm-email', fields: ['token'] },
	{ name: 'second sign-in step', handler: twoFactorStep.action, who: 'halfSignedIn', path: () => '/en/sign-in/two-factor', fields: ['code', 'redirectTo'] },
	{ name: 'password change', handler: password.action, who: 'officer', path: () => '/en/settings/password', fields: ['currentPassword', 'newPassword'] },
	{ name: 'two-factor settings', handler: twoFactor.action, who: 'officer', path: () => '/en/settings/two-factor', fields: ['intent', 'code', 'enrolment'] },
	{ name: 'sessions', handler: sessions.action, who: 'officer', path: () => '/en/settings/sessions', fields: ['intent', 'sessionId'] },
	{ name: 'enrolment', handler: course.action, who: 'officer', path: () => `/en/courses/${made.course}`, params: () => ({ slug: made.course }), fields: ['intent', 'cohortId', 'language'] },
	{ name: 'quiz', handler: quiz.action, who: 'officer', path: () => `/en/courses/${made.course}/quizzes/check`, params: () => ({ slug: made.course, quizId: 'check' }), fields: ['intent', 'attemptId', 'choose', 'count', 'answer-0'] },
	{ name: 'new course', handler: newCourse.action, who: 'admin', path: () => '/en/teach/courses/new', fields: ['sourceLanguage', 'title', 'summary', 'level', 'format', 'topics', 'estimatedHours'] },
	{ name: 'listing verification', handler: listings.action, who: 'admin', path: () => '/en/provider', fields: ['kind', 'slug'] },
	{ name: 'inbox', handler: inbox.action, who: 'admin', path: () => '/en/provider/inbox', fields: ['requestId'] },
	{ name: 'new programme', handler: newProgramme.action, who: 'admin', path: () => '/en/provider/programmes/new', fields: [...programmeTextFields, ...programmeFactFields] },
	{ name: 'programme text', handler: programmeText.action, who: 'admin', path: () => `/en/provider/programmes/${made.programme}?language=fr`, params: () => ({ slug: made.programme }), fields: programmeTextFields },
	{ name: 'programme facts', handler: programmeFacts.action, who: 'admin', path: () => `/en/provider/programmes/${made.programme}/details`, params: () => ({ slug: made.programme }), fields: programmeFactFields },
	{ name: 'new service', handler: newService.action, who: 'admin', path: () => '/en/provider/services/new', fields: serviceFields },
	{ name: 'service', handler: service.action, who: 'admin', path: () => `/en/provider/services/${made.service}`, params: () => ({ slug: made.service }), fields: serviceFields },
	{ name: 'member vetting', handler: members.action, who: 'admin', path: () => '/en/admin/members', fields: ['applicantId', 'decision'] },
	{ name: 'organisation vetting', handler: organisations.action, who: 'admin', path: () => '/en/admin/organisations', fields: ['organisationId', 'decision'] },
	{ name: 'roles', handler: userDetail.action, who: 'admin', path: () => `/en/admin/users/${made.userId}`, params: () => ({ userId: made.userId }), fields: ['intent', 'role'] },
	{ name: 'certificate revocation', handler: certificates.action, who: 'admin', path: () => '/en/admin/certificates', fields: ['code', 'reason'] },
]

test.each(forms)('any odd $name form gets a page, a redirect or a clear refusal, never a 500; a refusal writes nothing', async ({ handler, who, path, params, fields }) => {
	let client = 0
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), oddValue), async (form) => {
			const before = JSON.stringify(databaseSnapshot())
			const response = await callRoute(handler, { path: path(), cookie: cookies[who], params: params?.(), form, client: `odd-${client++}` })
			// 429: the second sign-in step also counts attempts per account, so guessing stops after ten.
			expect([200, 302, 400, 404, 409, 429]).toContain(response.status)
			if (response.status >= 400) expect(JSON.stringify(databaseSnapshot())).toBe(before)
		}),
		{ numRuns: 25 },
	)
})
