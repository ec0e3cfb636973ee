import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { demoPagePaths } from '../access-table.ts'
import { axeViolations } from './axe.ts'
import { nuErrors } from './nu-checker.ts'
import { routeMatcher } from './route-manifest.ts'
import { storageStates } from './support.ts'

/**
 * The accessibility and validity crawl: for each role and language it starts from every
 * route in the access table (which must name every route file) and every page in the
 * site map, follows each link it finds on this site, and checks every page it reaches
 * with axe, the Nu Html Checker, its security headers, and the browser's console (a
 * hydration mismatch shows there). Pages of one route beyond the first two are skipped, since they
 * share a template; downloads and other languages' pages are not followed. The legal
 * expert is left out: their pages are the NGO member's, with the reviewing controls the
 * platform admin's crawl already sees.
 */
const languages = ['en', 'fr', 'es', 'ar'] as const
const crawlers = [
	['visitor', undefined],
	['officer', storageStates.officer],
	['trainer', storageStates.trainer],
	['ngo-member', storageStates.ngoMember],
	['platform-admin', storageStates.platformAdmin],
] as const
const pagesPerRoute = 2
const routeOf = routeMatcher()

test.describe.configure({ timeout: 600_000 })

async function sitemapPaths(page: Page, language: string) {
	const xml = await (await page.request.get('/sitemap.xml')).text()
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).filter((pathname) => pathname.split('/')[1] === language)
}

/** Same-site links in this language, without fragments; sign-out is a form, never a link to follow. */
async function linksOn(page: Page, language: string) {
	const hrefs = await page.$$eval('a[href]:not([download])', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
	const origin = new URL(page.url()).origin
	return hrefs
		.map((href) => new URL(href))
		.filter((url) => url.origin === origin && (url.pathname === `/${language}` || url.pathname.startsWith(`/${language}/`)))
		.filter((url) => !url.pathname.endsWith('/sign-out'))
		.map((url) => url.pathname + url.search)
}

/** Every page carries the nonce CSP and the other security headers, and shows no stack trace. */
function securityProblems(address: string, headers: Record<string, string>, html: string) {
	const problems = [
		/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/.test(headers['content-security-policy'] ?? '') ? '' : 'no CSP with a nonce',
		headers['x-content-type-options'] === 'nosniff' ? '' : 'no nosniff',
		headers['referrer-policy'] ? '' : 'no Referrer-Policy',
		headers['x-frame-options'] === 'DENY' ? '' : 'no X-Frame-Options',
		/\n\s+at [\w.<>]+ \(|node_modules|\.tsx?:\d+/.test(html) ? 'a stack trace or source path in the page' : '',
	]
	return problems.filter(Boolean).map((problem) => `${address}: ${problem}`)
}

for (const [who, storageState] of crawlers) {
	for (const language of languages) {
		test(`crawl as ${who} in ${language}: every page reached is accessible, valid and protected`, async ({ browser }) => {
			const context = await browser.newContext({ storageState })
			const page = await context.newPage()
			const queue = [...new Set([...demoPagePaths.map((seed) => seed.replace(/^\/en(?=\/|$)/, `/${language}`)), ...(await sitemapPaths(page, language))])]
			const seen = new Set(queue)
			const perRoute = new Map<string, number>()
			const checked: string[] = []
			const violations: string[] = []
			const headerProblems: string[] = []
			const consoleErrors: string[] = []
			page.on('console', (message) => {
				// A page answering 404 or 403 on purpose logs its own status; that is not an error in the page.
				const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url()
				if (message.type() === 'error' && !ownStatus) consoleErrors.push(`${page.url()}: ${message.text()}`)
			})
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-crawl-${who}-${language}-`))
			for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
				if ((perRoute.get(routeOf(next.split('?')[0]!)) ?? 0) >= pagesPerRoute) continue
				const response = await page.goto(next).catch(() => null)
				if (!response || !response.headers()['content-type']?.startsWith('text/html')) continue
				const landed = new URL(page.url())
				const address = landed.pathname + landed.search
				const route = routeOf(landed.pathname)
				if (address !== next && seen.has(address)) continue
				seen.add(address)
				if ((perRoute.get(route) ?? 0) >= pagesPerRoute) continue
				perRoute.set(route, (perRoute.get(route) ?? 0) + 1)
				checked.push(address)
				const html = await response.text()
				fs.writeFileSync(path.join(dir, `${checked.length}.html`), html)
				headerProblems.push(...securityProblems(address, await response.allHeaders(), html))
				for (const found of await axeViolations(page)) violations.push(`${address}: ${found.rule} (${found.targets.join(', ')})`)
				for (const link of await linksOn(page, language)) {
					if (seen.has(link) || (perRoute.get(routeOf(link.split('?')[0]!)) ?? 0) >= pagesPerRoute) continue
					seen.add(link)
					queue.push(link)
				}
			}
			await context.close()
			const htmlErrors = nuErrors(fs.readdirSync(dir).map((file) => path.join(dir, file))).map((error) => {
				const [file, message] = error.split(/: (.*)/s)
				return `${checked[Number.parseInt(file!, 10) - 1]}: ${message}`
			})
			fs.rmSync(dir, { recursive: true, force: true })
			fs.mkdirSync('.cache/crawl', { recursive: true })
			fs.writeFileSync(`.cache/crawl/${who}-${language}.json`, JSON.stringify({ pages: checked.length, routes: perRoute.size, checked }, null, 1))
			test.info().annotations.push({ type: 'crawl', description: `${checked.length} pages of ${perRoute.size} routes` })
			expect(checked.length).toBeGreaterThan(15)
			expect(violations, 'axe violations').toEqual([])
			expect(consoleErrors, 'browser console errors').toEqual([])
			expect(headerProblems, 'security headers and stack traces').toEqual([])
			expect(htmlErrors, 'Nu Html Checker errors').toEqual([])
		})
	}
}
