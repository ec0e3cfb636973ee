import { afterAll, beforeAll, expect, test } from 'vitest'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import * as sitemap from '#app/routes/sitemap[.xml].ts'
import { createCertificate } from '#test/course-factories.ts'
import { createUser } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { callRoute } from '#test/routes.ts'

/**
 * A verifier holding a printout types or pastes its code at /{lang}/verify, with or without JavaScript (a GET
 * form), and lands on that certificate's verification page.
 */

/** A string as a reader of `language` sees it. */
const text = (language: Language, namespace: string, key: string) => serverI18n(language).t(key, { ns: namespace })

let app: Awaited<ReturnType<typeof startHttpApp>>

beforeAll(async () => {
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

const get = (path: string) => fetch(`${app.url}${path}`, { redirect: 'manual' })

test('the page offers a field for the code, in a form that works without JavaScript', async () => {
	const response = await get('/ar/verify')
	expect(response.status).toBe(200)
	const html = await response.text()
	expect(html).toContain(`<h1>${text('ar', 'certificates', 'verifyByCode.title')}</h1>`)
	const form = html.match(/<form[^>]*method="get"[^>]*>[\s\S]*?<\/form>/)?.[0] ?? ''
	expect(form).toMatch(/<input[^>]*name="code"/)
	expect(form).toContain(text('ar', 'certificates', 'verifyByCode.code'))
})

test('a code typed in lower case with spaces, or a pasted address, leads to the verification page', async () => {
	const holder = await createUser({ roles: ['officer'] })
	const { code } = await createCertificate(holder.id)
	const grouped = code.toLowerCase().replace(/(.{4})/g, '$1 ')
	for (const [language, typed] of [
		['en', ` ${grouped} `],
		['fr', `https://atlas.example.org/es/verify/${code}?from=qr`],
	] as const) {
		const response = await get(`/${language}/verify?code=${encodeURIComponent(typed)}`)
		expect(response.status).toBe(302)
		expect(response.headers.get('location')).toBe(`/${language}/verify/${code}`)
		const page = await (await get(response.headers.get('location')!)).text()
		expect(page).toContain(text(language, 'certificates', 'verify.says.valid'))
		expect(page).toContain(holder.name)
	}
})

test('something that cannot be a code is answered at the field, in the reader language, and kept for correcting', async () => {
	const response = await get(`/es/verify?code=${encodeURIComponent('ABC-123')}`)
	expect(response.status).toBe(400)
	const html = await response.text()
	expect(html).toContain(text('es', 'certificates', 'errors.code-malformed'))
	expect(html).toMatch(
		/<input[^>]*aria-invalid="true"[^>]*value="ABC-123"|<input[^>]*value="ABC-123"[^>]*aria-invalid="true"/,
	)
	const empty = await get('/es/verify?code=+')
	expect(empty.status).toBe(400)
	expect(await empty.text()).toContain(text('es', 'certificates', 'errors.code-missing'))
})

test('the page is in the site map in every language and linked from every page footer', async () => {
	const xml = await (await callRoute(sitemap.loader, { path: '/sitemap.xml' })).text()
	const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
	expect(locations).toEqual(expect.arrayContaining(['/en/verify', '/fr/verify', '/es/verify', '/ar/verify']))
	const home = await (await get('/fr/courses')).text()
	const footer = home.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? ''
	expect(footer).toContain(`href="/fr/verify"`)
	expect(footer).toContain(text('fr', 'common', 'layout.verifyCertificate'))
})
