import { afterAll, beforeAll, expect, test } from 'vitest'
import { type Language, languages } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createProgramme } from '#test/programme-factories.ts'

/**
 * Survivors' pages promise only what they do: as the server sends them (which is all a phone without JavaScript
 * gets), they say nothing of the Escape key, their buttons name what they show, and no heading stands empty.
 */

/** A string as a reader of `language` sees it. */
const text = (language: Language, namespace: string, key: string) => serverI18n(language).t(key, { ns: namespace })

let app: Awaited<ReturnType<typeof startHttpApp>>

beforeAll(async () => {
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

async function page(path: string) {
	const response = await fetch(`${app.url}${path}`)
	expect(response.status, path).toBe(200)
	return response.text()
}

/** What a browser without JavaScript shows: the page without its scripts. */
const withoutScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/g, '')

test('without JavaScript, the quick exit says nothing of the Escape key, in any language', async () => {
	for (const language of languages) {
		const html = withoutScripts(await page(`/${language}/programmes`))
		expect(html).toContain(text(language, 'common', 'quickExit.label'))
		expect(html, language).not.toContain(text(language, 'common', 'quickExit.hint'))
		expect(html).not.toContain('quick-exit-hint')
	}
})

test('the support directory filter button says it shows services, in every language', async () => {
	for (const language of languages) {
		const html = await page(`/${language}/support`)
		const buttons = [...html.matchAll(/<button[^>]*type="submit"[^>]*>([^<]*)<\/button>/g)].map((match) => match[1])
		expect(buttons, language).toContain(text(language, 'programmes', 'directory.show'))
		expect(buttons, language).not.toContain(text(language, 'programmes', 'catalogue.show'))
	}
})

test('"How to join safely" is a heading only when the programme gives a phone number or walk-in hours', async () => {
	const heading = (html: string) => html.includes(`>${text('en', 'programmes', 'detail.apply')}</h2>`)
	const formOnly = createProgramme({ phone: null, walkIn: false, interestForm: true })
	const byPhone = createProgramme({ phone: '+33 1 23 45 67 89', walkIn: false })
	const walkIn = createProgramme({ phone: null, walkIn: true })
	const formOnlyPage = await page(`/en/programmes/${formOnly.slug}`)
	expect(heading(formOnlyPage)).toBe(false)
	// When the listing was last checked is still said.
	expect(formOnlyPage).toContain(text('en', 'programmes', 'detail.verified'))
	expect(heading(await page(`/en/programmes/${byPhone.slug}`))).toBe(true)
	const walkInPage = await page(`/en/programmes/${walkIn.slug}`)
	expect(heading(walkInPage)).toBe(true)
	expect(walkInPage).toContain(text('en', 'programmes', 'detail.walkInWithoutHours'))
})
