import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { accessTable, demoPagePaths } from '../access-table.ts'
import { spellingsOf, survivorProblems } from '../survivor-checks.ts'
import { axeViolations } from './axe.ts'
import { clickThroughRoutes, hydrationProblem, type SeenLink } from './click-through.ts'
import { nuErrors } from './nu-checker.ts'
import { routeMatcher } from './route-manifest.ts'
import { privacyProblems, securityHeaderProblems } from './security-headers.ts'
import { storageStates } from './support.ts'

/**
 * The accessibility and validity crawl: for each role and language it starts from every
 * route in the access table (which must name every route file) and every page in the
 * site map, follows each link it finds on this site, and checks every page it reaches
 * with the Nu Html Checker (and each route's first page with axe, in the crawl of the first role that may open it), its security headers, its privacy (a signed-in person's
 * page is never stored; a survivor's page gets the survivor treatment, under every spelling
 * tried too), the browser's console and uncaught errors (a hydration mismatch shows there), and whether the
 * page hydrated at all. Pages of one route beyond the first two are skipped, since they share a template (beyond
 * the first in a role's second language); downloads and other languages' pages are not followed. In each role's
 * first language the crawl then moves through the site again by clicking links, with JavaScript on, until every
 * route it reached has been reached by a click (client-side navigation loads each route's module in the
 * browser, which opening an address does not: a dead link shows only there). The legal
 * expert is left out: their pages are the NGO member's, with the reviewing controls and the
 * laws editing and review pages the platform admin's crawl already sees.
 */
const crawlers = [
	['visitor', undefined],
	['officer', storageStates.officer],
	['trainer', storageStates.trainer],
	['ngo-member', storageStates.ngoMember],
	['platform-admin', storageStates.platformAdmin],
] as const
/**
 * Every role is crawled left to right in English. Right to left, in Arabic, the visitor and the platform admin are
 * crawled: between them they open every template the other roles see (the platform admin may teach, review, organise
 * and moderate, and reached every route the trainer reached; in Arabic they keep to the routes a visitor may not open).
 * French and Spanish share the English templates and direction; their strings are checked key by key
 * (locale-check.test.ts), and the accessibility specs open pages, forms and filters in all four languages. This
 * keeps the run within its budget now that each role's first crawl also clicks through every route.
 */
const crawlLanguages = (who: (typeof crawlers)[number][0]) =>
	who === 'visitor' || who === 'platform-admin' ? (['en', 'ar'] as const) : (['en'] as const)
/**
 * Pages no link leads to, so no click reaches them: each is opened by the crawl all the same, and checked to
 * hydrate where it has scripts. Survivor pages never hydrate and load no route module at all.
 */
const reachedOtherwise = new Set([
	'routes/$lang+/programmes+/compare', // a survivor page: the catalogue's form asks for it
	'routes/$lang+/programmes+/$slug_.sent', // a survivor page: where the "I'm interested" form leads
	'routes/$lang+/_auth+/confirm-email', // the link in the confirmation email
	'routes/$lang+/_auth+/reset-password', // the link in the password-reset email
])
/**
 * Areas whose pages a member sees as a visitor does but for the header and a button or two (laws, events, forums,
 * the network, campaigns, news and indicators): the visitor crawls them, and the
 * platform admin with the editing and reviewing controls legal experts have. Crawling them again as each member
 * would only scan the same tables again; and one page of each of their routes is enough (a second country's page
 * is the same template with the same rows).
 */
const visitorsAreas = [
	'routes/$lang+/laws+/',
	'routes/$lang+/events+/',
	'routes/$lang+/forums+/',
	'routes/$lang+/network+/',
	'routes/$lang+/campaigns+/',
	'routes/$lang+/news+/',
	'routes/$lang+/news[.atom]',
	'routes/$lang+/indicators+/',
]
const pagesPerRoute = (language: string, route: string) =>
	language === 'en' && !visitorsAreas.some((area) => route.startsWith(area)) ? 2 : 1
/**
 * Routes a visitor may open. In Arabic the visitor's crawl opens each of them right to left, so the platform admin's
 * Arabic crawl keeps to the rest (the templates only members and admins see): the same template again with a
 * member's header and an edit link was most of that crawl's time.
 */
const visitorsRoutes = new Set(
	Object.entries(accessTable)
		.filter(([, access]) => access.loader?.['signed-out'] === 'ok')
		.map(([id]) => `routes/${id}`),
)
const crawledBy = (who: (typeof crawlers)[number][0], language: string, route: string) => {
	if (who === 'platform-admin' && language === 'ar') return !visitorsRoutes.has(route)
	return who === 'visitor' || who === 'platform-admin' || !visitorsAreas.some((area) => route.startsWith(area))
}
const routeOf = routeMatcher()
/** The access table's name for each crawler. */
const accessName = {
	visitor: 'signed-out',
	officer: 'officer',
	trainer: 'trainer',
	'ngo-member': 'ngo_member',
	'platform-admin': 'platform_admin',
} as const
/**
 * axe reads a template's structure, which is the same whoever opens it but for the header (scanned on the pages only
 * that role opens). Each crawl starts from every route in the access table, so a route is opened by every crawler who
 * may open it; in each language it is scanned by the first of them (in the order of `crawlers`) and the later ones
 * skip it: the platform admin's crawl scans the admin's own pages, not the catalogue again. Nu, the headers, the
 * console and the clicks still check every page of every crawl.
 */
const axedBy = (who: (typeof crawlers)[number][0], language: string, route: string) => {
	const access = accessTable[route.replace(/^routes\//, '') as keyof typeof accessTable]?.loader
	if (!access) return true
	const first = crawlers.find(
		([crawler]) =>
			(crawlLanguages(crawler) as readonly string[]).includes(language) &&
			crawledBy(crawler, language, route) &&
			access[accessName[crawler]] === 'ok',
	)
	return !first || first[0] === who
}

test.describe.configure({ timeout: 600_000 })

async function sitemapPaths(page: Page, language: string) {
	const xml = await (await page.request.get('/sitemap.xml')).text()
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
		.map((match) => new URL(match[1]!).pathname)
		.filter((pathname) => pathname.split('/')[1] === language)
}

/** Same-site links in this language, without fragments; sign-out is a form, never a link to follow. */
async function linksOn(page: Page, language: string) {
	const hrefs = await page.$$eval('a[href]:not([download])', (anchors) =>
		anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
	)
	const origin = new URL(page.url()).origin
	return hrefs
		.map((href) => new URL(href))
		.filter(
			(url) => url.origin === origin && (url.pathname === `/${language}` || url.pathname.startsWith(`/${language}/`)),
		)
		.filter((url) => !url.pathname.endsWith('/sign-out'))
		.map((url) => url.pathname + url.search)
}

/** Fewer distinct routes than this means the crawl lost its way (a lapsed session is sent to sign-in, say). */
const leastRoutes = { visitor: 15, officer: 35, 'ngo-member': 35, trainer: 45, 'platform-admin': 45 }

type Crawl = {
	checked: string[]
	pages: string[]
	routes: Set<string>
	problems: string[]
	/** Routes that answered this role with a page of their own (not a refusal or not-found page). */
	shown: Set<string>
	/** For each route that answered a page, the links seen to it (and where each landed). */
	linksTo: Map<string, SeenLink[]>
}

/**
 * Visits the queue breadth first, in one language, adding the links each page holds. Each page
 * is checked for its headers and status and kept for the Nu checker, each route's first with axe; pages of a route past
 * `pagesPerRoute` are skipped, and of the pages not found only the first is checked.
 */
async function crawl(
	page: Page,
	who: (typeof crawlers)[number][0],
	language: string,
	queue: string[],
	signedIn: boolean,
): Promise<Crawl> {
	const seen = new Set(queue)
	const perRoute = new Map<string, number>()
	const axed = new Set<string>()
	const result: Crawl = {
		checked: [],
		pages: [],
		routes: new Set(),
		problems: [],
		shown: new Set(),
		linksTo: new Map(),
	}
	const perPage = (route: string) => pagesPerRoute(language, route)
	const linksFound: { from: string; to: string }[] = []
	const landedOf = new Map<string, string>()
	let notFoundChecked = false
	page.on('pageerror', (error) => result.problems.push(`${page.url()}: uncaught: ${error.message}`))
	page.on('console', (message) => {
		// A page answering 403 or 404 on purpose logs its own status; that is not an error in the page.
		const ownStatus = message.text().match(/^Failed to load resource: the server responded with a status of (\d+)/)?.[1]
		const expected = ownStatus && Number(ownStatus) < 500 && message.location().url === page.url()
		if (message.type() === 'error' && !expected) result.problems.push(`${page.url()}: console: ${message.text()}`)
	})
	for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
		const wanted = routeOf(next.split('?')[0]!)
		if ((perRoute.get(wanted) ?? 0) >= perPage(wanted) || !crawledBy(who, language, wanted)) continue
		const response = await page.goto(next).catch((error: Error) => {
			// A download (a CSV export named in the access table, say) is not a page to check.
			if (!error.message.includes('Download is starting'))
				result.problems.push(`${next}: could not be opened: ${error.message.split('\n')[0]}`)
			return null
		})
		if (!response || !response.headers()['content-type']?.startsWith('text/html')) continue
		const landed = new URL(page.url())
		const address = landed.pathname + landed.search
		const route = routeOf(landed.pathname)
		if (response.status() < 400) landedOf.set(next, address)
		if (address !== next && seen.has(address)) continue
		seen.add(address)
		if (response.status() >= 500) result.problems.push(`${address}: answered ${response.status()}`)
		if (route === 'unmatched') result.problems.push(`${address}: no route of the manifest answers it`)
		if (response.status() === 404 && notFoundChecked) continue
		if (response.status() === 404) notFoundChecked = true
		else if ((perRoute.get(route) ?? 0) >= perPage(route)) continue
		else perRoute.set(route, (perRoute.get(route) ?? 0) + 1)
		result.routes.add(route)
		if (response.status() < 400) result.shown.add(route)
		result.checked.push(address)
		const html = await response.text()
		result.pages.push(html)
		const headers = await response.allHeaders()
		result.problems.push(
			...securityHeaderProblems(headers, html).map((problem) => `${address}: ${problem}`),
			...privacyProblems(address, { status: response.status(), headers, body: html }, signedIn).map(
				(problem) => `${address}: ${problem}`,
			),
		)
		const unhydrated = await hydrationProblem(page)
		if (unhydrated) result.problems.push(`${address}: ${unhydrated}`)
		// axe reads a template's structure, which a route's second page shares with its first (and another role's
		// crawl may have scanned it: `axedBy`); the Nu checker, the headers and the console still check every page.
		if (!axed.has(route) && axedBy(who, language, route)) {
			axed.add(route)
			for (const found of await axeViolations(page))
				result.problems.push(`${address}: axe: ${found.rule} (${found.targets.join(', ')})`)
		}
		for (const link of await linksOn(page, language)) {
			// A link to the page itself (the current language, say) goes nowhere to click to.
			if (response.status() < 400 && link !== address) linksFound.push({ from: address, to: link })
			const linked = routeOf(link.split('?')[0]!)
			if (seen.has(link) || (perRoute.get(linked) ?? 0) >= perPage(linked)) continue
			seen.add(link)
			queue.push(link)
		}
	}
	for (const { from, to } of linksFound) {
		// A link not opened (its route had pages enough) is taken to answer by its own route.
		const route = routeOf((landedOf.get(to) ?? to).split('?')[0]!)
		if (!result.shown.has(route)) continue
		result.linksTo.set(route, [...(result.linksTo.get(route) ?? []), { from, to, route }])
	}
	return result
}

/** Every survivor route in one language, as the site links to it (programmes of the demo catalogue). */
const survivorPages = (language: string) =>
	[
		'/programmes',
		'/programmes/kitchen-skills-lyon',
		'/programmes/kitchen-skills-lyon/sent',
		'/programmes/compare?p=kitchen-skills-lyon&p=tailoring-workshop-casablanca',
		'/support',
		'/browse-safely',
	].map((path) => `/${language}${path}`)

/**
 * Other spellings of the survivor pages (case, percent-escapes, doubled and trailing slashes), asked with this
 * crawler's cookies: each must get the survivor treatment or a clean redirect to the page's own spelling. The
 * request client tidies dot segments and backslashes as a browser does; the integration test
 * (test/integration/survivor-spellings.test.ts) sends those raw.
 */
async function spellingProblems(page: Page, baseURL: string, language: string) {
	const problems: string[] = []
	for (const canonical of survivorPages(language)) {
		const [pathname, query] = canonical.split('?') as [string, string?]
		for (const spelling of spellingsOf(pathname)) {
			const address = `${spelling}${query ? `?${query}` : ''}`
			const response = await page.request.get(`${baseURL}${address}`, { maxRedirects: 0 })
			const answer = { status: response.status(), headers: response.headers(), body: await response.text() }
			const found = survivorProblems(answer, canonical)
			if (answer.status !== 200 && answer.status !== 308) found.push(`answered ${answer.status}`)
			problems.push(...found.map((problem) => `${address}: ${problem}`))
		}
	}
	return problems
}

/** The Nu Html Checker's errors for the pages of a crawl, each named by its address. */
function htmlErrorsOf(result: Crawl, label: string) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-crawl-${label}-`))
	const files = result.pages.map((html, index) => {
		const file = path.join(dir, `${index}.html`)
		fs.writeFileSync(file, html)
		return file
	})
	const errors = nuErrors(files).map((error) => {
		const [file, message] = error.split(/: (.*)/s)
		return `${result.checked[Number.parseInt(file!, 10)]}: ${message}`
	})
	fs.rmSync(dir, { recursive: true, force: true })
	return errors
}

for (const [who, storageState] of crawlers) {
	for (const language of crawlLanguages(who)) {
		test(`crawl as ${who} in ${language}: every page reached is accessible, valid and protected`, async ({
			browser,
			baseURL,
		}) => {
			const context = await browser.newContext({ storageState })
			const page = await context.newPage()
			const seeds = demoPagePaths.map((seed) => seed.replace(/^\/en(?=\/|$)/, `/${language}`))
			const queue = [...new Set([...seeds, ...survivorPages(language), ...(await sitemapPaths(page, language))])]
			const result = await crawl(page, who, language, queue, Boolean(storageState))
			const clicked =
				language === crawlLanguages(who)[0]
					? await clickThroughRoutes(page, result.shown, result.linksTo, routeOf)
					: undefined
			result.problems.push(...(clicked?.problems ?? []))
			result.problems.push(...(await spellingProblems(page, baseURL!, language)))
			await context.close()
			const htmlErrors = htmlErrorsOf(result, `${who}-${language}`)
			fs.mkdirSync('.cache/crawl', { recursive: true })
			fs.writeFileSync(
				`.cache/crawl/${who}-${language}.json`,
				JSON.stringify(
					{
						pages: result.checked.length,
						routes: [...result.routes],
						checked: result.checked,
						clicked: clicked && [...clicked.reached],
						unlinked: clicked?.unlinked,
					},
					null,
					1,
				),
			)
			test.info().annotations.push({
				type: 'crawl',
				description: `${result.checked.length} pages of ${result.routes.size} routes${clicked ? `, ${clicked.reached.size} reached by clicking` : ''}`,
			})
			expect(result.routes.size, 'routes reached').toBeGreaterThanOrEqual(leastRoutes[who])
			if (storageState)
				expect(
					result.checked.filter((address) => address.includes('/sign-in?redirectTo')),
					'pages that sent a member to sign in',
				).toEqual([])
			expect(result.problems).toEqual([])
			// Every page this role can open is linked from somewhere and was reached by a click.
			if (clicked)
				expect(
					clicked.unlinked.filter((route) => !reachedOtherwise.has(route)),
					'routes no page links to',
				).toEqual([])
			expect(htmlErrors, 'Nu Html Checker errors').toEqual([])
		})
	}
}
