import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { resources } from '#app/locales/index.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { stringsVersion } from '#app/platform/i18n.server.ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { namespacesUsedBy } from '#test/route-strings.ts'

/**
 * A page carries only the strings it shows (issue 16): each route declares its namespaces, and the browser is
 * handed those and no others. Survivors' pages are handed nothing.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>

beforeAll(async () => {
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

type Handoff = { language: string; version: string; strings: Record<string, unknown> }

async function handoffOf(pathname: string, cookie?: string) {
	const response = await fetch(`${app.url}${pathname}`, { headers: cookie ? { Cookie: cookie } : {} })
	expect(response.status, pathname).toBe(200)
	const html = await response.text()
	const json = /<script id="atlas-strings" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1]
	return { html, handoff: json ? (JSON.parse(json) as Handoff) : null }
}

/** Every string of a namespace long enough to be its own (short ones such as "Yes" are shared by many). */
const distinctStrings = (value: unknown): string[] =>
	typeof value === 'string'
		? value.length >= 30 && !value.includes('{{')
			? [value]
			: []
		: Object.values(value as object).flatMap(distinctStrings)

const pageFiles = fs
	.readdirSync('app/routes', { recursive: true })
	.map((file) => path.join('app/routes', String(file)))
	.filter((file) => /\.tsx$/.test(file) && !path.basename(file).startsWith('__'))
	.filter((file) => /export default function/.test(fs.readFileSync(file, 'utf8')))
const routeModules = import.meta.glob<{ handle?: StringsHandle }>('../../app/routes/**/*.tsx')

test('each page route declares exactly the namespaces its modules show, beyond common', async () => {
	const wrong: string[] = []
	for (const file of pageFiles) {
		const module = await routeModules[`../../${file}`]!()
		const declared = [...(module.handle?.i18n ?? [])].sort()
		const used = [...namespacesUsedBy(file)].filter((name) => name !== 'common').sort()
		if (declared.join() !== used.join()) wrong.push(`${file}: declares [${declared}], shows [${used}]`)
	}
	expect(pageFiles.length).toBeGreaterThan(60)
	expect(wrong).toEqual([])
	// The root shows only common strings, so every page can be handed common and nothing more by default.
	expect([...namespacesUsedBy('app/root.tsx')]).toEqual(['common'])
})

test('a signed-out page is handed only its declared namespaces, and no administration or email string', async () => {
	const { course } = await createPublishedCourse()
	const pages = {
		'/en': ['common'],
		'/fr/sign-in': ['common', 'accounts'],
		[`/en/courses/${course.slug}`]: ['common', 'courses'],
		'/ar/library': ['common', 'library', 'search'],
		'/es/verify': ['common', 'certificates'],
	}
	const forbidden = [...distinctStrings(resources.en.admin), ...distinctStrings(resources.en.email)]
	expect(forbidden.length).toBeGreaterThan(20)
	for (const [pathname, expected] of Object.entries(pages)) {
		const { html, handoff } = await handoffOf(pathname)
		expect(handoff?.language, pathname).toBe(pathname.split('/')[1])
		expect(handoff?.version).toBe(stringsVersion)
		expect(Object.keys(handoff!.strings).sort(), pathname).toEqual([...expected].sort())
		expect(
			forbidden.filter((text) => html.includes(JSON.stringify(text).slice(1, -1))),
			pathname,
		).toEqual([])
	}
})

test('an administration page is handed the administration strings it shows', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const cookie = signIn(admin.id, { twoFactorVerified: true }).cookie
	const { handoff } = await handoffOf('/en/admin/users', cookie)
	expect(Object.keys(handoff!.strings).sort()).toEqual(['admin', 'common'])
})

test('a survivor’s page is handed no strings and no data: it runs no script', async () => {
	const { html, handoff } = await handoffOf('/en/programmes')
	expect(handoff).toBeNull()
	expect(html).not.toContain('__remixContext')
})

test('a namespace a later page needs is served once per build, never the email strings', async () => {
	const current = await fetch(`${app.url}/strings/${stringsVersion}/fr/courses.json`)
	expect(current.status).toBe(200)
	expect(current.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
	expect(await current.json()).toEqual(resources.fr.courses)
	const older = await fetch(`${app.url}/strings/0ld/fr/courses.json`)
	expect(older.headers.get('Cache-Control')).toBe('public, max-age=60')
	for (const wrong of ['fr/email', 'de/courses', 'fr/nothing']) {
		expect((await fetch(`${app.url}/strings/${stringsVersion}/${wrong}.json`)).status, wrong).toBe(404)
	}
})
