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
import { createOrganisation, createUser, signIn, testPassword } from '#test/factories.ts'
import { oddValue } from '#test/odd-input.ts'
import { createProgramme, createService } from '#test/programme-factories.ts'
import { callRoute } from '#test/routes.ts'

/**
 * The forms not covered by the area suites (accounts, course editor, library): the survivor's
 * interest form, the provider's listings, administration, settings, the rest of signing in, and
 * the learner's enrolment and quiz. Each gets fields it knows, holding odd values, over a form
 * that would be accepted where one is given, so odd text also reaches the writes. The answer is
 * always a page, a redirect or a clear refusal, never a 500, and a refusal writes nothing.
 */
const programmeTextFields = [
	'title',
	'summary',
	'skills',
	'eligibility',
	'certification',
	'accessibility',
	'walkInHours',
]
const programmeFactFields = [
	'kind',
	'sector',
	'format',
	'country',
	'region',
	'languages',
	'durationWeeks',
	'schedule',
	'costAmount',
	'costCurrency',
	'stipend',
	'childcare',
	'minimumAge',
	'legalStatus',
	'literacy',
	'phone',
	'interestForm',
	'walkIn',
]
const serviceFields = [
	'type',
	'name',
	'summary',
	'country',
	'region',
	'contact',
	'phone',
	'hours',
	'languages',
	'open24h',
]

type Who = 'visitor' | 'officer' | 'admin' | 'halfSignedIn'
/** `base`: a form that would be accepted, so odd values in some fields reach the rules and the writes beyond validation. */
type Form = {
	name: string
	handler: Parameters<typeof callRoute>[0]
	who: Who
	path: () => string
	params?: () => Record<string, string>
	fields: string[]
	base?: () => Record<string, string>
}

const validProgrammeText = {
	title: 'Bakery basics',
	summary: 'Learn to bake.',
	skills: 'Baking',
	eligibility: 'Adults',
	certification: 'None',
	accessibility: 'Step-free',
	walkInHours: '',
}
const validProgrammeFacts = {
	kind: 'vocational_training',
	sector: 'hospitality',
	format: 'in_person',
	country: 'FR',
	region: 'Lyon',
	languages: 'fr',
	durationWeeks: '8',
	schedule: 'part_time',
	costCurrency: 'EUR',
	minimumAge: '18',
	legalStatus: 'any',
	literacy: 'basic',
	interestForm: 'on',
}
const validService = {
	type: 'counselling',
	name: 'Listening line',
	summary: 'Someone to talk to.',
	country: 'FR',
	region: 'Lyon',
	contact: 'Call us.',
	hours: 'Always',
	languages: 'fr',
}

const made = { programme: '', service: '', course: '', userId: '', certificate: '', applicant: '' }
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
	enrolLearner({ id: officer.id, roles: ['officer'], organisationId: officer.organisationId }, made.course, {
		cohortId: null,
		language: 'en',
	})
	made.certificate = (await createCertificate(officer.id)).code
	// Someone waiting for approval, and an organisation waiting for it, so the vetting forms have something to decide.
	made.applicant = (
		await createUser({ status: 'pending', organisationId: createOrganisation({ status: 'pending' }).id })
	).id
})

const forms: Form[] = [
	{
		name: 'survivor’s interest',
		handler: programme.action,
		who: 'visitor',
		path: () => `/en/programmes/${made.programme}`,
		params: () => ({ slug: made.programme }),
		fields: ['alias', 'contactMethod', 'contact', 'language', 'bestTimes'],
		base: () => ({ contactMethod: 'email', contact: 'someone@example.org', language: 'fr' }),
	},
	{
		name: 'forgotten password',
		handler: forgotPassword.action,
		who: 'visitor',
		path: () => '/en/forgot-password',
		fields: ['email'],
	},
	{
		name: 'new password',
		handler: resetPassword.action,
		who: 'visitor',
		path: () => '/en/reset-password',
		fields: ['token', 'password'],
	},
	{
		name: 'email confirmation',
		handler: confirmEmail.action,
		who: 'visitor',
		path: () => '/en/confirm-email',
		fields: ['token'],
	},
	{
		name: 'second sign-in step',
		handler: twoFactorStep.action,
		who: 'halfSignedIn',
		path: () => '/en/sign-in/two-factor',
		fields: ['code', 'redirectTo'],
	},
	{
		name: 'password change',
		handler: password.action,
		who: 'officer',
		path: () => '/en/settings/password',
		fields: ['currentPassword', 'newPassword'],
		base: () => ({ currentPassword: testPassword, newPassword: 'another perfectly fine passphrase' }),
	},
	{
		name: 'two-factor settings',
		handler: twoFactor.action,
		who: 'officer',
		path: () => '/en/settings/two-factor',
		fields: ['intent', 'code', 'enrolment'],
	},
	{
		name: 'sessions',
		handler: sessions.action,
		who: 'officer',
		path: () => '/en/settings/sessions',
		fields: ['intent', 'sessionId'],
	},
	{
		name: 'enrolment',
		handler: course.action,
		who: 'officer',
		path: () => `/en/courses/${made.course}`,
		params: () => ({ slug: made.course }),
		fields: ['intent', 'cohortId', 'language'],
		base: () => ({ intent: 'language', language: 'fr' }),
	},
	{
		name: 'quiz',
		handler: quiz.action,
		who: 'officer',
		path: () => `/en/courses/${made.course}/quizzes/check`,
		params: () => ({ slug: made.course, quizId: 'check' }),
		fields: ['intent', 'attemptId', 'choose', 'count', 'answer-0'],
	},
	{
		name: 'new course',
		handler: newCourse.action,
		who: 'admin',
		path: () => '/en/teach/courses/new',
		fields: [
			'sourceLanguage',
			'title',
			'summary',
			'outcomes',
			'certificate',
			'level',
			'format',
			'topics',
			'estimatedHours',
		],
		base: () => ({
			sourceLanguage: 'en',
			title: 'A course',
			summary: 'About it.',
			outcomes: 'Know it',
			certificate: 'Certificate',
			level: 'foundation',
			format: 'self-paced',
			topics: 'identification',
			estimatedHours: '2',
		}),
	},
	{
		name: 'listing verification',
		handler: listings.action,
		who: 'admin',
		path: () => '/en/provider',
		fields: ['kind', 'slug'],
	},
	{ name: 'inbox', handler: inbox.action, who: 'admin', path: () => '/en/provider/inbox', fields: ['requestId'] },
	{
		name: 'new programme',
		handler: newProgramme.action,
		who: 'admin',
		path: () => '/en/provider/programmes/new',
		fields: [...programmeTextFields, ...programmeFactFields],
		base: () => ({ ...validProgrammeText, ...validProgrammeFacts }),
	},
	{
		name: 'programme text',
		handler: programmeText.action,
		who: 'admin',
		path: () => `/en/provider/programmes/${made.programme}?language=fr`,
		params: () => ({ slug: made.programme }),
		fields: programmeTextFields,
		base: () => validProgrammeText,
	},
	{
		name: 'programme facts',
		handler: programmeFacts.action,
		who: 'admin',
		path: () => `/en/provider/programmes/${made.programme}/details`,
		params: () => ({ slug: made.programme }),
		fields: programmeFactFields,
		base: () => validProgrammeFacts,
	},
	{
		name: 'new service',
		handler: newService.action,
		who: 'admin',
		path: () => '/en/provider/services/new',
		fields: serviceFields,
		base: () => validService,
	},
	{
		name: 'service',
		handler: service.action,
		who: 'admin',
		path: () => `/en/provider/services/${made.service}`,
		params: () => ({ slug: made.service }),
		fields: serviceFields,
		base: () => validService,
	},
	{
		name: 'member vetting',
		handler: members.action,
		who: 'admin',
		path: () => '/en/admin/members',
		fields: ['applicantId', 'decision'],
		base: () => ({ applicantId: made.applicant, decision: 'refuse' }),
	},
	{
		name: 'organisation vetting',
		handler: organisations.action,
		who: 'admin',
		path: () => '/en/admin/organisations',
		fields: ['organisationId', 'decision'],
	},
	{
		name: 'roles',
		handler: userDetail.action,
		who: 'admin',
		path: () => `/en/admin/users/${made.userId}`,
		params: () => ({ userId: made.userId }),
		fields: ['intent', 'role'],
		base: () => ({ intent: 'grant', role: 'trainer' }),
	},
	{
		name: 'certificate revocation',
		handler: certificates.action,
		who: 'admin',
		path: () => '/en/admin/certificates',
		fields: ['code', 'category', 'reason'],
		base: () => ({ code: made.certificate, category: 'issued-in-error', reason: 'Printed with the wrong name.' }),
	},
]

test.each(forms)(
	'any odd $name form gets a page, a redirect or a clear refusal, never a 500; a refusal writes nothing',
	async ({ handler, who, path, params, fields, base }) => {
		let client = 0
		let accepted = 0
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), oddValue), async (form) => {
				const before = JSON.stringify(databaseSnapshot())
				const response = await callRoute(handler, {
					path: path(),
					cookie: cookies[who],
					params: params?.(),
					form: { ...base?.(), ...form },
					client: `odd-${client++}`,
				})
				// 403: an id the actor may not decide on, or that does not exist (vetting does not tell them apart).
				// 429: the second sign-in step also counts attempts per account, so guessing stops after ten.
				expect([200, 302, 400, 403, 404, 409, 429]).toContain(response.status)
				if (response.status >= 400) expect(JSON.stringify(databaseSnapshot())).toBe(before)
				else accepted++
			}),
			// The untouched valid form runs first, proving the base is one the rules accept.
			{ numRuns: 25, examples: base ? [[{}]] : [] },
		)
		if (base) expect(accepted, 'answers that accepted the form').toBeGreaterThan(0)
	},
)
