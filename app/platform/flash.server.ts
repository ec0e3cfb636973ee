import { redirect } from '@remix-run/node'
import { namespaces, type Namespace } from '#app/locales/namespaces.ts'
import { cookieHeader, readCookie } from './cookies.server.ts'
import { sameBytes } from './crypto.server.ts'
import { keyedHash } from './keys.server.ts'
import { isSurvivorPath } from './survivor-safety.ts'

/**
 * What happened after an action ("Enrolled", "Draft saved"), shown once on the page the action redirects to
 * (decision 016). It is a translation key in a namespace, never text: nobody can make the site say something it
 * does not already say, and the next page shows it in the reader's language.
 */
export type Flash = { namespace: Namespace; key: string }

export const flashCookieName = 'atlas_flash'
/** Long enough for the redirect to be followed on a slow connection, short enough to be gone if it is not. */
const lifetimeSeconds = 60
const keyPattern = /^[A-Za-z][\w-]{0,40}(?:\.[\w-]{1,40}){0,4}$/

const signature = (value: string) => keyedHash('flash', value)

function isFlash(flash: { namespace?: string; key?: string }): flash is Flash {
	return (namespaces as readonly string[]).includes(flash.namespace ?? '') && keyPattern.test(flash.key ?? '')
}

/** The flash a browser carries, when this site wrote it: a cookie changed or written elsewhere is no flash. */
function readFlash(request: Request): Flash | null {
	const value = readCookie(request, flashCookieName)
	if (!value || value.length > 200) return null
	const [namespace, key, mac, ...rest] = value.split(':')
	const flash = { namespace, key }
	if (rest.length > 0 || !mac || !isFlash(flash)) return null
	if (!sameBytes(Buffer.from(mac), Buffer.from(signature(`${flash.namespace}:${flash.key}`)))) return null
	return { namespace: flash.namespace, key: flash.key }
}

/** Survivors' pages never set or read a cookie, so no flash starts there or waits to be shown there. */
const survivorAddress = (request: Request, to: string) =>
	isSurvivorPath(new URL(request.url).pathname) || isSurvivorPath(new URL(to, request.url).pathname)

/** A redirect that carries what happened to the next page; to or from a survivor's page, the bare redirect. */
export function redirectWithFlash(request: Request, to: string, flash: Flash) {
	if (survivorAddress(request, to) || !isFlash(flash)) return redirect(to)
	const value = `${flash.namespace}:${flash.key}`
	const cookie = cookieHeader(request, flashCookieName, `${value}:${signature(value)}`, lifetimeSeconds)
	return redirect(to, { headers: { 'Set-Cookie': cookie } })
}

/**
 * Reads the flash and clears it, so it shows once: the headers clear the cookie and keep the page out of every
 * cache. Only when the browser sent one (a forged one is cleared too); a survivor's page is answered nothing.
 */
export function takeFlash(request: Request): { flash: Flash | null; headers?: HeadersInit } {
	if (isSurvivorPath(new URL(request.url).pathname) || readCookie(request, flashCookieName) === null) {
		return { flash: null }
	}
	return {
		flash: readFlash(request),
		headers: { 'Set-Cookie': cookieHeader(request, flashCookieName, '', 0), 'Cache-Control': 'no-store' },
	}
}
