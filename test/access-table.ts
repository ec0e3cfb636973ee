import { type Role } from '#app/platform/roles.ts'

/**
 * Who may use each route: the one declared access table. `route-access.test.ts`
 * reads every route file from disk and fails when one is missing here, so a new
 * route cannot ship without saying who may use it.
 */
export type Visitor = 'signed-out' | Role
export const visitors: Visitor[] = [
	'signed-out',
	'officer',
	'trainer',
	'ngo_member',
	'legal_expert',
	'moderator',
	'org_admin',
	'platform_admin',
]

/** ok: the page or a validation answer (2xx, 400, 409); sign-in / home: a redirect there; redirect: elsewhere. */
export type Outcome = 'ok' | 'sign-in' | 'home' | 'redirect' | 'forbidden' | 'not-found'
export type Expectation = Record<Visitor, Outcome>

function rule(defaults: Outcome, overrides: Partial<Expectation> = {}): Expectation {
	return Object.fromEntries(visitors.map((visitor) => [visitor, overrides[visitor] ?? defaults])) as Expectation
}

export const everyone = (outcome: Outcome) => rule(outcome)
export const signedInOnly = rule('ok', { 'signed-out': 'sign-in' })
export const signedOutOnly = rule('home', { 'signed-out': 'ok' })
export const platformAdminsOnly = rule('forbidden', { 'signed-out': 'sign-in', platform_admin: 'ok' })
/** Trainers (who co-author the test course and train its cohort) and platform admins. */
export const teachers = rule('forbidden', { 'signed-out': 'sign-in', trainer: 'ok', platform_admin: 'ok' })
/** Lessons and quizzes: the enrolled officer may; anyone else signed in is sent to the course page to enrol. */
const enrolledOnly = (officer: Outcome) => rule('redirect', { 'signed-out': 'sign-in', officer })
/** A member's draft: its author (the NGO member) and editors (trainers, legal experts, organisation admins, platform admins). */
const libraryEditors = rule('ok', { 'signed-out': 'sign-in', officer: 'not-found', moderator: 'not-found' })
/** Legal experts keep the laws; platform admins may too. */
export const legalExperts = rule('forbidden', { 'signed-out': 'sign-in', legal_expert: 'ok', platform_admin: 'ok' })
/** Forum moderators and platform admins. */
const moderators = rule('forbidden', { 'signed-out': 'sign-in', moderator: 'ok', platform_admin: 'ok' })
/** A post's author (the NGO member); every other reader of its thread gets no such page. */
const postAuthor = rule('not-found', { 'signed-out': 'sign-in', ngo_member: 'ok' })
/** Anyone signed in who may read a members' forum; visitors do not know it exists. */
const forumMembers = rule('ok', { 'signed-out': 'not-found' })
/** Trainers and organisation admins may organise events (of their own organisation), and platform admins. */
const eventOrganisers = rule('forbidden', {
	'signed-out': 'sign-in',
	trainer: 'ok',
	org_admin: 'ok',
	platform_admin: 'ok',
})
/** An organisation's admins (the test's org admin's organisation) and platform admins. */
const organisationAdmins = rule('forbidden', { 'signed-out': 'sign-in', org_admin: 'ok', platform_admin: 'ok' })
/** Members see what the network holds for members; a visitor is not told it exists. */
const membersOnly = rule('ok', { 'signed-out': 'not-found' })
/** An organisation's own focal point: no one else learns the id exists. */
const ownFocalPoint = rule('not-found', { 'signed-out': 'sign-in', org_admin: 'ok', platform_admin: 'ok' })
/** Stories are reviewed by moderators and platform admins. */
const storyReviewers = rule('forbidden', { 'signed-out': 'sign-in', moderator: 'ok', platform_admin: 'ok' })
/** A learner's own answers (the officer: enrolled in the course, holder of the certificate asked about); nobody else learns it exists. */
const ownAnswers = rule('not-found', { 'signed-out': 'sign-in', officer: 'ok' })
/** A published story is withdrawn by its reviewers or by its organisation's admins. */
const storyWithdrawers = rule('forbidden', {
	'signed-out': 'sign-in',
	moderator: 'ok',
	org_admin: 'ok',
	platform_admin: 'ok',
})
export const vetters = (outcome: Outcome = 'ok') =>
	rule('forbidden', { 'signed-out': 'sign-in', org_admin: outcome, platform_admin: outcome })

export type RouteAccess = {
	/** A path to call it with; `:user` and `:message` are replaced by ids the test creates. */
	path: string
	loader?: Expectation
	action?: Expectation
}

export const accessTable: Record<string, RouteAccess> = {
	_index: { path: '/', loader: everyone('home') },
	'sitemap[.xml]': { path: '/sitemap.xml', loader: everyone('ok') },
	'robots[.txt]': { path: '/robots.txt', loader: everyone('ok') },
	'$lang+/_layout': { path: '/en', loader: everyone('ok') },
	'$lang+/_index': { path: '/en' },
	'$lang+/$': { path: '/en/no-such-page', loader: everyone('not-found'), action: everyone('not-found') },
	'$lang+/browse-safely': { path: '/en/browse-safely' },
	'$lang+/programmes+/index': { path: '/en/programmes', loader: everyone('ok') },
	'$lang+/programmes+/compare': { path: '/en/programmes/compare?p=:programme', loader: everyone('ok') },
	'$lang+/programmes+/$slug': { path: '/en/programmes/:programme', loader: everyone('ok'), action: everyone('ok') },
	'$lang+/programmes+/$slug_.sent': { path: '/en/programmes/:programme/sent' },
	'$lang+/support': { path: '/en/support', loader: everyone('ok') },
	'$lang+/courses+/index': { path: '/en/courses', loader: everyone('ok') },
	'$lang+/courses+/$slug': { path: '/en/courses/:course', loader: everyone('ok'), action: signedInOnly },
	'$lang+/courses+/$slug_.feedback': { path: '/en/courses/:course/feedback', loader: ownAnswers, action: ownAnswers },
	'$lang+/certificates+/follow-ups.$certificateId': {
		path: '/en/certificates/follow-ups/:followUp',
		loader: ownAnswers,
		action: ownAnswers,
	},
	'$lang+/courses+/$slug_.lessons.$lessonId': {
		path: '/en/courses/:course/lessons/first',
		loader: enrolledOnly('ok'),
		action: enrolledOnly('redirect'),
	},
	'$lang+/courses+/$slug_.quizzes.$quizId': {
		path: '/en/courses/:course/quizzes/check',
		loader: enrolledOnly('ok'),
		action: enrolledOnly('ok'),
	},
	'$lang+/courses+/$slug_.quizzes.$quizId_.attempts.$attemptId': {
		path: '/en/courses/:course/quizzes/check/attempts/none',
		loader: enrolledOnly('not-found'),
	},
	// A member's home page: every member has one (its sections follow their roles); visitors are sent to sign in.
	'$lang+/home': { path: '/en/home', loader: signedInOnly },
	'$lang+/learning': { path: '/en/learning', loader: signedInOnly },
	'$lang+/certificates+/index': { path: '/en/certificates', loader: signedInOnly },
	'$lang+/certificates+/transcript': { path: '/en/certificates/transcript', loader: signedInOnly },
	'$lang+/certificates+/$code.pdf': {
		path: '/en/certificates/:certificate/pdf',
		loader: rule('not-found', { 'signed-out': 'sign-in', officer: 'ok', platform_admin: 'ok' }),
	},
	'$lang+/certificates+/$code.print': {
		path: '/en/certificates/:certificate/print',
		loader: rule('not-found', { 'signed-out': 'sign-in', officer: 'ok', platform_admin: 'ok' }),
	},
	'$lang+/verify._index': { path: '/en/verify', loader: everyone('ok') },
	'$lang+/verify.$code': { path: '/en/verify/:certificate', loader: everyone('ok') },
	'credentials.$file': { path: '/credentials/:certificate.json', loader: everyone('ok') },
	'credentials.revocations[.json]': { path: '/credentials/revocations.json', loader: everyone('ok') },
	'[.well-known].jwks[.json]': { path: '/.well-known/jwks.json', loader: everyone('ok') },
	'[.well-known].did[.json]': { path: '/.well-known/did.json', loader: everyone('ok') },
	'strings.$version.$language.$namespace[.json]': { path: '/strings/any/en/courses.json', loader: everyone('ok') },
	'$lang+/search': { path: '/en/search?q=briefing', loader: everyone('ok') },
	'$lang+/library+/index': { path: '/en/library', loader: everyone('ok') },
	// A law-enforcement-only document: anyone else is told it does not exist.
	'$lang+/library+/$slug': {
		path: '/en/library/:restricted',
		loader: rule('not-found', { officer: 'ok', platform_admin: 'ok' }),
		action: rule('forbidden', { 'signed-out': 'sign-in', org_admin: 'ok', platform_admin: 'ok' }),
	},
	'$lang+/library+/$slug_.files.$hash': {
		path: '/en/library/:document/files/:attachment',
		loader: rule('ok', { 'signed-out': 'not-found' }),
	},
	'$lang+/library+/submit': { path: '/en/library/submit', loader: signedInOnly, action: signedInOnly },
	'$lang+/library+/submissions': { path: '/en/library/submissions', loader: signedInOnly },
	// A members-tier draft by the NGO member, waiting for review: its author and the editors.
	'$lang+/library+/drafts.$documentId': {
		path: '/en/library/drafts/:draft',
		loader: libraryEditors,
		action: libraryEditors,
	},
	'$lang+/library+/drafts.$documentId_.attachments': {
		path: '/en/library/drafts/:openDraft/attachments',
		loader: libraryEditors,
		action: libraryEditors,
	},
	'$lang+/teach+/index': { path: '/en/teach', loader: teachers },
	'$lang+/teach+/courses.new': { path: '/en/teach/courses/new', loader: teachers, action: teachers },
	'$lang+/teach+/courses.$courseId': { path: '/en/teach/courses/:courseId', loader: teachers, action: teachers },
	'$lang+/teach+/courses.$courseId_.details': {
		path: '/en/teach/courses/:courseId/details',
		loader: teachers,
		action: teachers,
	},
	'$lang+/teach+/courses.$courseId_.modules.$moduleId': {
		path: '/en/teach/courses/:courseId/modules/module-one',
		loader: teachers,
		action: teachers,
	},
	'$lang+/teach+/courses.$courseId_.lessons.$lessonId': {
		path: '/en/teach/courses/:courseId/lessons/first?language=fr',
		loader: teachers,
		action: teachers,
	},
	'$lang+/teach+/courses.$courseId_.quizzes.$quizId': {
		path: '/en/teach/courses/:courseId/quizzes/check',
		loader: teachers,
		action: teachers,
	},
	'$lang+/teach+/courses.$courseId_.questions.$questionId': {
		path: '/en/teach/courses/:courseId/questions/choose?quiz=check',
		loader: teachers,
		action: teachers,
	},
	'$lang+/teach+/courses.$courseId_.translations': {
		path: '/en/teach/courses/:courseId/translations',
		loader: teachers,
	},
	'$lang+/teach+/courses.$courseId_.cohorts': {
		path: '/en/teach/courses/:courseId/cohorts',
		loader: teachers,
		action: teachers,
	},
	'$lang+/teach+/courses.$courseId_.media': {
		path: '/en/teach/courses/:courseId/media',
		loader: teachers,
		action: teachers,
	},
	'media.$hash': {
		path: '/media/0000000000000000000000000000000000000000000000000000000000000000',
		loader: everyone('not-found'),
	},
	'$lang+/teach+/cohorts.$cohortId': {
		path: '/en/teach/cohorts/:cohort',
		loader: teachers,
		// Opening the cohort's forum goes there.
		action: rule('forbidden', { 'signed-out': 'sign-in', trainer: 'redirect', platform_admin: 'redirect' }),
	},
	'$lang+/teach+/cohorts.$cohortId_.csv': { path: '/en/teach/cohorts/:cohort/csv', loader: teachers },
	'$lang+/provider+/index': { path: '/en/provider', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/provider+/inbox': { path: '/en/provider/inbox', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/provider+/services.new': {
		path: '/en/provider/services/new',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/provider+/services.$slug': {
		path: '/en/provider/services/:service',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/provider+/programmes.new': {
		path: '/en/provider/programmes/new',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/provider+/programmes.$slug_.details': {
		path: '/en/provider/programmes/:programme/details',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/provider+/programmes.$slug': {
		path: '/en/provider/programmes/:programme',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/_auth+/sign-in': { path: '/en/sign-in', loader: signedOutOnly, action: everyone('ok') },
	'$lang+/_auth+/sign-in_.two-factor': {
		path: '/en/sign-in/two-factor',
		loader: rule('home', { 'signed-out': 'sign-in' }),
		action: rule('home', { 'signed-out': 'sign-in' }),
	},
	'$lang+/_auth+/sign-out': { path: '/en/sign-out', loader: everyone('home'), action: everyone('home') },
	'$lang+/_auth+/sign-up': { path: '/en/sign-up', loader: signedOutOnly, action: signedOutOnly },
	'$lang+/_auth+/confirm-email': { path: '/en/confirm-email', loader: everyone('ok'), action: everyone('ok') },
	'$lang+/_auth+/forgot-password': { path: '/en/forgot-password', action: everyone('ok') },
	'$lang+/_auth+/reset-password': { path: '/en/reset-password', loader: everyone('ok'), action: everyone('ok') },
	'$lang+/settings+/_layout': { path: '/en/settings', loader: signedInOnly },
	'$lang+/settings+/index': { path: '/en/settings', loader: signedInOnly, action: signedInOnly },
	'$lang+/settings+/password': { path: '/en/settings/password', loader: signedInOnly, action: signedInOnly },
	'$lang+/settings+/sessions': { path: '/en/settings/sessions', loader: signedInOnly, action: signedInOnly },
	'$lang+/settings+/two-factor': { path: '/en/settings/two-factor', loader: signedInOnly, action: signedInOnly },
	'$lang+/admin+/_layout': { path: '/en/admin', loader: vetters() },
	'$lang+/admin+/index': { path: '/en/admin', loader: vetters('redirect') },
	'$lang+/admin+/members': { path: '/en/admin/members', loader: vetters(), action: vetters() },
	'$lang+/admin+/organisations': {
		path: '/en/admin/organisations',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/admin+/users': { path: '/en/admin/users', loader: platformAdminsOnly },
	'$lang+/admin+/users_.$userId': {
		path: '/en/admin/users/:user',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/admin+/audit': { path: '/en/admin/audit', loader: platformAdminsOnly },
	'$lang+/admin+/outbox': { path: '/en/admin/outbox', loader: platformAdminsOnly },
	'$lang+/admin+/certificates': {
		path: '/en/admin/certificates?code=:certificate',
		loader: vetters(),
		action: platformAdminsOnly,
	},
	'$lang+/indicators+/_index': { path: '/en/indicators', loader: everyone('ok') },
	'$lang+/indicators+/csv': { path: '/en/indicators/csv', loader: everyone('ok') },
	'$lang+/indicators+/json': { path: '/en/indicators/json', loader: everyone('ok') },
	'$lang+/indicators+/$indicatorId': { path: '/en/indicators/certificates-issued', loader: everyone('ok') },
	'$lang+/indicators+/$indicatorId_.csv': { path: '/en/indicators/certificates-issued/csv', loader: everyone('ok') },
	'$lang+/indicators+/$indicatorId_.json': { path: '/en/indicators/certificates-issued/json', loader: everyone('ok') },
	'$lang+/indicators+/review': { path: '/en/indicators/review?period=2026-Q3', loader: everyone('ok') },
	'$lang+/indicators+/review_.csv': { path: '/en/indicators/review/csv?period=2026-Q3', loader: everyone('ok') },
	'$lang+/indicators+/review_.json': { path: '/en/indicators/review/json?period=2026-Q3', loader: everyone('ok') },
	'$lang+/indicators+/targets': {
		path: '/en/indicators/targets',
		loader: platformAdminsOnly,
		action: platformAdminsOnly,
	},
	'$lang+/admin+/certificates_.csv': { path: '/en/admin/certificates/csv?expired=on', loader: vetters() },
	'$lang+/admin+/outbox_.$messageId': { path: '/en/admin/outbox/:message', loader: platformAdminsOnly },
	'$lang+/laws+/index': { path: '/en/laws', loader: everyone('ok') },
	'$lang+/laws+/$country': { path: '/en/laws/:country', loader: everyone('ok') },
	'$lang+/laws+/$country_.history': { path: '/en/laws/:country/history', loader: everyone('ok') },
	'$lang+/laws+/$country_.edit.$section': {
		path: '/en/laws/:country/edit/penalties',
		loader: legalExperts,
		action: legalExperts,
	},
	'$lang+/laws+/compare': { path: '/en/laws/compare?countries=:compared', loader: everyone('ok') },
	'$lang+/laws+/compare_.csv': { path: '/en/laws/compare/csv?countries=:compared', loader: everyone('ok') },
	'$lang+/laws+/compare_.print': { path: '/en/laws/compare/print?countries=:compared', loader: everyone('ok') },
	'$lang+/laws+/elements.$element': { path: '/en/laws/elements/consent-irrelevant', loader: everyone('ok') },
	'$lang+/laws+/review._index': { path: '/en/laws/review', loader: legalExperts },
	'$lang+/laws+/review.$proposalId': { path: '/en/laws/review/:proposal', loader: legalExperts, action: legalExperts },
	'$lang+/laws+/agreements._index': { path: '/en/laws/agreements', loader: everyone('ok') },
	'$lang+/laws+/agreements.$slug': { path: '/en/laws/agreements/:agreement', loader: everyone('ok') },
	'$lang+/laws+/agreements.new': { path: '/en/laws/agreements/new', loader: legalExperts, action: legalExperts },
	'$lang+/laws+/agreements.$slug_.edit': {
		path: '/en/laws/agreements/:agreement/edit',
		loader: legalExperts,
		action: legalExperts,
	},
	// The event is for members, run by the trainer's organisation, and asks a required question.
	'$lang+/events+/_index': { path: '/en/events', loader: everyone('ok') },
	'$lang+/events+/calendar': { path: '/en/events/calendar', loader: everyone('ok') },
	'$lang+/events+/mine': { path: '/en/events/mine', loader: signedInOnly, action: signedInOnly },
	'$lang+/events+/new': { path: '/en/events/new', loader: eventOrganisers, action: eventOrganisers },
	'$lang+/events+/$slug': {
		path: '/en/events/:event',
		loader: rule('ok', { 'signed-out': 'not-found' }),
		action: signedInOnly,
	},
	'$lang+/events+/$slug_.register': { path: '/en/events/:event/register', loader: signedInOnly, action: signedInOnly },
	'$lang+/events+/$slug_.edit': { path: '/en/events/:event/edit', loader: teachers, action: teachers },
	'$lang+/events+/$slug_.registrants': { path: '/en/events/:event/registrants', loader: teachers, action: teachers },
	'$lang+/events+/$slug_.registrants_.csv': { path: '/en/events/:event/registrants/csv', loader: teachers },
	'events.$file': { path: '/events/:event.ics', loader: rule('ok', { 'signed-out': 'not-found' }) },
	'$lang+/forums+/_index': { path: '/en/forums', loader: everyone('ok') },
	'$lang+/forums+/moderation': { path: '/en/forums/moderation', loader: moderators },
	'$lang+/forums+/$category': { path: '/en/forums/:forum', loader: forumMembers, action: signedInOnly },
	'$lang+/forums+/$category_.new': { path: '/en/forums/:forum/new', loader: signedInOnly, action: signedInOnly },
	'$lang+/forums+/$category_.$threadId': {
		path: '/en/forums/:forum/:thread',
		loader: forumMembers,
		action: signedInOnly,
	},
	'$lang+/forums+/posts.$postId.edit': { path: '/en/forums/posts/:post/edit', loader: postAuthor, action: postAuthor },
	'$lang+/forums+/posts.$postId.history': { path: '/en/forums/posts/:post/history', loader: forumMembers },
	'$lang+/forums+/posts.$postId.report': {
		path: '/en/forums/posts/:post/report',
		loader: signedInOnly,
		action: signedInOnly,
	},
	'$lang+/forums+/posts.$postId.held': {
		path: '/en/forums/posts/:post/held',
		loader: rule('not-found', { 'signed-out': 'sign-in' }),
		action: rule('not-found', { 'signed-out': 'sign-in' }),
	},
	'$lang+/forums+/posts.$postId.moderate': {
		path: '/en/forums/posts/:post/moderate',
		loader: moderators,
		action: moderators,
	},
	'$lang+/network+/_index': { path: '/en/network', loader: everyone('ok') },
	'$lang+/network+/countries.$code': { path: '/en/network/countries/MA', loader: everyone('ok') },
	'$lang+/network+/organisations.$organisationId': { path: '/en/network/organisations/:profile', loader: membersOnly },
	'$lang+/network+/profile': { path: '/en/network/profile', loader: organisationAdmins, action: organisationAdmins },
	'$lang+/network+/focal-points._index': { path: '/en/network/focal-points', loader: organisationAdmins },
	'$lang+/network+/focal-points.new': {
		path: '/en/network/focal-points/new',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/network+/focal-points.$id': {
		path: '/en/network/focal-points/:focalPoint',
		loader: ownFocalPoint,
		action: ownFocalPoint,
	},
	'$lang+/network+/partnerships+/_index': { path: '/en/network/partnerships', loader: everyone('ok') },
	'$lang+/network+/partnerships+/new': {
		path: '/en/network/partnerships/new',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/network+/partnerships+/$slug': {
		path: '/en/network/partnerships/:partnership',
		loader: membersOnly,
		action: organisationAdmins,
	},
	'$lang+/network+/partnerships+/$slug_.edit': {
		path: '/en/network/partnerships/:partnership/edit',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/campaigns+/_index': { path: '/en/campaigns', loader: everyone('ok') },
	'$lang+/campaigns+/new': { path: '/en/campaigns/new', loader: organisationAdmins, action: organisationAdmins },
	'$lang+/campaigns+/$slug': { path: '/en/campaigns/:campaign', loader: everyone('ok') },
	'$lang+/campaigns+/$slug_.edit': {
		path: '/en/campaigns/:campaign/edit',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/campaigns+/$slug_.kit': {
		path: '/en/campaigns/:campaign/kit',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/campaigns+/$slug_.kit_.$materialId': {
		path: '/en/campaigns/:campaign/kit/:material',
		loader: everyone('ok'),
	},
	'$lang+/campaigns+/$slug_.reach': {
		path: '/en/campaigns/:campaign/reach',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/news+/_index': { path: '/en/news', loader: everyone('ok') },
	'$lang+/news[.atom]': { path: '/en/news.atom', loader: everyone('ok') },
	'$lang+/news+/$slug': { path: '/en/news/:story', loader: everyone('ok'), action: storyWithdrawers },
	'$lang+/news+/new': { path: '/en/news/new', loader: organisationAdmins, action: organisationAdmins },
	'$lang+/news+/mine': { path: '/en/news/mine', loader: organisationAdmins },
	'$lang+/news+/$slug_.edit': {
		path: '/en/news/:draftStory/edit',
		loader: organisationAdmins,
		action: organisationAdmins,
	},
	'$lang+/news+/review': { path: '/en/news/review', loader: storyReviewers },
	'$lang+/news+/$slug_.review': {
		path: '/en/news/:submittedStory/review',
		loader: storyReviewers,
		action: storyReviewers,
	},
	'events.mine.$token': { path: '/events/mine/abcdefghijklmnopqrstuvwxyz234567.ics', loader: everyone('not-found') },
}

/** The pages a browser test can open on the demo server: the sample catalogue fills `:programme`. */
export const demoPagePaths = [
	...new Set(
		Object.values(accessTable).map((route) =>
			route.path
				.replace(':programme', 'kitchen-skills-lyon')
				.replace(':service', 'counselling-marseille')
				.replace(/:course(?![A-Za-z])/, 'identifying-victims-at-borders')
				.replace(':restricted', 'joint-investigation-team-protocol')
				.replace(':country', 'FR')
				.replace(':compared', 'FR,ES,DE')
				.replace(':agreement', 'coe-convention-trafficking'),
		),
	),
].filter((path) => !path.includes(':'))
