import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { e2eDataDir } from '../../playwright.config.ts'
import { accessTable } from '../access-table.ts'
import { demoPassword, savedLanguage, signInWithPassword, storageStates, t } from './support.ts'

function accountExists(email: string) {
	const db = new Database(path.join(e2eDataDir, 'atlas.db'), { readonly: true, fileMustExist: true })
	try {
		return db.prepare('select count(*) as n from users where email = ?').get(email) as { n: number }
	} finally {
		db.close()
	}
}

async function organisationId(request: import('@playwright/test').APIRequestContext) {
	const html = await (await request.get('/en/sign-up?country=FR')).text()
	return html.match(/<option value="([0-9a-f-]{36})">Sample Anti-Trafficking Police Unit/)![1]!
}

function applicationFor(email: string, organisation: string) {
	return {
		name: 'Cross Origin Test',
		email,
		password: 'a long enough passphrase here',
		country: 'FR',
		role: 'officer',
		organisationId: organisation,
		timeZone: 'UTC',
	}
}

test('a cross-origin POST is refused with 403 and changes nothing; the same POST from our origin works', async ({
	request,
	baseURL,
}) => {
	const organisation = await organisationId(request)
	const foreign = `foreign-${Date.now()}@example.org`
	const refused = await request.post('/en/sign-up', {
		form: applicationFor(foreign, organisation),
		headers: { Origin: 'https://evil.example' },
		maxRedirects: 0,
	})
	expect(refused.status()).toBe(403)
	expect(accountExists(foreign).n).toBe(0)

	const viaFetchMetadata = await request.post('/en/sign-up', {
		form: applicationFor(foreign, organisation),
		headers: { 'Sec-Fetch-Site': 'cross-site' },
		maxRedirects: 0,
	})
	expect(viaFetchMetadata.status()).toBe(403)
	expect(accountExists(foreign).n).toBe(0)

	const own = `own-${Date.now()}@example.org`
	const accepted = await request.post('/en/sign-up', {
		form: applicationFor(own, organisation),
		headers: { Origin: baseURL!, 'Sec-Fetch-Site': 'same-origin' },
		maxRedirects: 0,
	})
	expect(accepted.status()).toBe(302)
	expect(accountExists(own).n).toBe(1)
})

test('a text/plain POST (the classic cross-site form trick) is refused with 415 and writes nothing', async ({
	request,
}) => {
	const email = `plain-${Date.now()}@example.org`
	const response = await request.post('/en/sign-up', {
		headers: { 'Content-Type': 'text/plain' },
		data: `name=Plain&email=${email}&password=a+long+enough+passphrase&country=FR&role=officer`,
		maxRedirects: 0,
	})
	expect(response.status()).toBe(415)
	expect(accountExists(email).n).toBe(0)
})

test('every action in the access table refuses a cross-site POST, by Origin or by Sec-Fetch-Site, and a text/plain body', async ({
	browser,
}) => {
	// Signed in as the platform admin, who may use every action, so a refusal can only come from the protection.
	const context = await browser.newContext({ storageState: storageStates.platformAdmin })
	const actionPaths = Object.values(accessTable)
		.filter((route) => route.action)
		.map((route) => route.path.replace(/:[A-Za-z]+/g, 'x'))
	expect(actionPaths.length).toBeGreaterThanOrEqual(40)
	const answers: string[] = []
	for (const actionPath of actionPaths) {
		const post = (headers: Record<string, string>, body?: string) =>
			context.request.post(actionPath, {
				headers,
				maxRedirects: 0,
				...(body === undefined ? { form: { intent: 'x' } } : { data: body }),
			})
		const foreignOrigin = await post({ Origin: 'https://evil.example' })
		const crossSite = await post({ 'Sec-Fetch-Site': 'cross-site' })
		const plainText = await post({ 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'same-origin' }, 'intent=x')
		answers.push(`${actionPath} ${foreignOrigin.status()} ${crossSite.status()} ${plainText.status()}`)
	}
	expect(answers).toEqual(actionPaths.map((actionPath) => `${actionPath} 403 403 415`))
	await context.close()
})

test('pages carry a nonce-based CSP that every script on the page satisfies, and the other security headers', async ({
	request,
}) => {
	const response = await request.get('/en/sign-in')
	const headers = response.headers()
	const csp = headers['content-security-policy']!
	const nonce = csp.match(/'nonce-([^']+)'/)![1]!
	expect(csp).toContain("object-src 'none'")
	expect(csp).toContain("base-uri 'none'")
	expect(csp).toContain("frame-ancestors 'none'")
	expect(csp).not.toContain('unsafe-inline')
	expect(csp).not.toContain('unsafe-eval')
	expect(headers['x-content-type-options']).toBe('nosniff')
	expect(headers['referrer-policy']).toBe('same-origin')
	expect(headers['x-powered-by']).toBeUndefined()
	const html = await response.text()
	const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!)
	expect(scripts.length).toBeGreaterThan(0)
	for (const attributes of scripts) {
		// A JSON data block (the page's strings) is never run, so the CSP does not govern it.
		const runs = !attributes.includes('type="application/json"')
		expect(!runs || attributes.includes(`nonce="${nonce}"`) || /\bsrc="\/build\//.test(attributes), attributes).toBe(
			true,
		)
	}
	expect(html).not.toMatch(/(src|href)="https?:\/\//)
})

test('/ sends each browser to its best language, English otherwise', async ({ request }) => {
	const cases: [string, string][] = [
		['fr-CH, fr;q=0.9, en;q=0.5', '/fr'],
		['ar-MA,ar;q=0.9', '/ar'],
		['es-419', '/es'],
		['de-DE, ja;q=0.5', '/en'],
	]
	for (const [acceptLanguage, location] of cases) {
		const response = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 })
		expect(response.status(), acceptLanguage).toBe(302)
		expect(response.headers().location, acceptLanguage).toBe(location)
	}
})

test('an unknown language segment is a 404, and a missing page is a translated 404', async ({ page }) => {
	const unknown = await page.goto('/xx/sign-in')
	expect(unknown!.status()).toBe(404)
	const missing = await page.goto('/es/no-existe')
	expect(missing!.status()).toBe(404)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('es', 'common', 'errorPage.404.title'))
	await expect(page).toHaveTitle(new RegExp(t('es', 'common', 'errorPage.404.title')))
})

test('signing in with a hostile redirectTo ends on this site, never on another host', async ({ browser, baseURL }) => {
	const ownHost = new URL(baseURL!).host
	// Each of these once passed the check, or answered 500, or would make a browser leave the site.
	const targets = ['/%09/evil.example', '/%5Cevil.example', '/%2F%2Fevil.example', '/%0D%0A/evil.example']
	for (const target of targets) {
		const context = await browser.newContext()
		const page = await context.newPage()
		const foreignRequests: string[] = []
		page.on('request', (request) => {
			if (new URL(request.url()).host !== ownHost) foreignRequests.push(request.url())
		})
		await page.goto(`/en/sign-in?redirectTo=${target}`)
		await page.getByLabel(t('en', 'accounts', 'fields.email')).fill('officer@atlas.example')
		await page.getByLabel(t('en', 'accounts', 'fields.password'), { exact: true }).fill(demoPassword)
		await page.getByRole('button', { name: t('en', 'accounts', 'signIn.submit') }).click()
		// An unsafe target is dropped: the officer lands on their home page, in their saved language.
		const landedIn = savedLanguage('officer@atlas.example')
		await expect(page.getByRole('button', { name: t(landedIn, 'common', 'nav.signOut') })).toBeVisible()
		expect(new URL(page.url()).host, target).toBe(ownHost)
		expect(new URL(page.url()).pathname, target).toBe(`/${landedIn}/home`)
		expect(foreignRequests, target).toEqual([])
		await context.close()
	}
})

test('the health check reports the database and the search engine', async ({ request }) => {
	const response = await request.get('/healthz')
	expect(response.status()).toBe(200)
	expect(await response.json()).toEqual({ status: 'ok', db: 'ok', search: 'sqlite' })
})

test('an oversized request body is refused before it is read', async ({ request }) => {
	const response = await request.post('/en/sign-in', {
		data: 'x'.repeat(600 * 1024),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
	})
	expect(response.status()).toBe(413)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('a bad sign-up shows translated errors next to their fields and the page still works', async ({ page }) => {
		await page.goto('/fr/sign-up')
		await page.getByLabel(t('fr', 'accounts', 'fields.email'), { exact: true }).fill('pas-une-adresse')
		await page.getByRole('button', { name: t('fr', 'accounts', 'signUp.submit') }).click()
		const email = page.getByLabel(t('fr', 'accounts', 'fields.email'), { exact: true })
		await expect(email).toHaveAttribute('aria-invalid', 'true')
		await expect(email).toHaveAccessibleDescription(t('fr', 'common', 'errors.email'))
		await expect(page.getByLabel(t('fr', 'accounts', 'fields.name'), { exact: true })).toHaveAccessibleDescription(
			t('fr', 'common', 'errors.required'),
		)
		// The error summary at the top lists each problem with its field, even without JavaScript.
		const summary = page.getByRole('group', { name: t('fr', 'common', 'form.errorSummary') })
		await expect(summary.getByRole('link', { name: t('fr', 'common', 'errors.email') })).toHaveAttribute(
			'href',
			'#sign-up-email',
		)
	})

	test('a member signs in, changes their time zone, ends another of their sessions and signs out, all without JavaScript', async ({
		page,
		browser,
	}) => {
		// Another device of theirs. Only that session is ended: other test files use this member's saved session.
		const other = await browser.newContext({
			userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
		})
		await signInWithPassword(await other.newPage(), 'es', 'legal@atlas.example')
		await signInWithPassword(page, 'es', 'legal@atlas.example')
		await expect(page.getByText(t('es', 'common', 'home.welcomeBack', { name: 'Sample Legal Expert' }))).toBeVisible()
		await page.goto('/es/settings')
		await page.getByLabel(t('es', 'settings', 'profile.timeZone'), { exact: true }).selectOption('America/Mexico_City')
		await page.getByRole('button', { name: t('es', 'settings', 'profile.savePreferences') }).click()
		await expect(page.getByRole('status')).toHaveText(t('es', 'settings', 'profile.saved.preferences'))
		await expect(page.getByLabel(t('es', 'settings', 'profile.timeZone'), { exact: true })).toHaveValue(
			'America/Mexico_City',
		)
		await page.goto('/es/settings/sessions')
		const otherDevice = page.locator('.session-list > li').filter({ hasText: 'Firefox · Windows' })
		await expect(otherDevice).toHaveCount(1)
		await otherDevice.getByRole('button', { name: t('es', 'settings', 'sessions.end') }).click()
		await expect(page.getByRole('status')).toHaveText(t('es', 'settings', 'sessions.ended_one', { count: 1 }))
		await expect(otherDevice).toHaveCount(0)
		await other.pages()[0]!.goto('/es/settings')
		await expect(other.pages()[0]!).toHaveURL(/\/es\/sign-in/)
		await page.getByRole('button', { name: t('es', 'common', 'nav.signOut') }).click()
		await expect(page).toHaveURL(/\/es$/)
		await other.close()
	})
})
