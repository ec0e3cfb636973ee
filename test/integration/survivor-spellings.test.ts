import http from 'node:http'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createProgramme } from '#test/programme-factories.ts'
import { type Answer, spellingsOf, survivorProblems } from '#test/survivor-checks.ts'
import { writeWaitingLines } from '#server/request-log.ts'

/**
 * Remix finds a route after decoding percent-escapes and ignoring case and a trailing slash, so one survivor page
 * has many addresses. Every one of them, over HTTP against the real Express app, must get the survivor treatment
 * or a redirect to the page's own spelling that reads and writes nothing, even from a browser signed in elsewhere.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>
let cookie = ''
let adminName = ''
const slugs: string[] = []

beforeAll(async () => {
	slugs.push(createProgramme().slug, createProgramme().slug)
	const admin = await createUser({ roles: ['platform_admin'] })
	adminName = admin.name
	cookie = signIn(admin.id).cookie
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

/** Every survivor route, as the site links to it. */
const survivorPages = () => [
	'/programmes',
	`/programmes/${slugs[0]}`,
	`/programmes/${slugs[0]}/sent`,
	`/programmes/compare?p=${slugs[0]}&p=${slugs[1]}`,
	'/support',
	'/browse-safely',
]

/** A GET sent with the path exactly as written (fetch would tidy it first), from a browser signed in as an admin. */
function get(path: string) {
	const { hostname, port } = new URL(app.url)
	return new Promise<Answer>((resolve, reject) => {
		const request = http.get({ hostname, port, path, headers: { Cookie: cookie } }, (response) => {
			let body = ''
			response.setEncoding('utf8')
			response.on('data', (chunk: string) => (body += chunk))
			response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
		})
		request.on('error', reject)
	})
}

for (const language of ['en', 'ar', 'fr', 'es']) {
	test(`every spelling of every survivor page in ${language} gets the survivor treatment, and none is logged`, async () => {
		writeWaitingLines()
		const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
		const problems: string[] = []
		for (const page of survivorPages()) {
			const [pathname, query] = `/${language}${page}`.split('?') as [string, string?]
			const search = query ? `?${query}` : ''
			for (const spelling of [pathname, ...spellingsOf(pathname)]) {
				const answer = await get(spelling + search)
				const found = survivorProblems(answer, pathname + search)
				if (answer.status !== 200 && answer.status !== 308) found.push(`answers ${answer.status}`)
				if (spelling === pathname && answer.status !== 200) found.push('the page itself is not shown')
				if (answer.body.includes(adminName)) found.push('names the person signed in')
				problems.push(...found.map((problem) => `${spelling}: ${problem}`))
			}
		}
		// A page that is not a survivor's is logged, so the log is on and silence above means something.
		await get(`/${language}/sign-in`)
		await new Promise((resolve) => setTimeout(resolve, 50))
		writeWaitingLines()
		expect(problems).toEqual([])
		const lines = log.mock.calls.flatMap((call) => String(call[0]).split('\n').filter(Boolean))
		expect(lines).toEqual([expect.stringMatching(`^GET /${language}/sign-in \\d{3} `)])
	}, 60_000)
}
