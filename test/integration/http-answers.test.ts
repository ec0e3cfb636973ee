import fs from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { storeCourseMedia } from '#app/modules/courses/media.server.ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn, testPassword } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createProgramme } from '#test/programme-factories.ts'

/**
 * What the Express app in front of Remix answers over HTTP: pages that depend on who is signed in are never
 * stored, public files keep their caching, and odd requests (a broken cookie, a forged Origin, control characters
 * in a redirect target, too many tries) get a clear 4xx, never a 500.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>
const people = { officer: '', admin: '', adminOwingCode: '', trainer: '' }
let adminEmail = ''
let mediaHash = ''
let programme = ''

beforeAll(async () => {
	const officer = await createUser({ roles: ['officer'] })
	const admin = await createUser({ roles: ['platform_admin'] })
	const trainer = await createUser({ roles: ['trainer'] })
	people.officer = signIn(officer.id).cookie
	people.admin = signIn(admin.id).cookie
	people.adminOwingCode = signIn(admin.id, { twoFactorVerified: false }).cookie
	people.trainer = signIn(trainer.id).cookie
	adminEmail = admin.email
	const { course } = await createPublishedCourse({ authorIds: [trainer.id] })
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
	const stored = storeCourseMedia(getAccountUser(trainer.id)!, course.id, { bytes: png, name: 'a.png' })
	if (!stored.ok) throw new Error('The media file was not stored')
	mediaHash = stored.hash
	programme = createProgramme().slug
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

function get(path: string, headers: Record<string, string> = {}) {
	return fetch(`${app.url}${path}`, { headers, redirect: 'manual' })
}

/** A form posted the way a browser on our own pages posts it, unless the headers say otherwise. */
function post(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
	return fetch(`${app.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers },
		body: new URLSearchParams(form),
	})
}

test('every page a signed-in member or admin is shown answers Cache-Control: no-store, and so does its data', async () => {
	const pages = {
		officer: [
			'/en',
			'/fr/home',
			'/en/learning',
			'/fr/settings',
			'/en/courses',
			'/ar/library',
			'/en/certificates',
			'/en/nowhere',
		],
		admin: ['/en/admin/members', '/en/admin/users', '/es/settings/sessions', '/en/settings?_data=root'],
		trainer: ['/en/teach', '/en/learning?_data=routes/%24lang%2B/learning'],
	}
	const stored: string[] = []
	for (const [who, paths] of Object.entries(pages)) {
		for (const path of paths) {
			const response = await get(path, { Cookie: people[who as keyof typeof pages] })
			expect(response.status, `${who} ${path}`).toBeLessThan(500)
			if (response.headers.get('cache-control') !== 'no-store')
				stored.push(`${who} ${path} ${response.status}: ${response.headers.get('cache-control')}`)
		}
	}
	expect(stored).toEqual([])
})

test('the sign-in steps are never stored: the form, a refused attempt, and the second-factor step', async () => {
	const answers = [
		await get('/en/sign-in'),
		await post('/en/sign-in', { email: adminEmail, password: 'not the password', redirectTo: '' }),
		await get('/en/sign-in/two-factor', { Cookie: people.adminOwingCode }),
		await post('/en/sign-in/two-factor', { code: '000000', redirectTo: '' }, { Cookie: people.adminOwingCode }),
	]
	expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200, 400])
	expect(answers.map((answer) => answer.headers.get('cache-control'))).toEqual(Array(4).fill('no-store'))
})

test('public files keep their own caching, signed in or not, and survivor pages say no-store once', async () => {
	// The production build's scripts, when one has been made in this checkout.
	const script = fs.existsSync('public/build')
		? fs.readdirSync('public/build').find((file) => file.endsWith('.js'))
		: null
	const expectations: [string, string][] = [
		['/favicon.svg', 'public, max-age=3600'],
		...(script ? [[`/build/${script}`, 'public, max-age=31536000, immutable'] as [string, string]] : []),
		['/fonts/noto-naskh-arabic/noto-naskh-arabic-arabic-400-normal.woff2', 'public, max-age=31536000, immutable'],
		[`/media/${mediaHash}`, 'public, max-age=31536000, immutable'],
		['/sitemap.xml', 'public, max-age=3600'],
		['/robots.txt', 'public, max-age=3600'],
		['/en/programmes', 'no-store'],
	]
	for (const cookie of ['', people.officer]) {
		for (const [path, caching] of expectations) {
			const response = await get(path, cookie ? { Cookie: cookie } : {})
			expect(response.status, path).toBe(200)
			expect(response.headers.get('cache-control'), `${path} ${cookie ? 'signed in' : ''}`).toBe(caching)
		}
	}
})

test('a session cookie that cannot be decoded is no session: pages answer as to a visitor, never 500', async () => {
	for (const cookie of ['atlas_session=%E0%A4%A', 'atlas_session=%', 'atlas_session=%zz.%zz; other=1']) {
		const home = await get('/en', { Cookie: cookie })
		expect(home.status, cookie).toBe(200)
		expect(await home.text()).toContain('/en/sign-in')
		const settings = await get('/en/settings', { Cookie: cookie })
		expect(settings.status, cookie).toBe(302)
		expect(settings.headers.get('location')).toMatch(/^\/en\/sign-in\?redirectTo=/)
		expect((await get('/en/settings?_data=root', { Cookie: cookie })).status, cookie).toBe(200)
		expect((await post('/en/sign-out', {}, { Cookie: cookie })).status, cookie).toBeLessThan(500)
	}
})

test('a POST whose Origin is another site is refused with 403, whatever Sec-Fetch-Site says', async () => {
	const form = { email: adminEmail, password: testPassword, redirectTo: '' }
	// Each is posted with `Sec-Fetch-Site: same-origin` unless it says otherwise.
	const forged: Record<string, string>[] = [
		{ Origin: 'https://evil.example' },
		{ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'none' },
		{ Origin: 'http://[' },
		{ Origin: app.url, 'X-Forwarded-Host': 'evil.example' },
	]
	for (const headers of forged) {
		const response = await post('/en/sign-in', form, headers)
		expect(response.status, JSON.stringify(headers)).toBe(403)
		expect(await response.text()).toBe('Cross-origin request refused')
	}
	// Our own pages still post: with their own Origin, and with `Origin: null` from a no-referrer page.
	expect((await post('/en/sign-in', { ...form, password: 'wrong' }, { Origin: app.url })).status).toBe(400)
	expect((await post('/en/sign-in', { ...form, password: 'wrong' }, { Origin: 'null' })).status).toBe(400)
})

test('control characters and line breaks in a redirect target never break the answer', async () => {
	for (const redirectTo of ['/en\r\nSet-Cookie: planted=1', '/en/%0d%0aX: y', '/\t/evil.example', '/en\u0000']) {
		const page = await get(`/en/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`)
		expect(page.status, JSON.stringify(redirectTo)).toBe(200)
		const signedIn = await post('/en/sign-in', { email: adminEmail, password: testPassword, redirectTo })
		expect(signedIn.status, JSON.stringify(redirectTo)).toBe(302)
		// The target is dropped: after the code, the admin lands on their home page.
		expect(signedIn.headers.get('location')).toBe('/en/sign-in/two-factor')
		expect(signedIn.headers.getSetCookie().join()).not.toContain('planted')
	}
})

test('every 429 says when to try again, in seconds', async () => {
	const retryAfter = (response: Response) => response.headers.get('retry-after') ?? ''
	const signInTries = []
	for (let attempt = 0; attempt < 11; attempt++)
		signInTries.push(await post('/en/sign-in', { email: adminEmail, password: 'wrong', redirectTo: '' }))
	const interestTries = []
	for (let attempt = 0; attempt < 6; attempt++)
		interestTries.push(await post(`/en/programmes/${programme}`, { contactMethod: 'email', contact: 'a@b.example' }))
	const verifyTries = []
	for (let attempt = 0; attempt < 31; attempt++) verifyTries.push(await get('/en/verify/unknown-code'))
	const refused = [signInTries.at(-1)!, interestTries.at(-1)!, verifyTries.at(-1)!]
	expect(refused.map((response) => response.status)).toEqual([429, 429, 429])
	for (const response of refused) expect(retryAfter(response), response.url).toMatch(/^[1-9]\d*$/)

	const crowded = await startHttpApp({ RATE_LIMIT_FACTOR: 0.01 })
	try {
		const answers = []
		for (let attempt = 0; attempt < 7; attempt++) answers.push(await fetch(`${crowded.url}/robots.txt`))
		expect(answers.at(-1)!.status).toBe(429)
		expect(retryAfter(answers.at(-1)!)).toMatch(/^[1-9]\d*$/)
	} finally {
		await crowded.close()
	}
}, 60_000)
