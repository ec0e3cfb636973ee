import { afterAll, beforeAll, expect, test } from 'vitest'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { type DocumentFacts, startDocument } from '#app/modules/library/drafts.server.ts'
import { findDocument } from '#app/modules/library/store.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import * as root from '#app/root.tsx'
import * as members from '#app/routes/$lang+/admin+/members.tsx'
import * as coursePage from '#app/routes/$lang+/courses+/$slug.tsx'
import * as draftPage from '#app/routes/$lang+/library+/drafts.$documentId.tsx'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createOrganisation, createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createProgramme } from '#test/programme-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

/**
 * What an action did is said once on the page it leads to (decision 016): a signed cookie holding a translation
 * key, read and cleared by the root loader, never set or read on a survivor's page.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>
let programme = ''

beforeAll(async () => {
	programme = createProgramme().slug
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

const flashIn = (response: Response) =>
	response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0]!)
		.find((cookie) => cookie.startsWith('atlas_flash='))

/** The announced message on a rendered page: the live region's text, or null when it says nothing. */
function statusOf(html: string) {
	const region = /<div class="flash" aria-live="polite"( role="status")?>(.*?)<\/div>/.exec(html)
	if (!region) throw new Error('The page has no flash region')
	return region[1] ? region[2]!.replace(/<[^>]+>/g, '') : null
}

/** A message as an English reader is told it. */
const said = (namespace: string, key: string) => serverI18n('en').t(key, { ns: namespace })

async function rootFlash(path: string, cookie: string) {
	const response = await callRoute(root.loader, { path, cookie })
	return { response, flash: (await jsonOf<{ flash: unknown }>(response)).flash }
}

test('enrolling says so once, in the reader’s language, announced, on a page no one may keep; then it is gone', async () => {
	const { course } = await createPublishedCourse()
	const officer = await createUser({ roles: ['officer'] })
	const session = signIn(officer.id).cookie
	const enrolled = await fetch(`${app.url}/fr/courses/${course.slug}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Sec-Fetch-Site': 'same-origin',
			Cookie: session,
		},
		body: new URLSearchParams({ intent: 'enrol', cohortId: '', language: 'fr' }),
	})
	expect(enrolled.status).toBe(302)
	expect(enrolled.headers.get('location')).toBe(`/fr/courses/${course.slug}`)
	const flash = flashIn(enrolled)
	expect(flash).toBeDefined()

	const shown = await fetch(`${app.url}/fr/courses/${course.slug}`, { headers: { Cookie: `${session}; ${flash}` } })
	expect(statusOf(await shown.text())).toBe(serverI18n('fr').t('enrol.done', { ns: 'courses' }))
	expect(shown.headers.get('cache-control')).toBe('no-store')
	expect(shown.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^atlas_flash=; .*Max-Age=0/))

	// The browser dropped the cleared cookie: the next page says nothing.
	const next = await fetch(`${app.url}/fr/courses/${course.slug}`, { headers: { Cookie: session } })
	expect(statusOf(await next.text())).toBeNull()
})

test('a survivor’s page neither reads nor clears a flash, and no action leads there with one', async () => {
	const { course } = await createPublishedCourse()
	const officer = await createUser({ roles: ['officer'] })
	const enrolled = await callRoute(coursePage.action, {
		path: `/en/courses/${course.slug}`,
		cookie: signIn(officer.id).cookie,
		params: { slug: course.slug },
		form: { intent: 'enrol', language: 'en' },
	})
	const flash = flashIn(enrolled)!
	for (const path of [`/en/programmes/${programme}`, '/en/support', '/EN//Programmes/']) {
		const page = await fetch(`${app.url}${path}`, { headers: { Cookie: flash } })
		expect(page.headers.getSetCookie(), path).toEqual([])
		if (page.status === 200) expect(await page.text(), path).not.toContain('aria-live="polite"')
	}
	expect((await rootFlash(`/en/programmes/${programme}`, flash)).flash).toBeNull()
	// Still there for the next member's page, which reads it.
	expect((await rootFlash('/en/learning', flash)).flash).toEqual({ message: said('courses', 'enrol.done') })

	const request = new Request('http://localhost/en/library')
	const toSurvivor = redirectWithFlash(request, '/en/programmes', { namespace: 'courses', key: 'enrol.done' })
	expect(toSurvivor.headers.get('Location')).toBe('/en/programmes')
	expect(toSurvivor.headers.getSetCookie()).toEqual([])
})

test('a flash cookie this site did not sign, or one naming anything but a translation key, is no message', async () => {
	const { flash } = await rootFlash('/en/learning', 'atlas_flash=courses:enrol.done:forged')
	expect(flash).toBeNull()
	const { response } = await rootFlash('/en/learning', 'atlas_flash=<script>:x:y')
	expect(response.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^atlas_flash=; /))
	const request = new Request('http://localhost/en/library')
	expect(
		redirectWithFlash(request, '/en', { namespace: 'courses', key: 'Anything a person typed' }).headers.getSetCookie(),
	).toEqual([])
})

test('approving a member and saving or submitting a library draft each say what happened after the redirect', async () => {
	const organisation = createOrganisation()
	const admin = await createUser({ roles: ['org_admin'], organisationId: organisation.id })
	const applicant = await createUser({ status: 'pending', organisationId: organisation.id })
	const approved = await callRoute(members.action, {
		path: '/en/admin/members',
		cookie: signIn(admin.id).cookie,
		form: { applicantId: applicant.id, decision: 'approve' },
	})
	expect(approved.headers.get('Location')).toBe('/en/admin/members')
	expect((await rootFlash('/en/admin/members', flashIn(approved)!)).flash).toEqual({
		message: said('admin', 'members.outcome.approved'),
	})

	const author = await createUser({ roles: ['ngo_member'] })
	const facts: DocumentFacts = {
		type: 'case-study',
		tier: 'members',
		topics: ['investigation'],
		countries: [],
		regions: [],
		audience: [],
		publishedOn: '2026-01-15',
		sources: [],
	}
	const started = await startDocument(getAccountUser(author.id)!, facts, 'en', {
		title: 'Harbour outreach',
		summary: 'How an NGO met fishing crews.',
		body: 'Text.',
	})
	if (!started.ok) throw new Error('The draft was refused')
	const cookie = signIn(author.id).cookie
	const step = (form: Record<string, string>) =>
		callRoute(draftPage.action, {
			path: `/en/library/drafts/${started.id}`,
			cookie,
			params: { documentId: started.id },
			form: { language: 'en', draftVersion: String(findDocument(started.id)!.draftVersion), ...form },
		})
	const saved = await step({ intent: 'text', title: 'Harbour outreach, revised', summary: 'How.', body: 'Text.' })
	expect(saved.headers.get('Location')).toBe(`/en/library/drafts/${started.id}?language=en`)
	expect((await rootFlash('/en/library', flashIn(saved)!)).flash).toEqual({
		message: said('library', 'draft.notices.saved'),
	})
	const submitted = await step({ intent: 'submit' })
	expect((await rootFlash('/en/library', flashIn(submitted)!)).flash).toEqual({
		message: said('library', 'draft.notices.submitted'),
	})
})
