import { type Role } from '#app/modules/accounts/vocabulary.ts'

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
export const vetters = (outcome: Outcome = 'ok') =>
	rule('forbidden', { 'signed-out': 'sign-in', org_admin: outcome, platform_admin: outcome })

export type RouteAccess = {
	/** A path to call it with; `:user` and `:message` are replaced by ids the test creates. */
	path: string
	loader?: Expectation
	action?: Expectation
}

export const accessTable: Record<string, RouteAccess> = {
	'_index': { path: '/', loader: everyone('home') },
	'healthz': { path: '/healthz', loader: everyone('ok') },
	'$lang+/_layout': { path: '/en', loader: everyone('ok') },
	'$lang+/_index': { path: '/en' },
	'$lang+/$': { path: '/en/no-such-page', loader: everyone('not-found'), action: everyone('not-found') },
	'$lang+/browse-safely': { path: '/en/browse-safely' },
	'$lang+/programmes+/index': { path: '/en/programmes', loader: everyone('ok') },
	'$lang+/programmes+/compare': { path: '/en/programmes/compare?p=:programme', loader: everyone('ok') },
	'$lang+/programmes+/$slug': { path: '/en/programmes/:programme', loader: everyone('ok'), action: everyone('ok') },
	'$lang+/programmes+/$slug_.sent': { path: '/en/programmes/:programme/sent' },
	'$lang+/support': { path: '/en/support', loader: everyone('ok') },
	'$lang+/provider+/index': { path: '/en/provider', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/provider+/inbox': { path: '/en/provider/inbox', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/provider+/services.new': { path: '/en/provider/services/new', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/provider+/services.$slug': { path: '/en/provider/services/:service', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/provider+/programmes.new': { path: '/en/provider/programmes/new', loader: platformAdminsOnly, action: platformAdminsOnly },
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
	'$lang+/admin+/organisations': { path: '/en/admin/organisations', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/admin+/users': { path: '/en/admin/users', loader: platformAdminsOnly },
	'$lang+/admin+/users_.$userId': { path: '/en/admin/users/:user', loader: platformAdminsOnly, action: platformAdminsOnly },
	'$lang+/admin+/audit': { path: '/en/admin/audit', loader: platformAdminsOnly },
	'$lang+/admin+/outbox': { path: '/en/admin/outbox', loader: platformAdminsOnly },
	'$lang+/admin+/outbox_.$messageId': { path: '/en/admin/outbox/:message', loader: platformAdminsOnly },
}

/** The pages a browser test can open on the demo server: the sample catalogue fills `:programme`. */
export const demoPagePaths = [
	...new Set(Object.values(accessTable).map((route) => route.path.replace(':programme', 'kitchen-skills-lyon').replace(':service', 'counselling-marseille'))),
].filter((path) => !path.includes(':'))
