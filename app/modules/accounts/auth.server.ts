import { redirect } from '@remix-run/node'
import { isLanguage, type Language, defaultLanguage } from '#app/platform/i18n.ts'
import { adminPermissions, can, type Permission, type Target } from '#app/platform/permissions.ts'
import { forbidden } from '#app/platform/routing.server.ts'
import { readSessionToken, type Session, validateSessionToken } from '#app/platform/session.server.ts'
import { type AccountUser, getAccountUser } from './users.server.ts'

export type Auth = { user: AccountUser; session: Session }

const authCache = new WeakMap<Request, Promise<Auth | null>>()

function languageOf(request: Request): Language {
	const first = new URL(request.url).pathname.split('/')[1]
	return isLanguage(first) ? first : defaultLanguage
}

/** The signed-in user and session for this request, or null. Checked against the database every time, so ending a session takes effect at once. */
export function getAuth(request: Request): Promise<Auth | null> {
	let cached = authCache.get(request)
	if (!cached) {
		cached = Promise.resolve().then(() => {
			const token = readSessionToken(request)
			if (!token) return null
			const session = validateSessionToken(token)
			if (!session) return null
			const user = getAccountUser(session.userId)
			if (!user || user.status !== 'active') return null
			return { user, session }
		})
		authCache.set(request, cached)
	}
	return cached
}

/** A fully signed-in user: their session passed the second factor when they have one. */
export async function getSignedInUser(request: Request) {
	const auth = await getAuth(request)
	if (!auth) return null
	if (auth.user.twoFactorEnabled && !auth.session.twoFactorVerified) return null
	return auth
}

function signInRedirect(request: Request) {
	const url = new URL(request.url)
	const language = languageOf(request)
	const back = url.pathname + url.search
	return redirect(`/${language}/sign-in?redirectTo=${encodeURIComponent(back)}`)
}

export async function requireUser(request: Request): Promise<Auth> {
	const auth = await getAuth(request)
	if (!auth) throw signInRedirect(request)
	if (auth.user.twoFactorEnabled && !auth.session.twoFactorVerified) {
		throw redirect(`/${languageOf(request)}/sign-in/two-factor`)
	}
	return auth
}

export async function requireAnonymous(request: Request) {
	if (await getSignedInUser(request)) throw redirect(`/${languageOf(request)}`)
}

/**
 * Throws 403 unless the user may do this. Admin permissions also need the second
 * factor: an admin without one is sent to set it up first.
 */
export async function requirePermission(request: Request, permission: Permission, target?: Target) {
	const auth = await requireUser(request)
	if (!can(auth.user, permission, target)) throw forbidden()
	if (adminPermissions.includes(permission) && !auth.user.twoFactorEnabled) {
		throw redirect(`/${languageOf(request)}/settings/two-factor?required=1`)
	}
	return auth
}
